import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { toProblem } from "../api/errors.ts";
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
import {
  assignableRoles,
  mayManageMember,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  roleWithArticle,
} from "./roles.ts";

/**
 * The team of a site. Everyone sees who is on it; owners and admins also get role pickers,
 * remove buttons, the invite form and the open invitations.
 */
export function MembersSection({ site, currentUserId }: { site: Site; currentUserId: string }) {
  const trpc = useTRPC();
  const members = useQuery(trpc.members.list.queryOptions({ siteId: site.id }));
  const manages = can(site.role, "members.invite");

  return (
    <Card aria-labelledby="team-title">
      <CardHeader
        id="team-title"
        title="Team"
        description={
          manages
            ? "Invite people to build the store with you and choose what each of them may do."
            : `You are ${roleWithArticle(site.role)} of this site. Owners and admins manage the team.`
        }
      />
      {manages ? (
        <CardBody>
          <InviteForm siteId={site.id} actorRole={site.role} />
        </CardBody>
      ) : null}
      <CardBody flush>
        {members.isPending ? (
          <LoadingRegion label="Loading the team" className="member-list">
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
            <Notice tone="danger" title="We could not load the team">
              {toProblem(members.error).message}
            </Notice>
          </div>
        ) : (
          <ul role="list" className="member-list" aria-label="Members">
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
  const manageable = !isYou && mayManageMember(site.role, member.role);

  const changeRole = useMutation(
    trpc.members.changeRole.mutationOptions({
      onSuccess: async (_result, { role }) => {
        await queryClient.invalidateQueries({
          queryKey: trpc.members.list.queryKey({ siteId: site.id }),
        });
        toast.show({ title: `${member.name} is now ${roleWithArticle(role)}` });
      },
      onError: (error) =>
        toast.show({
          title: "Could not change the role",
          description: toProblem(error).message,
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
          {isYou ? <Badge tone="brand">You</Badge> : null}
        </p>
        <p className="member-row__email">{member.email}</p>
      </div>
      <div className="member-row__controls">
        {manageable ? (
          <Select
            label={`Role of ${member.name}`}
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
                {ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        ) : (
          <span className="member-row__role" title={ROLE_DESCRIPTIONS[member.role]}>
            {ROLE_LABELS[member.role]}
          </span>
        )}
        {manageable ? (
          <Button
            variant="danger-ghost"
            size="sm"
            onClick={() => setDialog("remove")}
            aria-label={`Remove ${member.name}`}
          >
            Remove
          </Button>
        ) : isYou ? (
          <Button variant="ghost" size="sm" onClick={() => setDialog("leave")}>
            Leave
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
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({
          queryKey: trpc.members.list.queryKey({ siteId: site.id }),
        });
        onClose();
        toast.show({ title: `${member.name} was removed from the site` });
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
      title={`Remove ${member.name}?`}
      description={`${member.name} (${member.email}) loses access to “${site.name}” right away, including any open editor. You can invite them again later.`}
    >
      <DialogBody>
        <FormError message={remove.error ? toProblem(remove.error).message : null} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={close} disabled={remove.isPending}>
          Cancel
        </Button>
        <Button
          variant="danger"
          loading={remove.isPending}
          onClick={() => remove.mutate({ siteId: site.id, userId: member.userId })}
        >
          Remove
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
  const leave = useMutation(
    trpc.members.leave.mutationOptions({
      onSuccess: async () => {
        await navigate("/", { replace: true });
        await queryClient.invalidateQueries({ queryKey: trpc.sites.pathKey() });
        queryClient.removeQueries({ queryKey: trpc.members.pathKey() });
        toast.show({ title: `You left “${site.name}”` });
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
      title={`Leave “${site.name}”?`}
      description="You lose access to the site and its editor. To come back, someone on the team has to invite you again."
    >
      <DialogBody>
        <FormError message={leave.error ? toProblem(leave.error).message : null} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={close} disabled={leave.isPending}>
          Stay
        </Button>
        <Button
          variant="danger"
          loading={leave.isPending}
          onClick={() => leave.mutate({ siteId: site.id })}
        >
          Leave site
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
