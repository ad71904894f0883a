import { useEffect, useId, useRef, useState } from "react";
import { FormattedMessage, useIntl, type IntlShape } from "react-intl";
import { Badge } from "../../ui/Badge.tsx";
import { Button } from "../../ui/Button.tsx";
import { TrashIcon } from "../../ui/icons.tsx";
import {
  pickRecordsFrom,
  useEditorExtensions,
  type PickRecords,
  type RecordKind,
  type RecordSummary,
} from "../extensions.ts";
import { describedBy, FieldFrame, type FieldProps } from "./FieldFrame.tsx";
import { MoveButtons } from "./MoveButtons.tsx";
import { RecordThumbnail } from "./RecordThumbnail.tsx";
import "./records.css";

type IdControlProps = FieldProps & { multiple: boolean };

function kindOf(field: FieldProps["field"]): RecordKind {
  return field.kind === "collection" || field.kind === "collections" ? "collection" : "product";
}

function idsOf(value: unknown, multiple: boolean): string[] {
  if (multiple)
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  return typeof value === "string" && value ? [value] : [];
}

function helpOf(intl: IntlShape, field: FieldProps["field"], multiple: boolean): string {
  return (
    field.help ??
    (multiple
      ? intl.formatMessage({
          id: "editor.records.emptyMany",
          defaultMessage: "Empty picks them for you.",
        })
      : intl.formatMessage({
          id: "editor.records.emptyOne",
          defaultMessage: "Empty picks one for you.",
        }))
  );
}

/**
 * Products and collections: chosen by name in the catalog's picker when an extension provides
 * one (`pickRecords`), typed as ids otherwise. Empty means the block picks by its context (the
 * page's product, the newest products).
 */
export function IdControl(props: IdControlProps) {
  const picker = pickRecordsFrom(useEditorExtensions());
  return picker ? <RecordControl {...props} picker={picker} /> : <IdTextControl {...props} />;
}

function RecordControl({
  field,
  value,
  onChange,
  label,
  multiple,
  picker,
}: IdControlProps & { picker: PickRecords }) {
  const intl = useIntl();
  const id = useId();
  const kind = kindOf(field);
  const records = picker.useRecords(kind);
  const ids = idsOf(value, multiple);
  const max = "max" in field ? field.max : 1;
  const [picking, setPicking] = useState(false);
  const name = label ?? field.label;
  const help = helpOf(intl, field, multiple);
  const set = (next: readonly string[]) =>
    onChange(multiple ? next.slice(0, max) : (next[0] ?? ""));
  const move = (from: number, to: number) => {
    const next = [...ids];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    set(next);
  };
  const titleOf = (record: RecordSummary | undefined) =>
    record
      ? record.title
      : records
        ? intl.formatMessage(
            {
              id: "editor.records.missing",
              defaultMessage:
                "{kind, select, collection {Missing collection} other {Missing product}}",
            },
            { kind },
          )
        : intl.formatMessage(
            {
              id: "editor.records.loading",
              defaultMessage:
                "{kind, select, collection {Loading collection…} other {Loading product…}}",
            },
            { kind },
          );

  return (
    <FieldFrame
      id={id}
      label={name}
      help={help}
      as="legend"
      counter={
        multiple
          ? intl.formatMessage(
              { id: "editor.props.listCount", defaultMessage: "{count} of {max}" },
              { count: ids.length, max },
            )
          : null
      }
    >
      {ids.length > 0 ? (
        <ol
          className="list-control__items record-control__items"
          aria-label={intl.formatMessage(
            {
              id: "editor.records.chosen",
              defaultMessage:
                "{kind, select, collection {Chosen collections} other {Chosen products}}",
            },
            { kind },
          )}
        >
          {ids.map((recordId, index) => {
            const record = records?.get(recordId);
            const title = titleOf(record);
            const missing = records !== null && !record;
            return (
              <li
                key={`${recordId}-${index}`}
                className="list-item record-control__item"
                data-missing={missing || undefined}
              >
                <RecordThumbnail image={record?.image ?? null} />
                <span className="record-control__text">
                  <span className="list-item__title">{title}</span>
                  {missing ? (
                    <span className="record-control__detail">
                      <FormattedMessage
                        id="editor.records.deleted"
                        defaultMessage="Deleted from your store; remove it or choose another."
                      />
                    </span>
                  ) : record?.badge ? (
                    <Badge tone="warning">{record.badge}</Badge>
                  ) : null}
                </span>
                <span className="list-item__actions">
                  {multiple ? (
                    <MoveButtons title={title} index={index} count={ids.length} onMove={move} />
                  ) : null}
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={intl.formatMessage(
                      { id: "editor.props.removeItem", defaultMessage: "Remove {title}" },
                      { title },
                    )}
                    onClick={() => set(ids.filter((_, i) => i !== index))}
                  >
                    <TrashIcon size={14} />
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      ) : null}
      <div className="image-control__actions">
        <Button
          size="sm"
          loading={picking}
          aria-describedby={describedBy(id, { help })}
          onClick={async () => {
            setPicking(true);
            try {
              const chosen = await picker.pick({ kind, multiple, max, current: ids });
              if (chosen) set(chosen);
            } finally {
              setPicking(false);
            }
          }}
        >
          {intl.formatMessage(
            {
              id: "editor.records.choose",
              defaultMessage:
                "{action, select, many {{kind, select, collection {Choose collections} other {Choose products}}} change {{kind, select, collection {Change collection} other {Change product}}} other {{kind, select, collection {Choose collection} other {Choose product}}}}",
            },
            { action: multiple ? "many" : ids.length > 0 ? "change" : "one", kind },
          )}
        </Button>
        {ids.length > 0 ? (
          <Button size="sm" variant="ghost" onClick={() => set([])}>
            <FormattedMessage id="editor.records.clear" defaultMessage="Clear" />
          </Button>
        ) : null}
      </div>
    </FieldFrame>
  );
}

/** Ids typed in, comma-separated for lists: for embeddings of the editor without a catalog. */
function IdTextControl({ field, value, onChange, label, multiple }: IdControlProps) {
  const intl = useIntl();
  const id = useId();
  const text = idsOf(value, multiple).join(", ");
  const [draft, setDraft] = useState(text);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(text);
  }, [text]);
  const max = "max" in field ? field.max : 1;
  const commit = () => {
    if (!multiple) return onChange(draft.trim());
    onChange(
      draft
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean)
        .slice(0, max),
    );
  };
  const help =
    field.help ??
    (multiple
      ? intl.formatMessage({
          id: "editor.records.idsHelp",
          defaultMessage: "Ids separated by commas; empty picks them for you.",
        })
      : intl.formatMessage({
          id: "editor.records.emptyOne",
          defaultMessage: "Empty picks one for you.",
        }));
  return (
    <FieldFrame id={id} label={label ?? field.label} help={help}>
      <input
        id={id}
        className="input"
        value={draft}
        data-doc-field=""
        aria-describedby={describedBy(id, { help })}
        onFocus={() => (focused.current = true)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          focused.current = false;
          commit();
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
      />
    </FieldFrame>
  );
}
