import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type {
  NumberField,
  SelectField,
  TextareaField,
  TextField,
} from "../../../../blocks/fields/types.ts";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { ColorControl } from "./ColorControl.tsx";
import { describedBy, FieldFrame, type FieldProps } from "./FieldFrame.tsx";
import { IdControl } from "./IdControl.tsx";
import { ImageControl } from "./ImageControl.tsx";
import { LinkControl } from "./LinkControl.tsx";
import { ListControl } from "./ListControl.tsx";
import { ResponsiveControl } from "./ResponsiveControl.tsx";

// Lexical is loaded when a rich-text field is first shown.
const RichTextControl = lazy(() => import("./RichTextControl.tsx"));

/** One input per field definition: the props panel is generated from the blocks' `fields`. */
export function FieldControl(props: FieldProps): ReactNode {
  const { field } = props;
  switch (field.kind) {
    case "text":
      return <TextControl {...(props as FieldProps<TextField>)} />;
    case "textarea":
      return <TextareaControl {...(props as FieldProps<TextareaField>)} />;
    case "number":
      return <NumberControl {...(props as FieldProps<NumberField>)} />;
    case "select":
      return <SelectControl {...(props as FieldProps<SelectField>)} />;
    case "toggle":
      return <ToggleControl {...props} />;
    case "color":
      return <ColorControl {...(props as FieldProps<typeof field>)} />;
    case "image":
      return <ImageControl {...(props as FieldProps<typeof field>)} />;
    case "link":
      return <LinkControl {...(props as FieldProps<typeof field>)} />;
    case "richtext":
      return (
        <Suspense fallback={<Skeleton height={120} />}>
          <RichTextControl {...(props as FieldProps<typeof field>)} />
        </Suspense>
      );
    case "list":
      return <ListControl {...(props as FieldProps<typeof field>)} NestedField={FieldControl} />;
    case "responsive":
      return (
        <ResponsiveControl {...(props as FieldProps<typeof field>)} NestedField={FieldControl} />
      );
    case "product":
    case "collection":
      return <IdControl {...props} multiple={false} />;
    case "products":
    case "collections":
      return <IdControl {...props} multiple />;
  }
}

function TextControl({ field, value, onChange, context, label }: FieldProps<TextField>) {
  const id = useId();
  const text = typeof value === "string" ? value : "";
  return (
    <FieldFrame
      id={id}
      label={label ?? field.label}
      help={field.help}
      counter={text.length > field.maxLength * 0.8 ? `${text.length}/${field.maxLength}` : null}
    >
      <input
        id={id}
        className="input"
        value={text}
        maxLength={field.maxLength}
        placeholder={field.hint}
        data-doc-field=""
        aria-describedby={describedBy(id, { help: field.help })}
        onChange={(event) => {
          context.onTyping?.();
          onChange(event.target.value);
        }}
      />
    </FieldFrame>
  );
}

function TextareaControl({ field, value, onChange, context, label }: FieldProps<TextareaField>) {
  const id = useId();
  const text = typeof value === "string" ? value : "";
  return (
    <FieldFrame
      id={id}
      label={label ?? field.label}
      help={field.help}
      counter={text.length > field.maxLength * 0.8 ? `${text.length}/${field.maxLength}` : null}
    >
      <textarea
        id={id}
        className="input textarea"
        value={text}
        rows={field.rows ?? 3}
        maxLength={field.maxLength}
        placeholder={field.hint}
        data-doc-field=""
        aria-describedby={describedBy(id, { help: field.help })}
        onChange={(event) => {
          context.onTyping?.();
          onChange(event.target.value);
        }}
      />
    </FieldFrame>
  );
}

function clamp(n: number, field: NumberField): number {
  const stepped = field.step
    ? Math.round((n - field.min) / field.step) * field.step + field.min
    : n;
  return Math.min(field.max, Math.max(field.min, Number(stepped.toFixed(4))));
}

function NumberControl({ field, value, onChange, label }: FieldProps<NumberField>) {
  const intl = useIntl();
  const id = useId();
  const number = typeof value === "number" ? value : field.min;
  // What is typed may be half a number ("", "-"); it reaches the document once it is one.
  const [draft, setDraft] = useState(String(number));
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(String(number));
  }, [number]);
  const commit = (text: string) => {
    const parsed = Number(text);
    if (text.trim() === "" || !Number.isFinite(parsed)) return;
    const next = clamp(parsed, field);
    if (next !== number) onChange(next);
  };
  const slider = field.max - field.min <= 200;
  return (
    <FieldFrame id={id} label={label ?? field.label} help={field.help}>
      <div className="number-control">
        {slider ? (
          <input
            type="range"
            className="number-control__range"
            min={field.min}
            max={field.max}
            step={field.step ?? 1}
            value={number}
            aria-label={intl.formatMessage(
              { id: "editor.props.slider", defaultMessage: "{name} slider" },
              { name: label ?? field.label },
            )}
            data-doc-field=""
            onChange={(event) => onChange(clamp(Number(event.target.value), field))}
          />
        ) : null}
        <span className="number-control__input">
          <input
            id={id}
            className="input"
            type="number"
            inputMode="decimal"
            min={field.min}
            max={field.max}
            step={field.step ?? 1}
            value={draft}
            data-doc-field=""
            aria-describedby={describedBy(id, { help: field.help })}
            onFocus={() => (focused.current = true)}
            onBlur={() => {
              focused.current = false;
              setDraft(String(number));
            }}
            onChange={(event) => {
              setDraft(event.target.value);
              const parsed = Number(event.target.value);
              if (Number.isFinite(parsed) && parsed >= field.min && parsed <= field.max)
                commit(event.target.value);
            }}
            onKeyDown={(event) => {
              if (event.key === "Enter") commit(draft);
            }}
          />
          {field.unit ? <span className="number-control__unit">{field.unit}</span> : null}
        </span>
      </div>
    </FieldFrame>
  );
}

function SelectControl({ field, value, onChange, label }: FieldProps<SelectField>) {
  const id = useId();
  const current = field.options.find((option) => option.value === value) ?? null;
  if (field.display === "buttons") {
    return (
      <FieldFrame id={id} label={label ?? field.label} help={field.help} as="legend">
        <div
          className="segmented segmented--full"
          role="radiogroup"
          aria-label={label ?? field.label}
        >
          {field.options.map((option) => (
            <button
              key={String(option.value)}
              type="button"
              role="radio"
              aria-checked={option.value === value}
              className="segmented__button segmented__button--text"
              onClick={() => onChange(option.value)}
            >
              {option.label}
            </button>
          ))}
        </div>
      </FieldFrame>
    );
  }
  return (
    <FieldFrame id={id} label={label ?? field.label} help={field.help}>
      <div className="select select--sm">
        <select
          id={id}
          className="select__control"
          value={current ? String(current.value) : ""}
          aria-describedby={describedBy(id, { help: field.help })}
          onChange={(event) => {
            const chosen = field.options.find(
              (option) => String(option.value) === event.target.value,
            );
            if (chosen) onChange(chosen.value);
          }}
        >
          {current ? null : (
            <option value="">
              <FormattedMessage id="editor.props.choose" defaultMessage="Choose…" />
            </option>
          )}
          {field.options.map((option) => (
            <option key={String(option.value)} value={String(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}

function ToggleControl({ field, value, onChange, label }: FieldProps) {
  const id = useId();
  return (
    <div className="prop-field prop-field--toggle">
      <label className="switch" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="switch__input"
          checked={value === true}
          aria-describedby={field.help ? `${id}-help` : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span className="switch__track" aria-hidden="true" />
        <span className="switch__label">{label ?? field.label}</span>
      </label>
      {field.help ? (
        <p id={`${id}-help`} className="prop-field__help">
          {field.help}
        </p>
      ) : null}
    </div>
  );
}
