import {
  useId,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
} from "react";
import { useIntl } from "react-intl";
import { EyeIcon, EyeOffIcon } from "./icons.tsx";

type FieldFrameProps = {
  id: string;
  label: ReactNode;
  /** Keeps the label for screen readers only (compact rows such as a member's role). */
  labelHidden?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  /** Extra line under the input that updates live (e.g. "Checking availability…"). */
  status?: ReactNode;
  children: ReactNode;
  className?: string | undefined;
};

/** Label, control, hint and error, wired with ids. The error slot is an aria-live region. */
function FieldFrame({
  id,
  label,
  labelHidden,
  hint,
  error,
  status,
  children,
  className,
}: FieldFrameProps) {
  return (
    <div className={["field", error && "field--invalid", className].filter(Boolean).join(" ")}>
      <label htmlFor={id} className={labelHidden ? "visually-hidden" : "field__label"}>
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {status !== undefined ? (
        <p id={`${id}-status`} className="field__status" aria-live="polite">
          {status}
        </p>
      ) : null}
      <p id={`${id}-error`} className="field__error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}

function describedBy(id: string, parts: { hint?: unknown; status?: unknown; error?: unknown }) {
  const ids = [
    parts.error ? `${id}-error` : null,
    parts.hint ? `${id}-hint` : null,
    parts.status !== undefined ? `${id}-status` : null,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "prefix"> & {
  label: ReactNode;
  labelHidden?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  status?: ReactNode;
  /** Fixed text before the value, e.g. "/s/" before a slug. */
  prefix?: ReactNode;
  /** Something inside the right edge of the input (a status icon, a toggle). */
  suffix?: ReactNode;
  fieldClassName?: string;
};

export function TextField({
  label,
  labelHidden,
  hint,
  error,
  status,
  prefix,
  suffix,
  id: givenId,
  className,
  fieldClassName,
  type = "text",
  ...inputProps
}: TextFieldProps) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <FieldFrame
      id={id}
      label={label}
      labelHidden={labelHidden}
      hint={hint}
      error={error}
      status={status}
      className={fieldClassName}
    >
      <div className="input-group">
        {prefix ? (
          <span className="input-group__prefix" aria-hidden="true">
            {prefix}
          </span>
        ) : null}
        <input
          {...inputProps}
          id={id}
          type={type}
          className={["input", className].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint, status, error })}
        />
        {suffix ? <span className="input-group__suffix">{suffix}</span> : null}
      </div>
    </FieldFrame>
  );
}

/** A password input with a show/hide toggle. */
export function PasswordField(props: Omit<TextFieldProps, "type" | "suffix">) {
  const [visible, setVisible] = useState(false);
  const intl = useIntl();
  return (
    <TextField
      {...props}
      type={visible ? "text" : "password"}
      spellCheck={false}
      autoCapitalize="off"
      suffix={
        <button
          type="button"
          className="input-toggle"
          aria-label={
            visible
              ? intl.formatMessage({
                  id: "app.field.hidePassword",
                  defaultMessage: "Hide password",
                })
              : intl.formatMessage({
                  id: "app.field.showPassword",
                  defaultMessage: "Show password",
                })
          }
          aria-pressed={visible}
          onClick={() => setVisible((shown) => !shown)}
        >
          {visible ? <EyeOffIcon /> : <EyeIcon />}
        </button>
      }
    />
  );
}

export type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "size"> & {
  label: ReactNode;
  labelHidden?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  size?: "sm" | "md";
  fieldClassName?: string;
};

/** A native select (keyboard, mobile pickers and screen readers for free), styled. */
export function Select({
  label,
  labelHidden,
  hint,
  error,
  id: givenId,
  className,
  fieldClassName,
  size = "md",
  children,
  ...selectProps
}: SelectProps) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <FieldFrame
      id={id}
      label={label}
      labelHidden={labelHidden}
      hint={hint}
      error={error}
      className={fieldClassName}
    >
      <div className={`select select--${size}`}>
        <select
          {...selectProps}
          id={id}
          className={["select__control", className].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint, error })}
        >
          {children}
        </select>
      </div>
    </FieldFrame>
  );
}
