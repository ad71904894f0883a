import { randomUUID } from "node:crypto";
import { audit } from "../audit.ts";
import type { AppDeps } from "../deps.ts";
import { admit, type LimitRule } from "../limits/rate-limits.ts";
import type { SessionUser } from "./sessions.ts";

/** At most one "someone tried to register with your address" mail per account in 10 minutes. */
export const TAKEN_ADDRESS_NOTICE_RULE: LimitRule = {
  name: "register-taken-notice",
  points: 1,
  seconds: 10 * 60,
};

/**
 * What registering with an address that already has an account answers with: the shape of a new
 * account (a made-up id, the name and address given), so the answer does not tell whether the
 * address is taken. Nothing is stored; the owner hears of it by mail (`mailTakenAddressNotice`).
 */
export function standInAccount(
  input: { email: string; name: string; locale?: string | null },
  now: Date,
): SessionUser {
  return {
    id: randomUUID(),
    email: input.email,
    name: input.name,
    locale: input.locale ?? null,
    createdAt: now,
  };
}

/** An address no one has, for the rows a registration with a taken address writes and rolls back. */
export function standInAddress(): string {
  return `${randomUUID()}@registration.invalid`;
}

/**
 * Tells the owner of `email` that someone tried to open an account with it, and how to get back
 * in (and notes the attempt in the audit log). Run in the background (`deps.background`), so the registration answers as fast as a new
 * one; rate-limited per account, so the form cannot be used to flood an inbox.
 */
export async function mailTakenAddressNotice(
  deps: Pick<AppDeps, "db" | "mailer" | "config" | "throttles">,
  email: string,
  ip: string,
): Promise<void> {
  const user = await deps.db.prisma.user.findUnique({ where: { email } });
  if (!user) return;
  await audit(deps, { action: "user.registration_refused", target: user.id, ip });
  if (!(await admit(deps.throttles.takenAddressNotice, user.id)).allowed) return;
  const base = deps.config.publicUrl;
  await deps.mailer.send({
    to: user.email,
    subject: "Someone tried to create an account with your address",
    text:
      `Hi ${user.name},\n\n` +
      `Someone just tried to create a Pegasus account with this email address. ` +
      `You already have one, so nothing was created and nothing about your account changed.\n\n` +
      `If it was you, log in here:\n\n${base}/login\n\n` +
      `Forgot your password? Choose a new one here:\n\n${base}/forgot-password\n\n` +
      `If it was not you, you can ignore this mail.\n`,
  });
}
