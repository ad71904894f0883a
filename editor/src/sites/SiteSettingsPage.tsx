import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Link, useNavigate, useParams } from "react-router";
import { errorCode } from "../api/errors.ts";
import { useErrorMessage } from "../api/problemWords.ts";
import { useFocusFirstInvalid, useFormErrors } from "../api/formErrors.ts";
import { useCurrentUser } from "../api/session.ts";
import { useTRPC } from "../api/trpc.ts";
import type { Site } from "../api/types.ts";
import { storefrontPath } from "../dashboard/SiteCard.tsx";
import { useTime } from "../lib/time.ts";
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
import { useRoleWords } from "./roles.ts";
import { DeleteSiteDialog } from "./SiteDialogs.tsx";
import "./settings.css";

const BACK = (
  <Link to="/">
    <ArrowLeftIcon size={14} />
    <FormattedMessage id="app.siteSettings.back" defaultMessage="Your sites" />
  </Link>
);

export function SiteSettingsPage() {
  const { siteId = "" } = useParams();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const site = useQuery(trpc.sites.get.queryOptions({ siteId }));
  const intl = useIntl();
  const errorMessage = useErrorMessage();
  const roles = useRoleWords();
  const settingsTitle = intl.formatMessage({
    id: "app.siteSettings.title",
    defaultMessage: "Site settings",
  });
  useDocumentTitle(
    site.data
      ? intl.formatMessage(
          { id: "app.siteSettings.documentTitle", defaultMessage: "{name} settings" },
          { name: site.data.site.name },
        )
      : settingsTitle,
  );

  if (site.isPending) return <SettingsSkeleton />;
  if (site.isError) {
    const missing =
      errorCode(site.error) === "NOT_FOUND" || errorCode(site.error) === "BAD_REQUEST";
    return (
      <div className="page page--narrow">
        <PageHeader eyebrow={BACK} title={settingsTitle} />
        {missing ? (
          <SiteUnavailable />
        ) : (
          <Notice
            tone="danger"
            title={intl.formatMessage({
              id: "app.siteSettings.loadFailed",
              defaultMessage: "We could not load this site",
            })}
            action={
              <Button size="sm" loading={site.isFetching} onClick={() => void site.refetch()}>
                <FormattedMessage id="app.action.tryAgain" defaultMessage="Try again" />
              </Button>
            }
          >
            {errorMessage(site.error)}
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
            <FormattedMessage
              id="app.siteSettings.subtitle"
              defaultMessage="Settings · {role}"
              values={{
                role: (
                  <Badge tone={current.role === "owner" ? "brand" : "neutral"}>
                    {roles.label(current.role)}
                  </Badge>
                ),
              }}
            />
          </span>
        }
        actions={
          <>
            <ExternalButtonLink
              href={storefrontPath(current)}
              icon={<ExternalLinkIcon size={14} />}
            >
              <FormattedMessage id="app.siteSettings.view" defaultMessage="View site" />
            </ExternalButtonLink>
            <ButtonLink to={`/sites/${current.id}/store/products`} icon={<StoreIcon />}>
              <FormattedMessage id="app.siteSettings.store" defaultMessage="Products & orders" />
            </ButtonLink>
            <ButtonLink to={`/sites/${current.id}/editor`} variant="primary" icon={<LayoutIcon />}>
              <FormattedMessage id="app.siteSettings.openEditor" defaultMessage="Open editor" />
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
  const intl = useIntl();
  return (
    <div className="dashboard-empty-like">
      <EmptyState
        title={intl.formatMessage({
          id: "app.siteUnavailable.title",
          defaultMessage: "This site is not available",
        })}
        description={intl.formatMessage({
          id: "app.siteUnavailable.text",
          defaultMessage: "It may have been deleted, or you are no longer on its team.",
        })}
        actions={
          <ButtonLink to="/" variant="primary">
            <FormattedMessage id="app.siteUnavailable.back" defaultMessage="Back to your sites" />
          </ButtonLink>
        }
      />
    </div>
  );
}

const GENERAL_FIELDS = ["name"] as const;

function GeneralSection({ site }: { site: Site }) {
  const intl = useIntl();
  const { formatDate } = useTime();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const canRename = can(site.role, "sites.rename");
  const rename = useMutation(
    trpc.sites.rename.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
        toast.show({
          title: intl.formatMessage({
            id: "app.siteSettings.nameSaved",
            defaultMessage: "Site name saved",
          }),
        });
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
          title={intl.formatMessage({ id: "app.siteSettings.general", defaultMessage: "General" })}
          description={intl.formatMessage({
            id: "app.siteSettings.generalHint",
            defaultMessage: "How the site is named and where shoppers find it.",
          })}
        />
        <CardBody>
          <div className="form-stack">
            <TextField
              // Re-mounts with the saved name after a rename elsewhere.
              key={site.name}
              label={intl.formatMessage({ id: "app.site.nameLabel", defaultMessage: "Site name" })}
              name="name"
              defaultValue={site.name}
              maxLength={80}
              disabled={!canRename}
              hint={
                canRename
                  ? undefined
                  : intl.formatMessage({
                      id: "app.siteSettings.renameNotAllowed",
                      defaultMessage: "Only owners and admins can rename the site.",
                    })
              }
              error={errors.fieldError("name")}
              onChange={() => errors.clearField("name")}
            />
            <dl className="settings__facts">
              <div>
                <dt>
                  <FormattedMessage id="app.site.address" defaultMessage="Web address" />
                </dt>
                <dd>
                  <a href={storefrontPath(site)} target="_blank" rel="noopener noreferrer">
                    {window.location.host}
                    {storefrontPath(site)}
                  </a>
                </dd>
              </div>
              {site.customDomain ? (
                <div>
                  <dt>
                    <FormattedMessage
                      id="app.siteSettings.customDomain"
                      defaultMessage="Custom domain"
                    />
                  </dt>
                  <dd>{site.customDomain}</dd>
                </div>
              ) : null}
              <div>
                <dt>
                  <FormattedMessage id="app.siteSettings.created" defaultMessage="Created" />
                </dt>
                <dd>{formatDate(site.createdAt)}</dd>
              </div>
            </dl>
            <FormError message={errors.formError} />
          </div>
        </CardBody>
        {canRename ? (
          <CardFooter
            hint={intl.formatMessage({
              id: "app.siteSettings.addressFixed",
              defaultMessage: "The address cannot change once shoppers know it.",
            })}
          >
            <Button type="submit" variant="primary" loading={rename.isPending}>
              <FormattedMessage id="app.action.save" defaultMessage="Save" />
            </Button>
          </CardFooter>
        ) : null}
      </form>
    </Card>
  );
}

function LeaveSection({ site }: { site: Site }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  return (
    <Card className="card--header-only" aria-labelledby="leave-title">
      <CardHeader
        id="leave-title"
        title={intl.formatMessage({
          id: "app.siteSettings.leaveTitle",
          defaultMessage: "Leave this site",
        })}
        description={
          site.role === "owner"
            ? intl.formatMessage({
                id: "app.siteSettings.leaveOwner",
                defaultMessage: "Owners can leave once another member is an owner too.",
              })
            : intl.formatMessage({
                id: "app.siteSettings.leaveText",
                defaultMessage: "You will lose access until someone invites you again.",
              })
        }
        actions={
          <Button onClick={() => setOpen(true)}>
            <FormattedMessage id="app.leaveSite.submit" defaultMessage="Leave site" />
          </Button>
        }
      />
      <LeaveSiteDialog site={site} open={open} onClose={() => setOpen(false)} />
    </Card>
  );
}

function DangerZone({ site }: { site: Site }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <Card tone="danger" className="card--header-only" aria-labelledby="danger-title">
      <CardHeader
        id="danger-title"
        title={intl.formatMessage({
          id: "app.siteSettings.deleteTitle",
          defaultMessage: "Delete this site",
        })}
        description={intl.formatMessage({
          id: "app.siteSettings.deleteText",
          defaultMessage:
            "The storefront goes offline at once. You can restore it from your dashboard for 30 days.",
        })}
        actions={
          <Button variant="danger" onClick={() => setOpen(true)}>
            <FormattedMessage id="app.deleteSite.submit" defaultMessage="Delete site" />
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
  const intl = useIntl();
  return (
    <div className="page page--narrow">
      <LoadingRegion
        label={intl.formatMessage({
          id: "app.siteSettings.loading",
          defaultMessage: "Loading site settings",
        })}
      >
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
