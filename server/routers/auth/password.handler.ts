import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { audit } from "../../audit.ts";
import { hashPassword, passwordProblem, verifyPassword } from "../../auth/passwords.ts";
import { revokeSessions } from "../../auth/sessions.ts";
import { hashToken, newToken } from "../../auth/tokens.ts";
import type { Context } from "../../trpc.ts";
import type {
  ZChangePasswordInput,
  ZCompletePasswordResetInput,
  ZRequestPasswordResetInput,
} from "./schemas.ts";

const RESET_TTL_MS = 60 * 60 * 1000;
/** One reset mail per account per minute, so the form cannot be used to flood an inbox. */
const RESET_MIN_INTERVAL_MS = 60 * 1000;

function refuseWeak(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) {
    throw new TRPCError({ code: "BAD_REQUEST", message: problem });
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
    throw new TRPCError({ code: "BAD_REQUEST", message: "Your current password is incorrect." });
  }
  refuseWeak(input.newPassword, user.email);
  await deps.db.prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(input.newPassword), passwordChangedAt: deps.now() },
  });
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

export async function requestPasswordResetHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: z.infer<typeof ZRequestPasswordResetInput>;
}) {
  const { deps } = ctx;
  const user = await deps.db.prisma.user.findUnique({ where: { email: input.email } });
  // The answer is the same whether or not the account exists.
  if (!user) return { ok: true as const };
  const now = deps.now();
  const recent = await deps.db.prisma.passwordResetToken.findFirst({
    where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - RESET_MIN_INTERVAL_MS) } },
  });
  if (recent) return { ok: true as const };

  const token = newToken();
  await deps.db.prisma.passwordResetToken.create({
    data: {
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + RESET_TTL_MS),
    },
  });
  const link = `${deps.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await deps.mailer.send({
    to: user.email,
    subject: "Reset your Pegasus password",
    text: `Hi ${user.name},\n\nSomeone (hopefully you) asked to reset the password of your Pegasus account.\nChoose a new password here within the next hour:\n\n${link}\n\nIf you did not ask for this, ignore this mail: your password stays as it is.\n`,
  });
  await audit(deps, {
    action: "user.password_reset_requested",
    actorId: user.id,
    target: user.id,
    ip: ctx.ip,
  });
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
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This reset link is invalid or has expired. Ask for a new one.",
    });
  }
  refuseWeak(input.newPassword, reset.user.email);
  const passwordHash = await hashPassword(input.newPassword);
  const claimed = await deps.db.prisma.$transaction(async (tx) => {
    // Single use even when the link is opened twice at once.
    const { count } = await tx.passwordResetToken.updateMany({
      where: { id: reset.id, usedAt: null },
      data: { usedAt: now },
    });
    if (count === 0) return false;
    await tx.user.update({
      where: { id: reset.userId },
      data: { passwordHash, passwordChangedAt: now },
    });
    return true;
  });
  if (!claimed) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "This reset link was already used." });
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
