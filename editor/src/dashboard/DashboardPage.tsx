import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useErrorMessage } from "../api/problemWords.ts";
import { useCurrentUser } from "../api/session.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Button, ButtonLink } from "../ui/Button.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { PlusIcon } from "../ui/icons.tsx";
import { SparkleIcon } from "../ai/SparkleIcon.tsx";
import { Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { LoadingRegion, Skeleton } from "../ui/Skeleton.tsx";
import { CreateSiteDialog } from "./CreateSiteDialog.tsx";
import { RecentlyDeleted } from "./RecentlyDeleted.tsx";
import { SiteCard } from "./SiteCard.tsx";
import "./dashboard.css";

export function DashboardPage() {
  const intl = useIntl();
  const errorMessage = useErrorMessage();
  const title = intl.formatMessage({ id: "app.dashboard.title", defaultMessage: "Your sites" });
  useDocumentTitle(title);
  const trpc = useTRPC();
  const user = useCurrentUser();
  const sites = useQuery(trpc.sites.list.queryOptions());
  const deleted = useQuery(trpc.sites.listDeleted.queryOptions());
  const [creating, setCreating] = useState(false);

  const firstName = user.name.split(/\s+/)[0] ?? user.name;
  const count = sites.data?.sites.length;
  const hasSites = count !== undefined && count > 0;

  return (
    <div className="page">
      <PageHeader
        title={title}
        description={
          count === undefined
            ? intl.formatMessage(
                { id: "app.dashboard.welcomeBack", defaultMessage: "Welcome back, {name}." },
                { name: firstName },
              )
            : count === 0
              ? intl.formatMessage(
                  {
                    id: "app.dashboard.welcomeFirst",
                    defaultMessage: "Welcome, {name}. Let’s get your first store online.",
                  },
                  { name: firstName },
                )
              : intl.formatMessage(
                  {
                    id: "app.dashboard.welcomeCount",
                    defaultMessage:
                      "Welcome back, {name}. You have {count, plural, one {# site} other {# sites}}.",
                  },
                  { name: firstName, count },
                )
        }
        actions={
          hasSites ? (
            <>
              <ButtonLink to="/sites/new" icon={<SparkleIcon />}>
                <FormattedMessage id="app.dashboard.createWithAi" defaultMessage="Create with AI" />
              </ButtonLink>
              <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
                <FormattedMessage id="app.dashboard.newSite" defaultMessage="New site" />
              </Button>
            </>
          ) : null
        }
      />

      {sites.isPending ? (
        <LoadingRegion
          label={intl.formatMessage({
            id: "app.dashboard.loading",
            defaultMessage: "Loading your sites",
          })}
          className="site-grid"
        >
          {[0, 1, 2].map((index) => (
            <SiteCardSkeleton key={index} />
          ))}
        </LoadingRegion>
      ) : sites.isError ? (
        <Notice
          tone="danger"
          title={intl.formatMessage({
            id: "app.dashboard.loadFailed",
            defaultMessage: "We could not load your sites",
          })}
          action={
            <Button size="sm" loading={sites.isFetching} onClick={() => void sites.refetch()}>
              <FormattedMessage id="app.action.tryAgain" defaultMessage="Try again" />
            </Button>
          }
        >
          {errorMessage(sites.error)}
        </Notice>
      ) : hasSites ? (
        <section
          aria-label={intl.formatMessage({ id: "app.dashboard.sites", defaultMessage: "Sites" })}
        >
          <ul role="list" className="site-grid">
            {sites.data.sites.map((site) => (
              <li key={site.id}>
                <SiteCard site={site} />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <div className="dashboard-empty">
          <EmptyState
            illustration={<StoreIllustration />}
            title={intl.formatMessage({
              id: "app.dashboard.emptyTitle",
              defaultMessage: "Create your first store",
            })}
            description={intl.formatMessage({
              id: "app.dashboard.emptyText",
              defaultMessage:
                "Give it a name and a web address. Next you will design its pages in the editor and invite your team.",
            })}
            actions={
              <>
                <ButtonLink to="/sites/new" variant="primary" size="lg" icon={<SparkleIcon />}>
                  <FormattedMessage
                    id="app.dashboard.createWithAi"
                    defaultMessage="Create with AI"
                  />
                </ButtonLink>
                <Button size="lg" icon={<PlusIcon />} onClick={() => setCreating(true)}>
                  <FormattedMessage id="app.dashboard.createSite" defaultMessage="Create a site" />
                </Button>
              </>
            }
          />
        </div>
      )}

      <RecentlyDeleted sites={deleted.data?.sites ?? []} />
      <CreateSiteDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}

function SiteCardSkeleton() {
  return (
    <div className="site-card site-card--skeleton">
      <Skeleton height="auto" radius={0} className="site-card__preview" />
      <div className="site-card__body">
        <Skeleton width="60%" height={20} />
        <Skeleton width="40%" height={16} style={{ marginTop: 8 }} />
        <Skeleton width="50%" height={22} style={{ marginTop: 12 }} radius={999} />
      </div>
      <div className="site-card__actions">
        <Skeleton width={104} height={32} radius={6} />
        <Skeleton width={96} height={32} radius={6} />
      </div>
    </div>
  );
}

function StoreIllustration() {
  return (
    <svg width="168" height="120" viewBox="0 0 168 120" fill="none" aria-hidden="true">
      <rect x="14" y="10" width="140" height="100" rx="12" fill="var(--brand-50)" />
      <rect x="28" y="24" width="112" height="72" rx="8" fill="#fff" stroke="var(--brand-200)" />
      <rect x="28" y="24" width="112" height="12" rx="6" fill="var(--brand-100)" />
      <circle cx="36" cy="30" r="2" fill="var(--brand-300)" />
      <circle cx="43" cy="30" r="2" fill="var(--brand-300)" />
      <circle cx="50" cy="30" r="2" fill="var(--brand-300)" />
      <rect x="38" y="46" width="52" height="8" rx="4" fill="var(--brand-500)" />
      <rect x="38" y="59" width="36" height="5" rx="2.5" fill="var(--brand-200)" />
      <rect x="38" y="72" width="26" height="14" rx="4" fill="var(--brand-600)" />
      <rect x="100" y="44" width="30" height="42" rx="6" fill="var(--brand-100)" />
      <circle cx="138" cy="94" r="16" fill="var(--brand-600)" />
      <path d="M138 87v14M131 94h14" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
