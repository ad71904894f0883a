import type { z } from "zod";
import { audit } from "../../audit.ts";
import { verifyPassword } from "../../auth/passwords.ts";
import { createSession, setSessionCookie } from "../../auth/sessions.ts";
import { retryAfterSeconds, waitInWords } from "../../limits/rate-limits.ts";
import type { Context } from "../../trpc.ts";
import { publicUser } from "./account.ts";
import type { ZLoginInput } from "./auth.schema.ts";
import { DomainError, said } from "../../errors.ts";

export async function loginHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: z.infer<typeof ZLoginInput>;
}) {
  const { deps } = ctx;
  const throttle = deps.throttles.login;
  // Counted before argon2 runs, so a burst gets no more guesses than attempts one by one.
  const wait = await throttle.reserve(input.email, ctx.ip);
  if (wait > 0) {
    ctx.res.header("retry-after", String(retryAfterSeconds(wait)));
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      said(
        "app.error.tooManyAttempts",
        `Too many failed attempts. Try again in ${waitInWords(wait)}.`,
        { seconds: retryAfterSeconds(wait) },
      ),
    );
  }

  const user = await deps.db.prisma.user.findUnique({ where: { email: input.email } });
  // Runs argon2 even for an unknown email, so both failures take the same time and say the same.
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok) {
    await audit(deps, { action: "user.login_failed", target: input.email, ip: ctx.ip });
    throw new DomainError(
      "UNAUTHORIZED",
      said("app.error.wrongCredentials", "Email or password is incorrect."),
    );
  }

  await throttle.succeeded(input.email, ctx.ip);
  const session = await createSession(deps, user.id, {
    userAgent: ctx.req.headers["user-agent"],
    ip: ctx.ip,
  });
  setSessionCookie(ctx.res, deps, session.token, session.expiresAt);
  await audit(deps, { action: "user.logged_in", actorId: user.id, target: user.id, ip: ctx.ip });
  return { user: publicUser(user) };
}
