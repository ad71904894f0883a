import { useEffect, useState } from "react";
import { Outlet, ScrollRestoration, useNavigation } from "react-router";

/** The root of every route: the navigation progress bar and scroll restoration. */
export function Root() {
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
    <div className="navigation-progress" role="progressbar" aria-label="Loading" />
  ) : null;
}
