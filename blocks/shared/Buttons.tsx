import { useRenderContext } from "../render/context.ts";
import { isExternalHref, resolveHref } from "./links.ts";
import type { ButtonLink } from "./props.ts";

/** A link drawn as a button. Skipped when the label is empty or the link unsafe. */
export function ButtonAnchor({
  button,
  size = "md",
  className,
}: {
  button: ButtonLink;
  size?: "sm" | "md" | "lg";
  className?: string;
}) {
  const ctx = useRenderContext();
  const label = button.label.trim();
  const href = resolveHref(button.href, ctx);
  if (label === "" || href === null) return null;
  const classes = [
    "pg-ui-button",
    `pg-ui-button--${button.variant}`,
    size !== "md" && `pg-ui-button--${size}`,
    className,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <a className={classes} href={href} rel={isExternalHref(href) ? "noopener" : undefined}>
      {label}
    </a>
  );
}

export function ButtonRow({
  buttons,
  size,
  className,
}: {
  buttons: readonly ButtonLink[];
  size?: "sm" | "md" | "lg";
  className?: string;
}) {
  if (buttons.every((b) => b.label.trim() === "")) return null;
  return (
    <div className={["pg-ui-actions", className].filter(Boolean).join(" ")}>
      {buttons.map((button, i) => (
        <ButtonAnchor key={i} button={button} size={size} />
      ))}
    </div>
  );
}
