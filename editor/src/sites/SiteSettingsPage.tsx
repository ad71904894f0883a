import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { errorCode, toProblem } from "../api/errors.ts";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useCurrentUser } from "../api/session.ts";
import { useTRPC } from "../api/trpc.ts";
import type { Site } from "../api/types.ts";
import { storefrontPath } from "../dashboard/SiteCard.tsx";
import { formatDate } from "../lib/time.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button, ButtonLink, ExternalButtonLink } from "../ui/Button.tsx";
import { Card, CardBody, CardFooter, CardHeader } from "../ui/Card.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { TextField } from "../ui/Field.tsx";
import { ArrowLeftIcon, ExternalLinkIcon, LayoutIcon, StoreIcon } from "../ui/icons.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { LoadingRegion, Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";
import { ReviewSettingsSections } from "../review/SettingsSections.tsx";
import { LeaveSiteDialog, MembersSection } from "./MembersSection.tsx";
import { can } from "../../../domain/permissions.ts";
import { ROLE_LABELS } from "./roles.ts";
import { DeleteSiteDialog } from "./SiteDialogs.tsx";
import "./settings.css";

const BACK = (
  <Link to="/">
    <ArrowLeftIcon size={14} /> Your sites
  </Link>
);

export function SiteSettingsPage() {
  const { siteId = "" } = useParams();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const site = useQuery(trpc.sites.get.queryOptions({ siteId }));
  useDocumentTitle(site.data ? `${site.data.site.name} settings` : "Site settings");

  if (site.isPending) return <SettingsSkeleton />;
  if (site.isError) {
    const missing =
      errorCode(site.error) === "NOT_FOUND" || errorCode(site.error) === "BAD_REQUEST";
    return (
      <div className="page page--narrow">
        <PageHeader eyebrow={BACK} title="Site settings" />
        {missing ? (
          <SiteUnavailable />
        ) : (
          <Notice
            tone="danger"
            title="We could not load this site"
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
    );
  }

  const current = site.data.site;
  return (
    <div className="page page--narrow">
      <PageHeader
        eyebrow={BACK}
        title={current.name}
        description={
          <span className="settings__subtitle">
            Settings ·{" "}
            <Badge tone={current.role === "owner" ? "brand" : "neutral"}>
              {ROLE_LABELS[current.role]}
            </Badge>
          </span>
        }
        actions={
          <>
            <ExternalButtonLink
              href={storefrontPath(current)}
              icon={<ExternalLinkIcon size={14} />}
            >
              View site
            </ExternalButtonLink>
            <ButtonLink to={`/sites/${current.id}/store/products`} icon={<StoreIcon />}>
              Products & orders
            </ButtonLink>
            <ButtonLink to={`/sites/${current.id}/editor`} variant="primary" icon={<LayoutIcon />}>
              Open editor
            </ButtonLink>
          </>
        }
      />
      <div className="stack">
        <GeneralSection site={current} />
        <MembersSection site={current} currentUserId={user.id} />
        <ReviewSettingsSections site={current} />
        <LeaveSection site={current} />
        {can(current.role, "sites.delete") ? <DangerZone site={current} /> : null}
      </div>
    </div>
  );
}

export function SiteUnavailable() {
  return (
    <div className="dashboard-empty-like">
      <EmptyState
        title="This site is not available"
        description="It may have been deleted, or you are no longer on its team."
        actions={
          <ButtonLink to="/" variant="primary">
            Back to your sites
          </ButtonLink>
        }
      />
    </div>
  );
}

const GENERAL_FIELDS = ["name"] as const;

function GeneralSection({ site }: { site: Site }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const canRename = can(site.role, "sites.rename");
  const rename = useMutation(
    trpc.sites.rename.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
        toast.show({ title: "Site name saved" });
      },
    }),
  );
  const errors = useFormErrors(rename.error, GENERAL_FIELDS);
  useFocusFirstInvalid(formRef, rename.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    rename.mutate({
      siteId: site.id,
      name: String(new FormData(event.currentTarget).get("name") ?? ""),
    });
  };

  return (
    <Card aria-labelledby="general-title">
      <form ref={formRef} noValidate onSubmit={onSubmit}>
        <CardHeader
          id="general-title"
          title="General"
          description="How the site is named and where shoppers find it."
        />
        <CardBody>
          <div className="form-stack">
            <TextField
              // Re-mounts with the saved name after a rename elsewhere.
              key={site.name}
              label="Site name"
              name="name"
              defaultValue={site.name}
              maxLength={80}
              disabled={!canRename}
              hint={canRename ? undefined : "Only owners and admins can rename the site."}
              error={errors.fieldError("name")}
              onChange={() => errors.clearField("name")}
            />
            <dl className="settings__facts">
              <div>
                <dt>Web address</dt>
                <dd>
                  <a href={storefrontPath(site)} target="_blank" rel="noopener noreferrer">
                    {window.location.host}
                    {storefrontPath(site)}
                  </a>
                </dd>
              </div>
              {site.customDomain ? (
                <div>
                  <dt>Custom domain</dt>
                  <dd>{site.customDomain}</dd>
                </div>
              ) : null}
              <div>
                <dt>Created</dt>
                <dd>{formatDate(site.createdAt)}</dd>
              </div>
            </dl>
            <FormError message={errors.formError} />
          </div>
        </CardBody>
        {canRename ? (
          <CardFooter hint="The address cannot change once shoppers know it.">
            <Button type="submit" variant="primary" loading={rename.isPending}>
              Save
            </Button>
          </CardFooter>
        ) : null}
      </form>
    </Card>
  );
}

function LeaveSection({ site }: { site: Site }) {
  const [open, setOpen] = useState(false);
  return (
    <Card className="card--header-only" aria-labelledby="leave-title">
      <CardHeader
        id="leave-title"
        title="Leave this site"
        description={
          site.role === "owner"
            ? "Owners can leave once another member is an owner too."
            : "You will lose access until someone invites you again."
        }
        actions={<Button onClick={() => setOpen(true)}>Leave site</Button>}
      />
      <LeaveSiteDialog site={site} open={open} onClose={() => setOpen(false)} />
    </Card>
  );
}

function DangerZone({ site }: { site: Site }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <Card tone="danger" className="card--header-only" aria-labelledby="danger-title">
      <CardHeader
        id="danger-title"
        title="Delete this site"
        description="The storefront goes offline at once. You can restore it from your dashboard for 30 days."
        actions={
          <Button variant="danger" onClick={() => setOpen(true)}>
            Delete site
          </Button>
        }
      />
      <DeleteSiteDialog
        site={site}
        open={open}
        onClose={() => setOpen(false)}
        onDeleted={() => void navigate("/", { replace: true })}
      />
    </Card>
  );
}

function SettingsSkeleton() {
  return (
    <div className="page page--narrow">
      <LoadingRegion label="Loading site settings">
        <div className="page-header">
          <div className="page-header__text">
            <Skeleton width={110} height={20} style={{ marginBottom: 8 }} />
            <Skeleton width={260} height={38} />
            <Skeleton width={140} height={22} style={{ marginTop: 4 }} />
          </div>
        </div>
        <div className="stack">
          <Skeleton height={260} radius={12} />
          <Skeleton height={320} radius={12} />
        </div>
      </LoadingRegion>
    </div>
  );
}
