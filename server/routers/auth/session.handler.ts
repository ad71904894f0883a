import type { z } from "zod";
import { audit } from "../../audit.ts";
import { verifyPassword } from "../../auth/passwords.ts";
import { clearSessionCookie, revokeSessions, type SessionUser } from "../../auth/sessions.ts";
import type { Context } from "../../trpc.ts";
import { publicUser } from "./account.ts";
import type { ZDeleteAccountInput, ZSetLocaleInput } from "./auth.schema.ts";
import { DomainError, said } from "../../errors.ts";

type AuthedContext = Context & { user: SessionUser; sessionId: string };

export async function logoutHandler({ ctx }: { ctx: AuthedContext }) {
  await revokeSessions(ctx.deps, ctx.user.id, { only: ctx.sessionId });
  clearSessionCookie(ctx.res, ctx.deps);
  return { ok: true as const };
}

export function meHandler({ ctx }: { ctx: AuthedContext }) {
  return { user: publicUser(ctx.user) };
}

/** Sets the app's language of the account (null: follow the browser); answers the user as `me`. */
export async function setLocaleHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof ZSetLocaleInput>;
}) {
  await ctx.deps.db.prisma.user.update({
    where: { id: ctx.user.id },
    data: { locale: input.locale },
  });
  return { user: publicUser({ ...ctx.user, locale: input.locale }) };
}

/**
 * Deletes the account. Sites the person is the only member of go with it (soft-deleted, so they
 * can still be restored by support for 30 days); a site shared with others needs another owner
 * first, or its team would be locked out.
 */
export async function deleteAccountHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof ZDeleteAccountInput>;
}) {
  const { deps } = ctx;
  const prisma = deps.db.prisma;
  const user = await prisma.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new DomainError(
      "BAD_REQUEST",
      said("app.error.wrongPassword", "Your password is incorrect."),
    );
  }

  const owned = await prisma.siteMember.findMany({
    where: { userId: user.id, role: "owner", site: { deletedAt: null } },
    include: { site: { include: { members: { select: { userId: true, role: true } } } } },
  });
  const blocking = owned.filter(
    ({ site }) =>
      site.members.length > 1 &&
      !site.members.some((m) => m.userId !== user.id && m.role === "owner"),
  );
  if (blocking.length > 0) {
    const sites = blocking.map((m) => `“${m.site.name}”`).join(", ");
    throw new DomainError(
      "CONFLICT",
      said(
        "app.error.lastOwner",
        `Make someone else an owner of ${sites} before deleting your account.`,
        { sites },
      ),
    );
  }
  const soleSites = owned.filter(({ site }) => site.members.length === 1).map((m) => m.siteId);

  await prisma.$transaction(async (tx) => {
    await tx.site.updateMany({ where: { id: { in: soleSites } }, data: { deletedAt: deps.now() } });
    await tx.user.delete({ where: { id: user.id } });
    await audit(
      deps,
      {
        action: "user.deleted",
        actorId: user.id,
        target: user.id,
        ip: ctx.ip,
        data: { sites: soleSites },
      },
      tx,
    );
  });
  deps.events.emit("sessions.revoked", { userId: user.id, sessionIds: [ctx.sessionId] });
  for (const siteId of soleSites) deps.events.emit("site.deleted", { siteId });
  clearSessionCookie(ctx.res, deps);
  return { ok: true as const };
}
