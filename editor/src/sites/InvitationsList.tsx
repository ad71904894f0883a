import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FormattedMessage, useIntl } from "react-intl";
import { useErrorMessage } from "../api/problemWords.ts";
import { useTRPC } from "../api/trpc.ts";
import type { Invitation } from "../api/types.ts";
import { useTime } from "../lib/time.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { MailIcon } from "../ui/icons.tsx";
import { useToast } from "../ui/Toast.tsx";
import { useRoleWords } from "./roles.ts";

/** Invitations sent but not accepted yet, each revocable. Nothing shows when there are none. */
export function InvitationsList({ siteId }: { siteId: string }) {
  const trpc = useTRPC();
  const invitations = useQuery(trpc.members.listInvitations.queryOptions({ siteId }));
  const list = invitations.data?.invitations ?? [];
  if (list.length === 0) return null;
  return (
    <div className="invitations">
      <h3 className="invitations__title" id="invitations-title">
        <FormattedMessage id="app.invitations.title" defaultMessage="Pending invitations" />
      </h3>
      <ul role="list" className="member-list" aria-labelledby="invitations-title">
        {list.map((invitation) => (
          <InvitationRow key={invitation.id} siteId={siteId} invitation={invitation} />
        ))}
      </ul>
    </div>
  );
}

function InvitationRow({ siteId, invitation }: { siteId: string; invitation: Invitation }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const intl = useIntl();
  const errorMessage = useErrorMessage();
  const roles = useRoleWords();
  const { timeFrom } = useTime();
  const revoke = useMutation(
    trpc.members.revokeInvitation.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({
          queryKey: trpc.members.listInvitations.queryKey({ siteId }),
        });
        toast.show({
          title: intl.formatMessage(
            { id: "app.invitations.revoked", defaultMessage: "Invitation to {email} revoked" },
            { email: invitation.email },
          ),
        });
      },
      onError: (error) =>
        toast.show({
          title: intl.formatMessage({
            id: "app.invitations.revokeFailed",
            defaultMessage: "Could not revoke the invitation",
          }),
          description: errorMessage(error),
          tone: "danger",
        }),
    }),
  );
  return (
    <li className="member-row">
      <span className="member-row__pending-icon" aria-hidden="true">
        <MailIcon />
      </span>
      <div className="member-row__who">
        <p className="member-row__name">{invitation.email}</p>
        <p className="member-row__email">
          <FormattedMessage
            id="app.invitations.when"
            defaultMessage="Invited {sent} · expires {expires}"
            values={{
              sent: timeFrom(invitation.createdAt),
              expires: timeFrom(invitation.expiresAt),
            }}
          />
        </p>
      </div>
      <div className="member-row__controls">
        <Badge>{roles.label(invitation.role)}</Badge>
        <Button
          variant="ghost"
          size="sm"
          loading={revoke.isPending}
          onClick={() => revoke.mutate({ siteId, invitationId: invitation.id })}
          aria-label={intl.formatMessage(
            {
              id: "app.invitations.revokeLabel",
              defaultMessage: "Revoke the invitation to {email}",
            },
            { email: invitation.email },
          )}
        >
          <FormattedMessage id="app.invitations.revoke" defaultMessage="Revoke" />
        </Button>
      </div>
    </li>
  );
}
