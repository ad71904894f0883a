import type { ReactNode } from "react";
import { AlertIcon, CheckCircleIcon, InfoIcon } from "./icons.tsx";

export type Tone = "info" | "success" | "warning" | "danger";

const ICONS: Record<Tone, typeof InfoIcon> = {
  info: InfoIcon,
  success: CheckCircleIcon,
  warning: AlertIcon,
  danger: AlertIcon,
};

/** An inline message inside the page: a form's error, a confirmation, a caution. */
export function Notice({
  tone = "info",
  title,
  children,
  action,
  className,
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  const Icon = ICONS[tone];
  return (
    <div className={["notice", `notice--${tone}`, className].filter(Boolean).join(" ")}>
      <Icon className="notice__icon" size={18} />
      <div className="notice__body">
        {title ? <p className="notice__title">{title}</p> : null}
        {children ? <div className="notice__text">{children}</div> : null}
      </div>
      {action ? <div className="notice__action">{action}</div> : null}
    </div>
  );
}

/**
 * The form-level error: what the server said that belongs to no single input. The slot is always
 * rendered so screen readers announce the message when it appears.
 */
export function FormError({ message }: { message: string | null | undefined }) {
  return (
    <div className="form-error-slot" aria-live="assertive">
      {message ? <Notice tone="danger">{message}</Notice> : null}
    </div>
  );
}
