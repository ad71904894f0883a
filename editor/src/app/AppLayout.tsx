import { FormattedMessage, useIntl } from "react-intl";
import { Link, Outlet } from "react-router";
import { BRAND, LogoMark } from "../ui/icons.tsx";
import { UserMenu } from "./UserMenu.tsx";

/** The frame of the dashboard and settings screens: top bar, then the page. */
export function AppLayout() {
  const intl = useIntl();
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        <FormattedMessage id="app.shell.skipToContent" defaultMessage="Skip to content" />
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link
            to="/"
            className="topbar__brand"
            aria-label={intl.formatMessage({
              id: "app.shell.home",
              defaultMessage: "Pegasus — your sites",
            })}
          >
            <LogoMark />
            <span className="topbar__wordmark">{BRAND}</span>
          </Link>
          <UserMenu />
        </div>
      </header>
      <main id="main" className="app__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
