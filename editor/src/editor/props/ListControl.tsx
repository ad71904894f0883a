import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { ListField } from "../../../../blocks/fields/types.ts";
import { Badge } from "../../ui/Badge.tsx";
import { Button } from "../../ui/Button.tsx";
import { PlusIcon, TrashIcon } from "../../ui/icons.tsx";
import { ChevronRightIcon } from "../icons.tsx";
import type { FieldProps, NestedFieldProps } from "./FieldFrame.tsx";
import { MoveButtons } from "./MoveButtons.tsx";

type Item = Record<string, unknown>;

function itemTitle(field: ListField, item: Item, index: number): string {
  const key = field.titleField;
  const value = key ? item[key] : undefined;
  return typeof value === "string" && value.trim()
    ? value.trim()
    : `${field.itemLabel} ${index + 1}`;
}

/** A list of items (FAQ questions, buttons, plans): add, remove, reorder, and each item's fields. */
export function ListControl({
  field,
  value,
  onChange,
  context,
  label,
  NestedField,
}: FieldProps<ListField> & NestedFieldProps) {
  const intl = useIntl();
  const items: Item[] = Array.isArray(value) ? (value as Item[]) : [];
  const [open, setOpen] = useState<number | null>(items.length === 1 ? 0 : null);
  const name = label ?? field.label;
  const set = (next: Item[]) => onChange(next);
  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    set(next);
    if (open === from) setOpen(to);
  };

  return (
    <fieldset className="prop-field prop-field--group list-control">
      <legend className="prop-field__legend">
        <span className="prop-field__head">
          <span className="prop-field__label">{name}</span>
          <span className="prop-field__counter">
            <FormattedMessage
              id="editor.props.listCount"
              defaultMessage="{count} of {max}"
              values={{ count: items.length, max: field.max }}
            />
          </span>
        </span>
      </legend>
      {field.help ? <p className="prop-field__help">{field.help}</p> : null}
      {items.length === 0 ? (
        <p className="list-control__empty">
          <FormattedMessage
            id="editor.props.listEmpty"
            defaultMessage="No {item}s yet."
            values={{ item: field.itemLabel.toLowerCase() }}
          />
        </p>
      ) : null}
      <ol className="list-control__items">
        {items.map((item, index) => {
          const title = itemTitle(field, item, index);
          const expanded = open === index;
          const flag = field.itemFlag?.(item) ?? null;
          return (
            <li key={index} className="list-item" data-open={expanded || undefined}>
              <div className="list-item__head">
                <button
                  type="button"
                  className="list-item__toggle"
                  aria-expanded={expanded}
                  onClick={() => setOpen(expanded ? null : index)}
                >
                  <ChevronRightIcon size={14} className="list-item__chevron" />
                  <span className="list-item__title">{title}</span>
                  {flag ? (
                    <span className="list-item__flag" title={flag.help}>
                      <Badge tone="warning">{flag.label}</Badge>
                    </span>
                  ) : null}
                </button>
                <span className="list-item__actions">
                  <MoveButtons title={title} index={index} count={items.length} onMove={move} />
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={intl.formatMessage(
                      { id: "editor.props.removeItem", defaultMessage: "Remove {title}" },
                      { title },
                    )}
                    disabled={items.length <= field.min}
                    onClick={() => {
                      set(items.filter((_, i) => i !== index));
                      setOpen(null);
                    }}
                  >
                    <TrashIcon size={14} />
                  </button>
                </span>
              </div>
              {expanded ? (
                <div className="list-item__body">
                  {flag ? (
                    <p className="prop-field__help list-item__flag-help">{flag.help}</p>
                  ) : null}
                  {Object.entries(field.itemFields).map(([key, itemField]) => (
                    <NestedField
                      key={key}
                      field={itemField}
                      value={item[key]}
                      context={context}
                      onChange={(next) =>
                        set(
                          items.map((candidate, i) =>
                            i === index ? { ...candidate, [key]: next } : candidate,
                          ),
                        )
                      }
                    />
                  ))}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Button
        size="sm"
        icon={<PlusIcon size={14} />}
        disabled={items.length >= field.max}
        title={
          items.length >= field.max
            ? intl.formatMessage(
                { id: "editor.props.listAtMost", defaultMessage: "At most {max}" },
                { max: field.max },
              )
            : undefined
        }
        onClick={() => {
          set([...items, structuredClone(field.defaultItem) as Item]);
          setOpen(items.length);
        }}
      >
        <FormattedMessage
          id="editor.props.listAdd"
          defaultMessage="Add {item}"
          values={{ item: field.itemLabel.toLowerCase() }}
        />
      </Button>
    </fieldset>
  );
}
