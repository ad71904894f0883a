import type { ReactNode } from "react";
import { useIntl } from "react-intl";
import { Link } from "react-router";
import { BRAND, LogoMark } from "../ui/icons.tsx";
import "./auth.css";

/** The frame of the logged-out screens: the brand, one card, a way to the other screens. */
export function AuthLayout({
  title,
  description,
  children,
  footer,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const intl = useIntl();
  return (
    <div className="auth">
      <main className="auth__main">
        <Link
          to="/"
          className="auth__brand"
          aria-label={intl.formatMessage({
            id: "app.shell.brandHome",
            defaultMessage: "Pegasus home",
          })}
        >
          <LogoMark size={32} />
          <span>{BRAND}</span>
        </Link>
        <div className="auth__card">
          <header className="auth__header">
            <h1 className="auth__title">{title}</h1>
            {description ? <p className="auth__description">{description}</p> : null}
          </header>
          {children}
        </div>
        {footer ? <p className="auth__footer">{footer}</p> : null}
      </main>
    </div>
  );
}
