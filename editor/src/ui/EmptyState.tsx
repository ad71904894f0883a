import type { ReactNode } from "react";

/** What a merchant sees where content will be: what it is, and what to do next. */
export function EmptyState({
  illustration,
  title,
  description,
  actions,
  headingLevel = 2,
  compact = false,
}: {
  illustration?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  headingLevel?: 2 | 3;
  compact?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={compact ? "empty-state empty-state--compact" : "empty-state"}>
      {illustration ? <div className="empty-state__art">{illustration}</div> : null}
      <Heading className="empty-state__title">{title}</Heading>
      {description ? <p className="empty-state__description">{description}</p> : null}
      {actions ? <div className="empty-state__actions">{actions}</div> : null}
    </div>
  );
}
