import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useNavigate } from "react-router";
import { useErrorMessage } from "../api/problemWords.ts";
import { useTRPC } from "../api/trpc.ts";
import type { Member, Role, Site } from "../api/types.ts";
import { Avatar } from "../ui/Avatar.tsx";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardHeader } from "../ui/Card.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { Select } from "../ui/Field.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { LoadingRegion, Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";
import { InvitationsList } from "./InvitationsList.tsx";
import { InviteForm } from "./InviteForm.tsx";
import { can } from "../../../domain/permissions.ts";
import { assignableRoles, mayManageMember, useRoleWords } from "./roles.ts";

/**
 * The team of a site. Everyone sees who is on it; owners and admins also get role pickers,
 * remove buttons, the invite form and the open invitations.
 */
export function MembersSection({ site, currentUserId }: { site: Site; currentUserId: string }) {
  const trpc = useTRPC();
  const members = useQuery(trpc.members.list.queryOptions({ siteId: site.id }));
  const manages = can(site.role, "members.invite");
  const intl = useIntl();
  const errorMessage = useErrorMessage();

  return (
    <Card aria-labelledby="team-title">
      <CardHeader
        id="team-title"
        title={intl.formatMessage({ id: "app.members.title", defaultMessage: "Team" })}
        description={
          manages
            ? intl.formatMessage({
                id: "app.members.manageHint",
                defaultMessage:
                  "Invite people to build the store with you and choose what each of them may do.",
              })
            : intl.formatMessage(
                {
                  id: "app.members.yourRole",
                  defaultMessage:
                    "You are {role, select, owner {an owner} admin {an admin} editor {an editor} other {a viewer}} of this site. Owners and admins manage the team.",
                },
                { role: site.role },
              )
        }
      />
      {manages ? (
        <CardBody>
          <InviteForm siteId={site.id} actorRole={site.role} />
        </CardBody>
      ) : null}
      <CardBody flush>
        {members.isPending ? (
          <LoadingRegion
            label={intl.formatMessage({
              id: "app.members.loading",
              defaultMessage: "Loading the team",
            })}
            className="member-list"
          >
            {[0, 1].map((index) => (
              <div key={index} className="member-row">
                <Skeleton width={36} height={36} radius={999} />
                <div className="member-row__who">
                  <Skeleton width={140} height={16} />
                  <Skeleton width={200} height={14} style={{ marginTop: 6 }} />
                </div>
                <Skeleton width={120} height={32} radius={6} />
              </div>
            ))}
          </LoadingRegion>
        ) : members.isError ? (
          <div className="member-list__error">
            <Notice
              tone="danger"
              title={intl.formatMessage({
                id: "app.members.loadFailed",
                defaultMessage: "We could not load the team",
              })}
            >
              {errorMessage(members.error)}
            </Notice>
          </div>
        ) : (
          <ul
            role="list"
            className="member-list"
            aria-label={intl.formatMessage({ id: "app.members.list", defaultMessage: "Members" })}
          >
            {members.data.members.map((member) => (
              <MemberRow
                key={member.userId}
                site={site}
                member={member}
                isYou={member.userId === currentUserId}
              />
            ))}
          </ul>
        )}
      </CardBody>
      {manages ? <InvitationsList siteId={site.id} /> : null}
    </Card>
  );
}

function MemberRow({ site, member, isYou }: { site: Site; member: Member; isYou: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [dialog, setDialog] = useState<"remove" | "leave" | null>(null);
  const intl = useIntl();
  const errorMessage = useErrorMessage();
  const roles = useRoleWords();
  const manageable = !isYou && mayManageMember(site.role, member.role);

  const changeRole = useMutation(
    trpc.members.changeRole.mutationOptions({
      onSuccess: async (_result, { role }) => {
        await queryClient.invalidateQueries({
          queryKey: trpc.members.list.queryKey({ siteId: site.id }),
        });
        toast.show({
          title: intl.formatMessage(
            {
              id: "app.members.roleChanged",
              defaultMessage:
                "{name} is now {role, select, owner {an owner} admin {an admin} editor {an editor} other {a viewer}}",
            },
            { name: member.name, role },
          ),
        });
      },
      onError: (error) =>
        toast.show({
          title: intl.formatMessage({
            id: "app.members.roleChangeFailed",
            defaultMessage: "Could not change the role",
          }),
          description: errorMessage(error),
          tone: "danger",
        }),
    }),
  );
  const shownRole: Role = changeRole.isPending ? changeRole.variables.role : member.role;

  return (
    <li className="member-row">
      <Avatar name={member.name} colorKey={member.userId} />
      <div className="member-row__who">
        <p className="member-row__name">
          {member.name}
          {isYou ? (
            <Badge tone="brand">
              <FormattedMessage id="app.members.you" defaultMessage="You" />
            </Badge>
          ) : null}
        </p>
        <p className="member-row__email">{member.email}</p>
      </div>
      <div className="member-row__controls">
        {manageable ? (
          <Select
            label={intl.formatMessage(
              { id: "app.members.roleOf", defaultMessage: "Role of {name}" },
              { name: member.name },
            )}
            labelHidden
            size="sm"
            value={shownRole}
            disabled={changeRole.isPending}
            onChange={(event) =>
              changeRole.mutate({
                siteId: site.id,
                userId: member.userId,
                role: event.target.value as Role,
              })
            }
          >
            {assignableRoles(site.role).map((role) => (
              <option key={role} value={role}>
                {roles.label(role)}
              </option>
            ))}
          </Select>
        ) : (
          <span className="member-row__role" title={roles.description(member.role)}>
            {roles.label(member.role)}
          </span>
        )}
        {manageable ? (
          <Button
            variant="danger-ghost"
            size="sm"
            onClick={() => setDialog("remove")}
            aria-label={intl.formatMessage(
              { id: "app.members.removeLabel", defaultMessage: "Remove {name}" },
              { name: member.name },
            )}
          >
            <FormattedMessage id="app.members.remove" defaultMessage="Remove" />
          </Button>
        ) : isYou ? (
          <Button variant="ghost" size="sm" onClick={() => setDialog("leave")}>
            <FormattedMessage id="app.members.leave" defaultMessage="Leave" />
          </Button>
        ) : (
          <span className="member-row__spacer" />
        )}
      </div>
      <RemoveMemberDialog
        site={site}
        member={member}
        open={dialog === "remove"}
        onClose={() => setDialog(null)}
      />
      <LeaveSiteDialog site={site} open={dialog === "leave"} onClose={() => setDialog(null)} />
    </li>
  );
}

function RemoveMemberDialog({
  site,
  member,
  open,
  onClose,
}: {
  site: Site;
  member: Member;
  open: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const intl = useIntl();
  const errorMessage = useErrorMessage();
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({
          queryKey: trpc.members.list.queryKey({ siteId: site.id }),
        });
        onClose();
        toast.show({
          title: intl.formatMessage(
            { id: "app.members.removed", defaultMessage: "{name} was removed from the site" },
            { name: member.name },
          ),
        });
      },
    }),
  );
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!remove.isPending}
      size="sm"
      title={intl.formatMessage(
        { id: "app.removeMember.title", defaultMessage: "Remove {name}?" },
        { name: member.name },
      )}
      description={intl.formatMessage(
        {
          id: "app.removeMember.text",
          defaultMessage:
            "{name} ({email}) loses access to “{site}” right away, including any open editor. You can invite them again later.",
        },
        { name: member.name, email: member.email, site: site.name },
      )}
    >
      <DialogBody>
        <FormError message={remove.error ? errorMessage(remove.error) : null} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={close} disabled={remove.isPending}>
          <FormattedMessage id="app.action.cancel" defaultMessage="Cancel" />
        </Button>
        <Button
          variant="danger"
          loading={remove.isPending}
          onClick={() => remove.mutate({ siteId: site.id, userId: member.userId })}
        >
          <FormattedMessage id="app.members.remove" defaultMessage="Remove" />
        </Button>
      </DialogFooter>
    </Dialog>
  );
}

export function LeaveSiteDialog({
  site,
  open,
  onClose,
}: {
  site: Site;
  open: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const intl = useIntl();
  const errorMessage = useErrorMessage();
  const leave = useMutation(
    trpc.members.leave.mutationOptions({
      onSuccess: async () => {
        await navigate("/", { replace: true });
        await queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
        queryClient.removeQueries({ queryKey: trpc.members.pathKey() });
        toast.show({
          title: intl.formatMessage(
            { id: "app.leaveSite.done", defaultMessage: "You left “{name}”" },
            { name: site.name },
          ),
        });
      },
    }),
  );
  const close = () => {
    leave.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!leave.isPending}
      size="sm"
      title={intl.formatMessage(
        { id: "app.leaveSite.title", defaultMessage: "Leave “{name}”?" },
        { name: site.name },
      )}
      description={intl.formatMessage({
        id: "app.leaveSite.text",
        defaultMessage:
          "You lose access to the site and its editor. To come back, someone on the team has to invite you again.",
      })}
    >
      <DialogBody>
        <FormError message={leave.error ? errorMessage(leave.error) : null} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={close} disabled={leave.isPending}>
          <FormattedMessage id="app.leaveSite.stay" defaultMessage="Stay" />
        </Button>
        <Button
          variant="danger"
          loading={leave.isPending}
          onClick={() => leave.mutate({ siteId: site.id })}
        >
          <FormattedMessage id="app.leaveSite.submit" defaultMessage="Leave site" />
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
