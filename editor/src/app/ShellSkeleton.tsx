import { useIntl } from "react-intl";
import { BRAND, LogoMark } from "../ui/icons.tsx";
import { LoadingRegion, Skeleton } from "../ui/Skeleton.tsx";

/** The app frame while we learn who is logged in: same top bar height, so nothing jumps. */
export function ShellSkeleton() {
  const intl = useIntl();
  return (
    <LoadingRegion
      label={intl.formatMessage({ id: "app.shell.loadingApp", defaultMessage: "Loading Pegasus" })}
      className="app"
    >
      <div className="topbar">
        <div className="topbar__inner">
          <span className="topbar__brand">
            <LogoMark />
            <span className="topbar__wordmark">{BRAND}</span>
          </span>
          <Skeleton width={36} height={36} radius={999} />
        </div>
      </div>
      <div className="page">
        <Skeleton width={180} height={36} />
        <Skeleton width={260} height={20} style={{ marginTop: 12 }} />
      </div>
    </LoadingRegion>
  );
}
