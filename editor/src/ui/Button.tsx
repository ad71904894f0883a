import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from "react";
import { Link, type LinkProps } from "react-router";
import { Spinner } from "./Spinner.tsx";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger" | "danger-ghost";
export type ButtonSize = "sm" | "md" | "lg";

type StyleProps = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
  /** An icon before the label. */
  icon?: ReactNode;
  /** Square button showing only the icon; `aria-label` is then required. */
  iconOnly?: boolean;
};

export function buttonClassName({
  variant = "secondary",
  size = "md",
  fullWidth = false,
  iconOnly = false,
  className,
}: StyleProps & { className?: string | undefined }): string {
  return [
    "button",
    `button--${variant}`,
    `button--${size}`,
    fullWidth && "button--full",
    iconOnly && "button--icon-only",
    className,
  ]
    .filter(Boolean)
    .join(" ");
}

function Content({ icon, children }: { icon?: ReactNode; children?: ReactNode }) {
  return (
    <>
      {icon ? <span className="button__icon">{icon}</span> : null}
      {children != null ? <span className="button__label">{children}</span> : null}
    </>
  );
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> &
  StyleProps & {
    /** Shows a spinner in place (the button keeps its size) and ignores clicks. */
    loading?: boolean;
  };

export function Button({
  variant,
  size,
  fullWidth,
  icon,
  iconOnly,
  loading = false,
  className,
  children,
  type = "button",
  disabled,
  onClick,
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      type={type}
      className={buttonClassName({ variant, size, fullWidth, iconOnly, className })}
      disabled={disabled}
      aria-busy={loading || undefined}
      data-loading={loading || undefined}
      // aria-disabled rather than disabled while loading, so focus stays on the button.
      aria-disabled={loading || undefined}
      onClick={loading ? (event) => event.preventDefault() : onClick}
    >
      <Content icon={icon}>{children}</Content>
      {loading ? (
        <span className="button__spinner">
          <Spinner size={size === "sm" ? 14 : 16} />
        </span>
      ) : null}
    </button>
  );
}

/** A link to an app route, looking like a button. */
export function ButtonLink({
  variant,
  size,
  fullWidth,
  icon,
  iconOnly,
  className,
  children,
  ...props
}: LinkProps & StyleProps) {
  return (
    <Link {...props} className={buttonClassName({ variant, size, fullWidth, iconOnly, className })}>
      <Content icon={icon}>{children}</Content>
    </Link>
  );
}

/** A link leaving the app (the live storefront), looking like a button. Opens a new tab. */
export function ExternalButtonLink({
  variant,
  size,
  fullWidth,
  icon,
  iconOnly,
  className,
  children,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & StyleProps) {
  return (
    <a
      target="_blank"
      rel="noopener noreferrer"
      {...props}
      className={buttonClassName({ variant, size, fullWidth, iconOnly, className })}
    >
      <Content icon={icon}>{children}</Content>
    </a>
  );
}
