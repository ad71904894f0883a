import type { z } from "zod";
import { audit } from "../../audit.ts";
import { hashPassword, passwordProblem, verifyPassword } from "../../auth/passwords.ts";
import { lockAccount, mailResetLink, setPassword } from "../../auth/password-reset.ts";
import { revokeSessions } from "../../auth/sessions.ts";
import { hashToken } from "../../auth/tokens.ts";
import type { Context } from "../../trpc.ts";
import type {
  ZChangePasswordInput,
  ZCompletePasswordResetInput,
  ZRequestPasswordResetInput,
} from "./auth.schema.ts";
import { DomainError, said } from "../../errors.ts";

function refuseWeak(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) {
    throw new DomainError("BAD_REQUEST", problem);
  }
}

export async function changePasswordHandler({
  ctx,
  input,
}: {
  ctx: Context & { user: { id: string; email: string }; sessionId: string };
  input: z.infer<typeof ZChangePasswordInput>;
}) {
  const { deps } = ctx;
  const user = await deps.db.prisma.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError(
      "BAD_REQUEST",
      said("app.error.wrongCurrentPassword", "Your current password is incorrect."),
    );
  }
  refuseWeak(input.newPassword, user.email);
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.prisma.$transaction((tx) => setPassword(tx, user.id, passwordHash, deps.now()));
  // Anyone else holding a session (a stolen cookie, an old laptop) is logged out.
  await revokeSessions(deps, user.id, { except: ctx.sessionId });
  await audit(deps, {
    action: "user.password_changed",
    actorId: user.id,
    target: user.id,
    ip: ctx.ip,
  });
  return { ok: true as const };
}

export function requestPasswordResetHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: z.infer<typeof ZRequestPasswordResetInput>;
}) {
  // The same answer, as fast, whether or not the account exists: the lookup and the mail happen
  // after it is sent.
  ctx.deps.background.run(
    "password reset mail",
    () => mailResetLink(ctx.deps, input.email, ctx.ip),
    ctx.res,
  );
  return { ok: true as const };
}

export async function completePasswordResetHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: z.infer<typeof ZCompletePasswordResetInput>;
}) {
  const { deps } = ctx;
  const now = deps.now();
  const reset = await deps.db.prisma.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(input.token) },
    include: { user: true },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= now) {
    throw new DomainError(
      "BAD_REQUEST",
      said(
        "app.error.resetLinkInvalid",
        "This reset link is invalid or has expired. Ask for a new one.",
      ),
    );
  }
  refuseWeak(input.newPassword, reset.user.email);
  const passwordHash = await hashPassword(input.newPassword);
  const claimed = await deps.db.prisma.$transaction(async (tx) => {
    // Single use even when the link is opened twice at once; and of two links used at once, the
    // second finds itself voided by the first.
    await lockAccount(tx, reset.userId);
    const { count } = await tx.passwordResetToken.updateMany({
      where: { id: reset.id, usedAt: null },
      data: { usedAt: now },
    });
    if (count === 0) return false;
    await setPassword(tx, reset.userId, passwordHash, now);
    return true;
  });
  if (!claimed) {
    throw new DomainError(
      "BAD_REQUEST",
      said("app.error.resetLinkUsed", "This reset link was already used."),
    );
  }
  await revokeSessions(deps, reset.userId);
  await audit(deps, {
    action: "user.password_reset",
    actorId: reset.userId,
    target: reset.userId,
    ip: ctx.ip,
  });
  return { ok: true as const };
}
