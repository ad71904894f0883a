import type { HTMLAttributes, ReactNode } from "react";

/** A surface grouping related content: a settings section, a site, a form. */
export function Card({
  as: Element = "section",
  className,
  tone,
  ...props
}: HTMLAttributes<HTMLElement> & { as?: "section" | "article" | "div"; tone?: "danger" }) {
  return (
    <Element
      {...props}
      className={["card", tone && `card--${tone}`, className].filter(Boolean).join(" ")}
    />
  );
}

export function CardHeader({
  title,
  description,
  actions,
  headingLevel = 2,
  id,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  headingLevel?: 2 | 3;
  id?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <header className="card__header">
      <div className="card__heading">
        <Heading id={id} className="card__title">
          {title}
        </Heading>
        {description ? <p className="card__description">{description}</p> : null}
      </div>
      {actions ? <div className="card__actions">{actions}</div> : null}
    </header>
  );
}

export function CardBody({ children, flush }: { children: ReactNode; flush?: boolean }) {
  return <div className={flush ? "card__body card__body--flush" : "card__body"}>{children}</div>;
}

export function CardFooter({ children, hint }: { children: ReactNode; hint?: ReactNode }) {
  return (
    <footer className="card__footer">
      {hint ? <p className="card__footer-hint">{hint}</p> : <span />}
      <div className="card__footer-actions">{children}</div>
    </footer>
  );
}
