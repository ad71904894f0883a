import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { audit } from "../../audit.ts";
import { verifyPassword } from "../../auth/passwords.ts";
import { createSession, setSessionCookie } from "../../auth/sessions.ts";
import type { Context } from "../../trpc.ts";
import { publicUser } from "./account.ts";
import type { ZLoginInput } from "./schemas.ts";

export async function loginHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: z.infer<typeof ZLoginInput>;
}) {
  const { deps } = ctx;
  const { loginByAccount, loginByIp } = deps.throttles;
  const wait = Math.max(loginByAccount.retryAfterMs(input.email), loginByIp.retryAfterMs(ctx.ip));
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    ctx.res.header("retry-after", String(seconds));
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: `Too many failed attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
    });
  }

  const user = await deps.db.prisma.user.findUnique({ where: { email: input.email } });
  // Runs argon2 even for an unknown email, so both failures take the same time and say the same.
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok) {
    loginByAccount.recordFailure(input.email);
    loginByIp.recordFailure(ctx.ip);
    await audit(deps, { action: "user.login_failed", target: input.email, ip: ctx.ip });
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Email or password is incorrect." });
  }

  loginByAccount.recordSuccess(input.email);
  const session = await createSession(deps, user.id, {
    userAgent: ctx.req.headers["user-agent"],
    ip: ctx.ip,
  });
  setSessionCookie(ctx.res, deps, session.token, session.expiresAt);
  await audit(deps, { action: "user.logged_in", actorId: user.id, target: user.id, ip: ctx.ip });
  return { user: publicUser(user) };
}
