import { useEffect, useState } from "react";
import { useIntl } from "react-intl";
import { Outlet, ScrollRestoration, useNavigation } from "react-router";
import { useSession } from "../api/session.ts";
import { followAccount } from "../i18n/catalogue.ts";

/**
 * The root of every route: the navigation progress bar, scroll restoration, and the app's
 * language following the account's setting once the session is known (until then, and when the
 * account has none, the browser's, picked at start).
 */
export function Root() {
  const locale = useSession().data?.locale ?? null;
  useEffect(() => {
    if (locale) void followAccount(locale);
  }, [locale]);
  return (
    <>
      <NavigationProgress />
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

/** A thin bar at the top while the next screen's code loads; only after a short wait. */
function NavigationProgress() {
  const intl = useIntl();
  const busy = useNavigation().state !== "idle";
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!busy) {
      setVisible(false);
      return;
    }
    const timer = setTimeout(() => setVisible(true), 150);
    return () => clearTimeout(timer);
  }, [busy]);
  return visible ? (
    <div
      className="navigation-progress"
      role="progressbar"
      aria-label={intl.formatMessage({ id: "app.shell.loading", defaultMessage: "Loading" })}
    />
  ) : null;
}
