import type { z } from "zod";
import { audit } from "../../audit.ts";
import type { SessionUser } from "../../auth/sessions.ts";
import { hashToken, newToken } from "../../auth/tokens.ts";
import type { SiteRole } from "../../db/generated/enums.ts";
import { can } from "../../../domain/permissions.ts";
import type { Context } from "../../trpc.ts";
import type {
  ZAcceptInvitationInput,
  ZChangeRoleInput,
  ZInvitationRef,
  ZInviteInput,
  ZUserRef,
} from "./members.schema.ts";
import { conflict, forbidden, notFound, said } from "../../errors.ts";

type AuthedContext = Context & { user: SessionUser };
type SiteContext = AuthedContext & { site: { id: string; name: string }; role: SiteRole };

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Only owners hand out or take away ownership; admins manage everyone below owner. */
function assertMayAssign(actor: SiteRole, role: SiteRole): void {
  if (role === "owner" && !can(actor, "members.manageOwners")) {
    throw forbidden(
      said("app.error.onlyOwnerMakesOwner", "Only an owner can make someone an owner."),
    );
  }
}

function assertMayManage(actor: SiteRole, target: SiteRole): void {
  if (target === "owner" && !can(actor, "members.manageOwners")) {
    throw forbidden(
      said("app.error.onlyOwnerChangesOwner", "Only an owner can change another owner."),
    );
  }
  if (!can(actor, "members.changeRole")) {
    throw forbidden(
      said("app.error.onlyAdminsManageMembers", "Only owners and admins manage members."),
    );
  }
}

async function memberOrThrow(ctx: SiteContext, userId: string) {
  const member = await ctx.deps.db.prisma.siteMember.findUnique({
    where: { siteId_userId: { siteId: ctx.site.id, userId } },
  });
  if (!member)
    throw notFound(said("app.error.notAMember", "This person is not a member of the site."));
  return member;
}

async function assertAnotherOwner(
  ctx: SiteContext,
  userId: string,
  message: string,
): Promise<void> {
  const owners = await ctx.deps.db.prisma.siteMember.count({
    where: { siteId: ctx.site.id, role: "owner", userId: { not: userId } },
  });
  if (owners === 0) throw conflict(message);
}

export async function listMembersHandler({ ctx }: { ctx: SiteContext }) {
  const members = await ctx.deps.db.prisma.siteMember.findMany({
    where: { siteId: ctx.site.id },
    include: { user: { select: { id: true, email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return {
    members: members.map((m) => ({
      userId: m.userId,
      email: m.user.email,
      name: m.user.name,
      role: m.role,
      since: m.createdAt.toISOString(),
    })),
  };
}

export async function inviteHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZInviteInput>;
}) {
  const { deps } = ctx;
  assertMayAssign(ctx.role, input.role);
  const existing = await deps.db.prisma.siteMember.findFirst({
    where: { siteId: ctx.site.id, user: { email: input.email } },
  });
  if (existing) {
    throw conflict(
      said("app.error.alreadyMember", `${input.email} is already a member of this site.`, {
        email: input.email,
      }),
    );
  }
  const token = newToken();
  const invitation = await deps.db.prisma.$transaction(async (tx) => {
    // A new invitation replaces any open one for the same address.
    await tx.invitation.deleteMany({
      where: { siteId: ctx.site.id, email: input.email, acceptedAt: null },
    });
    const created = await tx.invitation.create({
      data: {
        siteId: ctx.site.id,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: ctx.user.id,
        expiresAt: new Date(deps.now().getTime() + INVITATION_TTL_MS),
      },
    });
    await audit(
      deps,
      {
        action: "member.invited",
        actorId: ctx.user.id,
        siteId: ctx.site.id,
        target: input.email,
        ip: ctx.ip,
        data: { role: input.role },
      },
      tx,
    );
    return created;
  });
  const path = `/invitations/accept?token=${encodeURIComponent(token)}`;
  // The mail names PUBLIC_URL (it is read elsewhere, later); the inviter gets the link on the
  // address they are using too, to hand over themselves (the only time it is shown).
  await deps.mailer.send({
    to: input.email,
    subject: `${ctx.user.name} invited you to edit “${ctx.site.name}” on Pegasus`,
    text: `${ctx.user.name} (${ctx.user.email}) invited you to join “${ctx.site.name}” as ${input.role}.\n\nAccept the invitation within 7 days:\n\n${deps.config.publicUrl}${path}\n`,
  });
  return { invitation: publicInvitation(invitation), url: `${ctx.appOrigin}${path}` };
}

function publicInvitation(invitation: {
  id: string;
  email: string;
  role: SiteRole;
  expiresAt: Date;
  createdAt: Date;
}) {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}

export async function listInvitationsHandler({ ctx }: { ctx: SiteContext }) {
  const invitations = await ctx.deps.db.prisma.invitation.findMany({
    where: { siteId: ctx.site.id, acceptedAt: null, expiresAt: { gt: ctx.deps.now() } },
    orderBy: { createdAt: "desc" },
  });
  return { invitations: invitations.map(publicInvitation) };
}

export async function revokeInvitationHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZInvitationRef>;
}) {
  const { count } = await ctx.deps.db.prisma.invitation.deleteMany({
    where: { id: input.invitationId, siteId: ctx.site.id, acceptedAt: null },
  });
  if (count === 0) throw notFound(said("app.error.noSuchInvitation", "No such open invitation."));
  await audit(ctx.deps, {
    action: "member.invitation_revoked",
    actorId: ctx.user.id,
    siteId: ctx.site.id,
    target: input.invitationId,
    ip: ctx.ip,
  });
  return { ok: true as const };
}

export async function acceptInvitationHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof ZAcceptInvitationInput>;
}) {
  const { deps } = ctx;
  const invitation = await deps.db.prisma.invitation.findUnique({
    where: { tokenHash: hashToken(input.token) },
    include: { site: true },
  });
  if (
    !invitation ||
    invitation.acceptedAt ||
    invitation.expiresAt <= deps.now() ||
    invitation.site.deletedAt
  ) {
    throw notFound(
      said(
        "app.error.invitationInvalid",
        "This invitation is invalid or has expired. Ask for a new one.",
      ),
    );
  }
  if (invitation.email !== ctx.user.email) {
    throw forbidden(
      said(
        "app.error.invitationForOther",
        `This invitation was sent to ${invitation.email}. Log in with that address to accept it.`,
        { email: invitation.email },
      ),
    );
  }
  await deps.db.prisma.$transaction(async (tx) => {
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: deps.now() } });
    await tx.siteMember.upsert({
      where: { siteId_userId: { siteId: invitation.siteId, userId: ctx.user.id } },
      create: { siteId: invitation.siteId, userId: ctx.user.id, role: invitation.role },
      update: {},
    });
    await audit(
      deps,
      {
        action: "member.joined",
        actorId: ctx.user.id,
        siteId: invitation.siteId,
        target: ctx.user.id,
        ip: ctx.ip,
        data: { role: invitation.role },
      },
      tx,
    );
  });
  return { siteId: invitation.siteId };
}

export async function changeRoleHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZChangeRoleInput>;
}) {
  const member = await memberOrThrow(ctx, input.userId);
  assertMayManage(ctx.role, member.role);
  assertMayAssign(ctx.role, input.role);
  if (member.role === "owner" && input.role !== "owner") {
    await assertAnotherOwner(
      ctx,
      input.userId,
      "A site needs at least one owner. Make someone else an owner first.",
    );
  }
  await ctx.deps.db.prisma.$transaction(async (tx) => {
    await tx.siteMember.update({
      where: { siteId_userId: { siteId: ctx.site.id, userId: input.userId } },
      data: { role: input.role },
    });
    await audit(
      ctx.deps,
      {
        action: "member.role_changed",
        actorId: ctx.user.id,
        siteId: ctx.site.id,
        target: input.userId,
        ip: ctx.ip,
        data: { from: member.role, to: input.role },
      },
      tx,
    );
  });
  ctx.deps.events.emit("member.roleChanged", {
    siteId: ctx.site.id,
    userId: input.userId,
    role: input.role,
  });
  return { ok: true as const };
}

export async function removeMemberHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZUserRef>;
}) {
  const member = await memberOrThrow(ctx, input.userId);
  assertMayManage(ctx.role, member.role);
  if (member.role === "owner") {
    await assertAnotherOwner(
      ctx,
      input.userId,
      "A site needs at least one owner. Make someone else an owner first.",
    );
  }
  await removeMembership(ctx, input.userId, "member.removed");
  return { ok: true as const };
}

export async function leaveSiteHandler({ ctx }: { ctx: SiteContext }) {
  if (ctx.role === "owner") {
    await assertAnotherOwner(
      ctx,
      ctx.user.id,
      "You are the last owner. Make someone else an owner before you leave.",
    );
  }
  await removeMembership(ctx, ctx.user.id, "member.left");
  return { ok: true as const };
}

async function removeMembership(ctx: SiteContext, userId: string, action: string): Promise<void> {
  await ctx.deps.db.prisma.$transaction(async (tx) => {
    await tx.siteMember.delete({ where: { siteId_userId: { siteId: ctx.site.id, userId } } });
    await audit(
      ctx.deps,
      { action, actorId: ctx.user.id, siteId: ctx.site.id, target: userId, ip: ctx.ip },
      tx,
    );
  });
  // Live editing connections of the removed person are closed by the collab server.
  ctx.deps.events.emit("member.removed", { siteId: ctx.site.id, userId });
}
