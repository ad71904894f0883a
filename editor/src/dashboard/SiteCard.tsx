import { useId, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import type { Site } from "../api/types.ts";
import { useTime } from "../lib/time.ts";
import { can } from "../../../domain/permissions.ts";
import { useRoleWords } from "../sites/roles.ts";
import { DeleteSiteDialog, RenameSiteDialog } from "../sites/SiteDialogs.tsx";
import { Badge } from "../ui/Badge.tsx";
import { ButtonLink, ExternalButtonLink } from "../ui/Button.tsx";
import { ExternalLinkIcon, MoreIcon, PencilIcon, SettingsIcon, TrashIcon } from "../ui/icons.tsx";
import { Menu, MenuItem, MenuLink, MenuSeparator } from "../ui/Menu.tsx";

const THEMES = [
  ["#6d5efc", "#a99dff"],
  ["#0e9384", "#5fe9d0"],
  ["#dd2590", "#faa7e0"],
  ["#dc6803", "#fec84b"],
  ["#155eef", "#84adff"],
  ["#4e5ba6", "#b3b8db"],
] as const;

function themeFor(id: string) {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return THEMES[hash % THEMES.length] ?? THEMES[0];
}

export function storefrontPath(site: Pick<Site, "slug">): string {
  return `/s/${site.slug}/`;
}

/** One site on the dashboard: open it, view it live, and what the merchant's role allows. */
export function SiteCard({ site }: { site: Site }) {
  const intl = useIntl();
  const { timeFrom } = useTime();
  const roles = useRoleWords();
  const [dialog, setDialog] = useState<"rename" | "delete" | null>(null);
  const titleId = useId();
  const [from, to] = themeFor(site.id);
  const editorPath = `/sites/${site.id}/editor`;

  return (
    <article className="site-card" aria-labelledby={titleId}>
      <Link
        to={editorPath}
        className="site-card__preview"
        style={{ background: `linear-gradient(135deg, ${from}, ${to})` }}
        tabIndex={-1}
        aria-hidden="true"
      >
        <span className="site-card__window">
          <span className="site-card__window-bar">
            <i />
            <i />
            <i />
          </span>
          <span className="site-card__window-title">{site.name}</span>
          <span className="site-card__window-line" />
          <span className="site-card__window-line site-card__window-line--short" />
          <span className="site-card__window-grid">
            <i />
            <i />
            <i />
          </span>
        </span>
      </Link>
      <div className="site-card__body">
        <div className="site-card__heading">
          <h2 id={titleId} className="site-card__title">
            <Link to={editorPath}>{site.name}</Link>
          </h2>
          <Menu
            label={intl.formatMessage(
              { id: "app.siteCard.moreActions", defaultMessage: "More actions for {name}" },
              { name: site.name },
            )}
            trigger={<MoreIcon size={18} />}
            iconOnly
            variant="ghost"
            size="sm"
          >
            <MenuLink to={`/sites/${site.id}/settings`} icon={<SettingsIcon />}>
              <FormattedMessage id="app.siteCard.settings" defaultMessage="Settings" />
            </MenuLink>
            {can(site.role, "sites.rename") ? (
              <MenuItem icon={<PencilIcon />} onSelect={() => setDialog("rename")}>
                <FormattedMessage id="app.siteCard.rename" defaultMessage="Rename" />
              </MenuItem>
            ) : null}
            {can(site.role, "sites.delete") ? (
              <>
                <MenuSeparator />
                <MenuItem icon={<TrashIcon />} tone="danger" onSelect={() => setDialog("delete")}>
                  <FormattedMessage id="app.siteCard.delete" defaultMessage="Delete" />
                </MenuItem>
              </>
            ) : null}
          </Menu>
        </div>
        <p className="site-card__address">{storefrontPath(site)}</p>
        <p className="site-card__meta">
          <Badge tone={site.role === "owner" ? "brand" : "neutral"}>{roles.label(site.role)}</Badge>
          <span>
            <FormattedMessage
              id="app.siteCard.edited"
              defaultMessage="Edited {when}"
              values={{ when: timeFrom(site.updatedAt) }}
            />
          </span>
        </p>
      </div>
      <footer className="site-card__actions">
        <ButtonLink
          to={editorPath}
          variant="secondary"
          size="sm"
          aria-label={intl.formatMessage(
            { id: "app.siteCard.openLabel", defaultMessage: "Open {name} in the editor" },
            { name: site.name },
          )}
        >
          <FormattedMessage id="app.siteCard.open" defaultMessage="Open editor" />
        </ButtonLink>
        <ExternalButtonLink
          href={storefrontPath(site)}
          variant="ghost"
          size="sm"
          icon={<ExternalLinkIcon size={14} />}
          aria-label={intl.formatMessage(
            {
              id: "app.siteCard.viewLabel",
              defaultMessage: "View {name} live (opens in a new tab)",
            },
            { name: site.name },
          )}
        >
          <FormattedMessage id="app.siteCard.view" defaultMessage="View site" />
        </ExternalButtonLink>
      </footer>
      <RenameSiteDialog site={site} open={dialog === "rename"} onClose={() => setDialog(null)} />
      <DeleteSiteDialog site={site} open={dialog === "delete"} onClose={() => setDialog(null)} />
    </article>
  );
}
