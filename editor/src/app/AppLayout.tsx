import { Link, Outlet } from "react-router";
import { LogoMark } from "../ui/icons.tsx";
import { UserMenu } from "./UserMenu.tsx";

/** The frame of the dashboard and settings screens: top bar, then the page. */
export function AppLayout() {
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to="/" className="topbar__brand" aria-label="Pegasus — your sites">
            <LogoMark />
            <span className="topbar__wordmark">Pegasus</span>
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
