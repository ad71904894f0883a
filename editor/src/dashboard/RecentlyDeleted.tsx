import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FormattedMessage, useIntl } from "react-intl";
import { useErrorMessage } from "../api/problemWords.ts";
import { useTRPC } from "../api/trpc.ts";
import type { Site } from "../api/types.ts";
import { useTime } from "../lib/time.ts";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardHeader } from "../ui/Card.tsx";
import { RestoreIcon } from "../ui/icons.tsx";
import { useToast } from "../ui/Toast.tsx";
import { siteMessages } from "../sites/SiteDialogs.tsx";

const RESTORE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** Sites the merchant deleted in the last 30 days, each with a way back. */
export function RecentlyDeleted({ sites }: { sites: Site[] }) {
  const intl = useIntl();
  if (sites.length === 0) return null;
  return (
    <Card className="recently-deleted" aria-labelledby="recently-deleted-title">
      <CardHeader
        id="recently-deleted-title"
        title={intl.formatMessage({
          id: "app.recentlyDeleted.title",
          defaultMessage: "Recently deleted",
        })}
        description={intl.formatMessage({
          id: "app.recentlyDeleted.description",
          defaultMessage:
            "Deleted sites stay restorable for 30 days, then they are removed for good.",
        })}
      />
      <CardBody flush>
        <ul role="list" className="deleted-list">
          {sites.map((site) => (
            <DeletedSiteRow key={site.id} site={site} />
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}

function DeletedSiteRow({ site }: { site: Site }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const intl = useIntl();
  const errorMessage = useErrorMessage();
  const { timeFrom, formatDate } = useTime();
  const restore = useMutation(
    trpc.sites.restore.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
        toast.show({
          title: intl.formatMessage(siteMessages.restored, { name: site.name }),
          description: intl.formatMessage(
            { id: "app.recentlyDeleted.liveAgain", defaultMessage: "Live again at {address}" },
            { address: `/s/${site.slug}/` },
          ),
        });
      },
      onError: (error) =>
        toast.show({
          title: intl.formatMessage(siteMessages.restoreFailed),
          description: errorMessage(error),
          tone: "danger",
        }),
    }),
  );
  const deletedAt = site.deletedAt ?? site.updatedAt;
  const purgeAt = new Date(new Date(deletedAt).getTime() + RESTORE_WINDOW_MS);
  return (
    <li className="deleted-list__row">
      <div className="deleted-list__text">
        <p className="deleted-list__name">{site.name}</p>
        <p className="deleted-list__meta">
          <FormattedMessage
            id="app.recentlyDeleted.meta"
            defaultMessage="{address} · Deleted {when} · Restorable until {date}"
            values={{
              address: `/s/${site.slug}/`,
              when: timeFrom(deletedAt),
              date: formatDate(purgeAt),
            }}
          />
        </p>
      </div>
      <Button
        size="sm"
        icon={<RestoreIcon size={14} />}
        loading={restore.isPending}
        onClick={() => restore.mutate({ siteId: site.id })}
        aria-label={intl.formatMessage(
          { id: "app.recentlyDeleted.restoreLabel", defaultMessage: "Restore {name}" },
          { name: site.name },
        )}
      >
        <FormattedMessage id="app.recentlyDeleted.restore" defaultMessage="Restore" />
      </Button>
    </li>
  );
}
