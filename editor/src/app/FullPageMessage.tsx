import type { ReactNode } from "react";
import { useIntl } from "react-intl";
import { LogoMark } from "../ui/icons.tsx";

/** A whole-page message (not found, crashed, offline), with the brand and a way forward. */
export function FullPageMessage({
  code,
  title,
  children,
  actions,
}: {
  code?: string;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const intl = useIntl();
  return (
    <div className="full-page">
      <main className="full-page__card">
        {/* A plain link: this also renders outside the router, when the app itself failed. */}
        <a
          href="/"
          className="full-page__logo"
          aria-label={intl.formatMessage({
            id: "app.shell.brandHome",
            defaultMessage: "Pegasus home",
          })}
        >
          <LogoMark size={36} />
        </a>
        {code ? <p className="full-page__code">{code}</p> : null}
        <h1 className="full-page__title">{title}</h1>
        {children ? <div className="full-page__text">{children}</div> : null}
        {actions ? <div className="full-page__actions">{actions}</div> : null}
      </main>
    </div>
  );
}
