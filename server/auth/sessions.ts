import type { FastifyReply } from "fastify";
import type { AppDeps } from "../deps.ts";
import { hashToken, newToken } from "./tokens.ts";

export const SESSION_COOKIE = "pegasus_session";
const DAY_MS = 24 * 60 * 60 * 1000;
/** Sliding expiry is written at most this often, so busy sessions do not write on every request. */
const REFRESH_EVERY_MS = 60 * 60 * 1000;

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  /** The app's language the person chose; null follows the browser. */
  locale: string | null;
  createdAt: Date;
};
export type ActiveSession = { id: string; user: SessionUser; expiresAt: Date };

/** When a session made now expires (unless it is used, which slides it). */
export function newSessionExpiry(deps: Pick<AppDeps, "config" | "now">): Date {
  return new Date(deps.now().getTime() + deps.config.sessionTtlDays * DAY_MS);
}

/** Starts a session; pass a transaction client when it must commit with other changes. */
export async function createSession(
  deps: AppDeps,
  userId: string,
  meta: { userAgent?: string; ip?: string },
  client: Pick<AppDeps["db"]["prisma"], "session"> = deps.db.prisma,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = newSessionExpiry(deps);
  await client.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 400),
      ip: meta.ip,
    },
  });
  return { token, expiresAt };
}

/** The live session for a cookie token, or null. Extends the expiry while the session is used. */
export async function findSession(
  deps: AppDeps,
  token: string | undefined,
): Promise<ActiveSession | null> {
  if (!token || token.length > 200) return null;
  // The hottest query of the API (every authenticated request): one join, straight to SQL.
  const [session] = await deps.db.sql.query<{
    id: string;
    expiresAt: Date;
    lastSeenAt: Date;
    userId: string;
    email: string;
    name: string;
    locale: string | null;
    userCreatedAt: Date;
  }>(
    // Prisma stores UTC in timestamp(3) columns; AT TIME ZONE 'UTC' reads them as such whatever
    // the process's time zone.
    `SELECT s."id", s."expiresAt" AT TIME ZONE 'UTC' AS "expiresAt", s."lastSeenAt" AT TIME ZONE 'UTC' AS "lastSeenAt",
            u."id" AS "userId", u."email", u."name", u."locale", u."createdAt" AT TIME ZONE 'UTC' AS "userCreatedAt"
       FROM "Session" s JOIN "User" u ON u."id" = s."userId"
      WHERE s."tokenHash" = $1`,
    [hashToken(token)],
  );
  const now = deps.now();
  if (!session) return null;
  if (session.expiresAt <= now) {
    await deps.db.prisma.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  const user = {
    id: session.userId,
    email: session.email,
    name: session.name,
    locale: session.locale,
    createdAt: session.userCreatedAt,
  };
  let expiresAt = session.expiresAt;
  if (now.getTime() - session.lastSeenAt.getTime() > REFRESH_EVERY_MS) {
    expiresAt = new Date(now.getTime() + deps.config.sessionTtlDays * DAY_MS);
    await deps.db.prisma.session.updateMany({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt },
    });
  }
  return { id: session.id, user, expiresAt };
}

export async function revokeSessions(
  deps: AppDeps,
  userId: string,
  filter: { only?: string; except?: string } = {},
): Promise<void> {
  const where = {
    userId,
    ...(filter.only ? { id: filter.only } : {}),
    ...(filter.except ? { id: { not: filter.except } } : {}),
  };
  const doomed = await deps.db.prisma.session.findMany({ where, select: { id: true } });
  if (doomed.length === 0) return;
  await deps.db.prisma.session.deleteMany({ where: { id: { in: doomed.map((s) => s.id) } } });
  deps.events.emit("sessions.revoked", { userId, sessionIds: doomed.map((s) => s.id) });
}

export function setSessionCookie(
  reply: FastifyReply,
  deps: AppDeps,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: isSecure(reply, deps),
    path: "/",
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, deps: AppDeps): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    secure: isSecure(reply, deps),
    path: "/",
  });
}

/** Secure cookies whenever the app is reached over https (directly or behind a trusted proxy). */
function isSecure(reply: FastifyReply, deps: AppDeps): boolean {
  return reply.request.protocol === "https" || deps.config.publicUrl.startsWith("https:");
}
