import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { errorCode, toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { Site } from "../api/types.ts";
import { UserMenu } from "../app/UserMenu.tsx";
import { storefrontPath } from "../dashboard/SiteCard.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { may, ROLE_LABELS } from "../sites/roles.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button, ButtonLink, ExternalButtonLink } from "../ui/Button.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import {
  ArrowLeftIcon,
  BlocksIcon,
  ExternalLinkIcon,
  LayoutIcon,
  PagesIcon,
  SettingsIcon,
} from "../ui/icons.tsx";
import { Notice } from "../ui/Notice.tsx";
import { LoadingRegion, Skeleton } from "../ui/Skeleton.tsx";
import { EditorLayout, PanelSection } from "./EditorLayout.tsx";

/**
 * /sites/:siteId/editor. For now the frame around the coming visual editor: top bar with the
 * site's name and the way back, the side panels and the canvas area.
 */
export function EditorPage() {
  const { siteId = "" } = useParams();
  const trpc = useTRPC();
  const site = useQuery(trpc.sites.get.queryOptions({ siteId }));
  useDocumentTitle(site.data ? `${site.data.site.name} · Editor` : "Editor");

  return (
    <EditorLayout
      topBar={<EditorTopBar site={site.data?.site} />}
      leftPanel={
        <>
          <PanelSection title="Pages">
            <PanelPlaceholder icon={<PagesIcon />} text="Your pages will be listed here." />
          </PanelSection>
          <PanelSection title="Blocks">
            <PanelPlaceholder icon={<BlocksIcon />} text="Drag blocks from here onto a page." />
          </PanelSection>
        </>
      }
      canvas={
        site.isPending ? (
          <LoadingRegion label="Loading the site" className="editor__stage">
            <Skeleton height="100%" radius={12} />
          </LoadingRegion>
        ) : site.isError ? (
          <div className="editor__stage editor__stage--message">
            {errorCode(site.error) === "NOT_FOUND" || errorCode(site.error) === "BAD_REQUEST" ? (
              <EmptyState
                title="This site is not available"
                description="It may have been deleted, or you are no longer on its team."
                actions={
                  <ButtonLink to="/" variant="primary">
                    Back to your sites
                  </ButtonLink>
                }
              />
            ) : (
              <Notice
                tone="danger"
                title="We could not open this site"
                action={
                  <Button size="sm" loading={site.isFetching} onClick={() => void site.refetch()}>
                    Try again
                  </Button>
                }
              >
                {toProblem(site.error).message}
              </Notice>
            )}
          </div>
        ) : (
          <ComingSoon site={site.data.site} />
        )
      }
      rightPanel={
        <PanelSection title="Properties">
          <PanelPlaceholder
            icon={<SettingsIcon />}
            text="Select a block on the canvas to change its text, images and style."
          />
        </PanelSection>
      }
    />
  );
}

function EditorTopBar({ site }: { site: Site | undefined }) {
  return (
    <div className="editor-topbar">
      <div className="editor-topbar__start">
        <Link to="/" className="editor-topbar__back" aria-label="Back to your sites">
          <ArrowLeftIcon size={18} />
        </Link>
        <div className="editor-topbar__site">
          {site ? (
            <>
              <h1 className="editor-topbar__name">{site.name}</h1>
              <p className="editor-topbar__address">{storefrontPath(site)}</p>
            </>
          ) : (
            <>
              <h1 className="visually-hidden">Editor</h1>
              <Skeleton width={160} height={18} />
              <Skeleton width={100} height={12} style={{ marginTop: 4 }} />
            </>
          )}
        </div>
        {site ? (
          <Badge tone={site.role === "owner" ? "brand" : "neutral"}>{ROLE_LABELS[site.role]}</Badge>
        ) : null}
      </div>
      <div className="editor-topbar__end">
        {site ? (
          <>
            <ButtonLink
              to={`/sites/${site.id}/settings`}
              variant="ghost"
              size="sm"
              icon={<SettingsIcon size={14} />}
            >
              Settings
            </ButtonLink>
            <ExternalButtonLink
              href={storefrontPath(site)}
              variant="secondary"
              size="sm"
              icon={<ExternalLinkIcon size={14} />}
            >
              View site
            </ExternalButtonLink>
          </>
        ) : null}
        <UserMenu />
      </div>
    </div>
  );
}

function ComingSoon({ site }: { site: Site }) {
  return (
    <div className="editor__stage editor__stage--message">
      <EmptyState
        illustration={
          <span className="editor__soon-icon">
            <LayoutIcon size={28} />
          </span>
        }
        title="The visual editor is coming in the next release"
        description={
          <>
            “{site.name}” is live at <strong>{storefrontPath(site)}</strong>. Soon you will design
            its pages here, block by block, together with your team.
          </>
        }
        actions={
          <>
            <ExternalButtonLink
              href={storefrontPath(site)}
              variant="primary"
              icon={<ExternalLinkIcon size={14} />}
            >
              View the live site
            </ExternalButtonLink>
            {may.manageTeam(site.role) ? (
              <ButtonLink to={`/sites/${site.id}/settings`}>Invite your team</ButtonLink>
            ) : null}
          </>
        }
      />
    </div>
  );
}

function PanelPlaceholder({ icon, text }: { icon: ReactNode; text: string }) {
  return (
    <div className="editor-panel-placeholder">
      <span aria-hidden="true">{icon}</span>
      <p>{text}</p>
    </div>
  );
}
