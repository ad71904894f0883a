import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
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
  const noun = multiple ? `${kind}s` : kind;
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
      title={`Choose ${noun}`}
      description={multiple ? `Up to ${max}, shown in the order you choose them.` : undefined}
    >
      <DialogBody>
        {records === null && loadError ? (
          <LoadError error={loadError} retry={onRetry} />
        ) : records === null ? (
          <p className="record-picker__loading" role="status">
            <Spinner /> Loading your {kind}s…
          </p>
        ) : empty ? (
          <EmptyState
            compact
            headingLevel={3}
            title={`No ${kind}s yet`}
            description={
              kind === "product"
                ? "Add your first product in the store; it shows up here to choose."
                : "Group products into a collection in the store; it shows up here to choose."
            }
            actions={
              <ExternalButtonLink href={addHref} variant="primary" size="sm">
                {kind === "product" ? "Add a product" : "Add a collection"}
              </ExternalButtonLink>
            }
          />
        ) : (
          <div className="record-picker">
            <TextField
              label={`Search ${kind}s`}
              labelHidden
              type="search"
              role="combobox"
              aria-expanded="true"
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={activeRecord ? optionId(activeRecord.id) : undefined}
              placeholder={`Search ${kind}s by name`}
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
              aria-label={`${kind[0]!.toUpperCase()}${kind.slice(1)}s`}
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
                No {kind}s match “{query.trim()}”.
              </p>
            ) : null}
          </div>
        )}
      </DialogBody>
      <DialogFooter>
        {multiple && !empty && records !== null ? (
          <p className="record-picker__count" role="status">
            {chosen.length} of {max} chosen{full ? ", the most there can be" : ""}
          </p>
        ) : null}
        <Button variant="ghost" onClick={() => onClose(null)}>
          Cancel
        </Button>
        {multiple && records !== null && !empty ? (
          <Button variant="primary" onClick={() => onClose([...chosen])}>
            Done
          </Button>
        ) : null}
      </DialogFooter>
    </Dialog>
  );
}
