import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { PickRecordsRequest, RecordSummary } from "../editor/extensions.ts";
import { RecordThumbnail } from "../editor/props/RecordThumbnail.tsx";
import { SearchIcon } from "../editor/icons.tsx";
import { Badge } from "../ui/Badge.tsx";
import { Button, ExternalButtonLink } from "../ui/Button.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { TextField } from "../ui/Field.tsx";
import { CheckIcon } from "../ui/icons.tsx";
import { Spinner } from "../ui/Spinner.tsx";
import { LoadError } from "./shared.tsx";
import "./recordPicker.css";

export type RecordPickerDialogProps = {
  request: PickRecordsRequest;
  /** The site's products or collections; null while they load. */
  records: readonly RecordSummary[] | null;
  /** Why they could not be loaded, with a way to try again. */
  loadError: unknown;
  onRetry: () => void;
  /** Where the merchant adds products or collections (opens in a new tab). */
  addHref: string;
  /** The chosen ids in order, or null when the merchant cancelled. */
  onClose: (chosen: string[] | null) => void;
};

function matches(record: RecordSummary, words: readonly string[]): boolean {
  const title = record.title.toLowerCase();
  return words.every((word) => title.includes(word));
}

/**
 * Choosing products or collections by name and photo. The search box keeps the focus and the
 * arrow keys move through the list under it (a combobox over a listbox): Enter takes the
 * highlighted one (or adds and removes it when several are chosen), Escape clears the search,
 * then closes.
 */
export function RecordPickerDialog({
  request,
  records,
  loadError,
  onRetry,
  addHref,
  onClose,
}: RecordPickerDialogProps) {
  const { kind, multiple, max } = request;
  const intl = useIntl();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<readonly string[]>(request.current);
  const [active, setActive] = useState(0);
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (records ?? []).filter((record) => matches(record, words));
  }, [records, query]);
  const full = multiple && chosen.length >= max;
  const activeRecord = shown[Math.min(active, shown.length - 1)];
  const optionId = (id: string) => `${listId}-${id}`;

  useEffect(() => {
    if (!activeRecord) return;
    // jsdom has no scrollIntoView.
    document.getElementById(`${listId}-${activeRecord.id}`)?.scrollIntoView?.({ block: "nearest" });
  }, [activeRecord, listId]);

  const take = (record: RecordSummary) => {
    if (!multiple) return onClose([record.id]);
    if (chosen.includes(record.id)) setChosen(chosen.filter((id) => id !== record.id));
    else if (!full) setChosen([...chosen, record.id]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => Math.max(0, Math.min(last, Math.min(index, last) + step)));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (activeRecord) take(activeRecord);
    } else if (event.key === "Escape") {
      // Handled here so the dialog does not also close on it (the browser's own Escape).
      event.preventDefault();
      if (query) setQuery("");
      else onClose(null);
    }
  };

  const empty = records !== null && records.length === 0;
  return (
    <Dialog
      open
      onClose={() => onClose(null)}
      title={
        multiple
          ? intl.formatMessage(
              {
                id: "editor.recordPicker.titleMany",
                defaultMessage:
                  "{kind, select, product {Choose products} other {Choose collections}}",
              },
              { kind },
            )
          : intl.formatMessage(
              {
                id: "editor.recordPicker.titleOne",
                defaultMessage:
                  "{kind, select, product {Choose product} other {Choose collection}}",
              },
              { kind },
            )
      }
      description={
        multiple
          ? intl.formatMessage(
              {
                id: "editor.recordPicker.upTo",
                defaultMessage: "Up to {max}, shown in the order you choose them.",
              },
              { max },
            )
          : undefined
      }
    >
      <DialogBody>
        {records === null && loadError ? (
          <LoadError error={loadError} retry={onRetry} />
        ) : records === null ? (
          <p className="record-picker__loading" role="status">
            <Spinner />
            <FormattedMessage
              id="editor.recordPicker.loading"
              defaultMessage="{kind, select, product {Loading your products…} other {Loading your collections…}}"
              values={{ kind }}
            />
          </p>
        ) : empty ? (
          <EmptyState
            compact
            headingLevel={3}
            title={intl.formatMessage(
              {
                id: "editor.recordPicker.empty",
                defaultMessage:
                  "{kind, select, product {No products yet} other {No collections yet}}",
              },
              { kind },
            )}
            description={intl.formatMessage(
              {
                id: "editor.recordPicker.emptyHint",
                defaultMessage:
                  "{kind, select, product {Add your first product in the store; it shows up here to choose.} other {Group products into a collection in the store; it shows up here to choose.}}",
              },
              { kind },
            )}
            actions={
              <ExternalButtonLink href={addHref} variant="primary" size="sm">
                <FormattedMessage
                  id="editor.recordPicker.add"
                  defaultMessage="{kind, select, product {Add a product} other {Add a collection}}"
                  values={{ kind }}
                />
              </ExternalButtonLink>
            }
          />
        ) : (
          <div className="record-picker">
            <TextField
              label={intl.formatMessage(
                {
                  id: "editor.recordPicker.search",
                  defaultMessage:
                    "{kind, select, product {Search products} other {Search collections}}",
                },
                { kind },
              )}
              labelHidden
              type="search"
              role="combobox"
              aria-expanded="true"
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={activeRecord ? optionId(activeRecord.id) : undefined}
              placeholder={intl.formatMessage(
                {
                  id: "editor.recordPicker.searchPlaceholder",
                  defaultMessage:
                    "{kind, select, product {Search products by name} other {Search collections by name}}",
                },
                { kind },
              )}
              prefix={<SearchIcon size={16} />}
              autoFocus
              autoComplete="off"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
              fieldClassName="record-picker__search"
            />
            <ul
              id={listId}
              className="record-picker__list"
              role="listbox"
              aria-label={intl.formatMessage(
                {
                  id: "editor.recordPicker.list",
                  defaultMessage: "{kind, select, product {Products} other {Collections}}",
                },
                { kind },
              )}
              aria-multiselectable={multiple || undefined}
            >
              {shown.map((record, index) => {
                const selected = chosen.includes(record.id);
                const disabled = full && !selected;
                return (
                  <li
                    key={record.id}
                    id={optionId(record.id)}
                    role="option"
                    className="record-picker__option"
                    aria-selected={selected}
                    aria-disabled={disabled || undefined}
                    data-active={record === activeRecord || undefined}
                    onPointerMove={() => setActive(index)}
                    // The search box keeps the focus, so the keyboard goes on where the mouse was.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => take(record)}
                  >
                    <RecordThumbnail image={record.image} />
                    <span className="record-picker__text">
                      <span className="record-picker__title">{record.title}</span>
                      <span className="record-picker__detail">{record.detail}</span>
                    </span>
                    {record.badge ? <Badge tone="warning">{record.badge}</Badge> : null}
                    <span className="record-picker__check" aria-hidden="true">
                      {selected ? <CheckIcon size={16} /> : null}
                    </span>
                  </li>
                );
              })}
            </ul>
            {shown.length === 0 ? (
              <p className="record-picker__none" role="status">
                <FormattedMessage
                  id="editor.recordPicker.noMatch"
                  defaultMessage="{kind, select, product {No products match “{query}”.} other {No collections match “{query}”.}}"
                  values={{ kind, query: query.trim() }}
                />
              </p>
            ) : null}
          </div>
        )}
      </DialogBody>
      <DialogFooter>
        {multiple && !empty && records !== null ? (
          <p className="record-picker__count" role="status">
            {full
              ? intl.formatMessage(
                  {
                    id: "editor.recordPicker.countFull",
                    defaultMessage: "{count} of {max} chosen, the most there can be",
                  },
                  { count: chosen.length, max },
                )
              : intl.formatMessage(
                  { id: "editor.recordPicker.count", defaultMessage: "{count} of {max} chosen" },
                  { count: chosen.length, max },
                )}
          </p>
        ) : null}
        <Button variant="ghost" onClick={() => onClose(null)}>
          <FormattedMessage id="editor.recordPicker.cancel" defaultMessage="Cancel" />
        </Button>
        {multiple && records !== null && !empty ? (
          <Button variant="primary" onClick={() => onClose([...chosen])}>
            <FormattedMessage id="editor.recordPicker.done" defaultMessage="Done" />
          </Button>
        ) : null}
      </DialogFooter>
    </Dialog>
  );
}
