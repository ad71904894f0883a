import { FormattedMessage, useIntl } from "react-intl";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { errorCode, toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { SiteUnavailable } from "../sites/SiteSettingsPage.tsx";
import { can } from "../../../domain/permissions.ts";
import { ButtonLink } from "../ui/Button.tsx";
import { ArrowLeftIcon, LayoutIcon } from "../ui/icons.tsx";
import { Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { LoadingRegion, Skeleton } from "../ui/Skeleton.tsx";
import { MediaLibrary } from "./MediaLibrary.tsx";

/** Between the arrow and the words. */
const SPACE = " ";

const BACK = (
  <Link to="/">
    <ArrowLeftIcon size={14} />
    {SPACE}
    <FormattedMessage id="media.page.back" defaultMessage="Your sites" />
  </Link>
);

/** /sites/:siteId/media — the site's images. */
export function MediaLibraryPage() {
  const { siteId = "" } = useParams();
  const trpc = useTRPC();
  const site = useQuery(trpc.sites.get.queryOptions({ siteId }));
  const intl = useIntl();
  const title = intl.formatMessage({ id: "media.page.title", defaultMessage: "Media" });
  useDocumentTitle(site.data ? `${site.data.site.name} · ${title}` : title);

  if (site.isPending) {
    return (
      <div className="page">
        <LoadingRegion
          label={intl.formatMessage({
            id: "media.page.loading",
            defaultMessage: "Loading the media library",
          })}
        >
          <Skeleton width={240} height={32} />
        </LoadingRegion>
      </div>
    );
  }
  if (site.isError) {
    const missing = ["NOT_FOUND", "BAD_REQUEST"].includes(errorCode(site.error) ?? "");
    return (
      <div className="page page--narrow">
        <PageHeader eyebrow={BACK} title={title} />
        {missing ? (
          <SiteUnavailable />
        ) : (
          <Notice
            tone="danger"
            title={intl.formatMessage({
              id: "media.page.loadFailed",
              defaultMessage: "We could not load this site",
            })}
          >
            {toProblem(site.error).message}
          </Notice>
        )}
      </div>
    );
  }
  const current = site.data.site;
  return (
    <div className="page">
      <PageHeader
        eyebrow={BACK}
        title={title}
        description={intl.formatMessage(
          {
            id: "media.page.description",
            defaultMessage:
              "Images of {site}. Every upload is resized for phones and large screens and served as AVIF and WebP.",
          },
          { site: current.name },
        )}
        actions={
          <ButtonLink to={`/sites/${current.id}/editor`} icon={<LayoutIcon />}>
            <FormattedMessage id="media.page.openEditor" defaultMessage="Open editor" />
          </ButtonLink>
        }
      />
      <MediaLibrary siteId={current.id} canEdit={can(current.role, "media.upload")} />
    </div>
  );
}
