import { audit } from "../audit.ts";
import type { Prisma } from "../db/client.ts";
import type { AppDeps } from "../deps.ts";
import { hashToken, newToken } from "./tokens.ts";

export const RESET_TTL_MS = 60 * 60 * 1000;
/** One reset mail per account per minute, so the form cannot be used to flood an inbox. */
const RESET_MIN_INTERVAL_MS = 60 * 1000;

type ResetDeps = Pick<AppDeps, "db" | "mailer" | "config" | "now">;

/**
 * Mails a reset link to the account of `email`, if there is one. Run in the background
 * (`deps.background`): the form's answer is sent before any of this, so how long it takes does
 * not tell whether the account exists.
 */
export async function mailResetLink(deps: ResetDeps, email: string, ip: string): Promise<void> {
  const user = await deps.db.prisma.user.findUnique({ where: { email } });
  if (!user) return;
  const now = deps.now();
  const recent = await deps.db.prisma.passwordResetToken.findFirst({
    where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - RESET_MIN_INTERVAL_MS) } },
  });
  if (recent) return;

  const token = newToken();
  await deps.db.prisma.passwordResetToken.create({
    data: {
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
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
    ip,
  });
}

/**
 * Holds the account's row until the transaction ends: password changes of one account take turns,
 * so two reset links used at once cannot both set a password (or deadlock voiding each other).
 */
export async function lockAccount(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
}

/**
 * Sets a new password hash and voids every reset link still open for the account: a link mailed
 * before the password changed (by a change or another reset) must not undo it. The account's row
 * is written first, so this takes the same lock `lockAccount` does, in the same order.
 */
export async function setPassword(
  tx: Prisma.TransactionClient,
  userId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: now } });
  await tx.passwordResetToken.updateMany({
    where: { userId, usedAt: null },
    data: { usedAt: now },
  });
}
