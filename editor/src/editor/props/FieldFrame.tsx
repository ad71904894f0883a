import type { ReactNode } from "react";
import type { FieldDefinition } from "../../../../blocks/fields/types.ts";

// What every field control shares. Kept apart from FieldControl (which picks the control for a
// field) so that the controls need not import the module that imports them.

/** Where a field's value lives, for the controls that edit the document directly (rich text). */
export type FieldContext = {
  readonly blockId: string;
  /** The top-level prop this field belongs to. */
  readonly prop: string;
  /** Called on every change of typed text: tells collaborators someone is typing here. */
  readonly onTyping?: () => void;
};

export type FieldProps<F extends FieldDefinition = FieldDefinition> = {
  field: F;
  value: unknown;
  onChange: (value: unknown) => void;
  context: FieldContext;
  /** Shown instead of the field's own label (list items, per-screen values). */
  label?: string;
};

/**
 * For the controls whose value holds fields (list items, per-screen values): the control that
 * shows a nested field. FieldControl passes itself.
 */
export type NestedFieldProps = { NestedField: (props: FieldProps) => ReactNode };

/** Label, input, help and an optional note (a warning), wired for assistive technology. */
export function FieldFrame({
  id,
  label,
  help,
  note,
  counter,
  children,
  as = "label",
}: {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  note?: ReactNode;
  counter?: ReactNode;
  children: ReactNode;
  /** "legend" for groups of inputs (fieldset). */
  as?: "label" | "legend";
}) {
  const head = (
    <span className="prop-field__head">
      <span className="prop-field__label">{label}</span>
      {counter ? <span className="prop-field__counter">{counter}</span> : null}
    </span>
  );
  const body = (
    <>
      {children}
      {help ? (
        <p id={`${id}-help`} className="prop-field__help">
          {help}
        </p>
      ) : null}
      {note ? (
        <div id={`${id}-note`} className="prop-field__note" role="status">
          {note}
        </div>
      ) : null}
    </>
  );
  if (as === "legend") {
    return (
      <fieldset className="prop-field prop-field--group">
        <legend className="prop-field__legend">{head}</legend>
        {body}
      </fieldset>
    );
  }
  return (
    <div className="prop-field">
      <label htmlFor={id} className="prop-field__label-row">
        {head}
      </label>
      {body}
    </div>
  );
}

export function describedBy(
  id: string,
  parts: { help?: unknown; note?: unknown },
): string | undefined {
  const ids = [parts.help ? `${id}-help` : null, parts.note ? `${id}-note` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}
