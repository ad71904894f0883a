/**
 * Who may open a site's collab document: a member of the (live) site, logged in with the session
 * cookie of the upgrade request, or holding a collab token (./tokens.ts) for that site. Roles the
 * permission table allows `collab.write` (editors and up) write; the others only look (read-only
 * connection). Everyone else is refused with the same answer, so non-members learn nothing.
 */
import fastifyCookie from "@fastify/cookie";
import { can } from "../../domain/permissions.ts";
import type { CollabAuthenticator, CollabIdentity } from "../../collab/server/index.ts";
import { findSession, SESSION_COOKIE } from "../auth/sessions.ts";
import type { SiteRole } from "../db/generated/enums.ts";
import type { AppDeps } from "../deps.ts";
import { readCollabToken, verifyCollabToken } from "./tokens.ts";

export function isReadOnlyRole(role: SiteRole): boolean {
  return !can(role, "collab.write");
}

export function collabAuthenticator(deps: () => AppDeps): CollabAuthenticator {
  return async ({ siteId, token, cookie, origin, host }) => {
    const app = deps();
    let person: { user: { id: string; name: string }; sessionId: string } | null;
    if (token) {
      person = await fromToken(app, token, siteId);
    } else {
      // A browser sends the cookie along from any page that opens a WebSocket to us; only our own
      // pages may use it (cross-site WebSocket hijacking). Other clients use a token.
      if (origin !== undefined && !sameSite(origin, host, app.config.publicUrl)) return null;
      const session = await findSession(app, fastifyCookie.parse(cookie ?? "")[SESSION_COOKIE]);
      person = session && {
        user: { id: session.user.id, name: session.user.name },
        sessionId: session.id,
      };
    }
    if (!person) return null;
    const role = await roleOn(app, siteId, person.user.id);
    if (!role) return null;
    return { ...person, role, readOnly: isReadOnlyRole(role) } satisfies CollabIdentity;
  };
}

async function fromToken(app: AppDeps, token: string, siteId: string) {
  const claims = readCollabToken(token);
  if (!claims || claims.siteId !== siteId) return null;
  const session = await app.db.prisma.session.findUnique({
    where: { id: claims.sessionId },
    include: { user: { select: { id: true, name: true } } },
  });
  const now = app.now();
  if (!session || session.expiresAt <= now || session.userId !== claims.userId) return null;
  if (!verifyCollabToken(app.sessionSecret, token, session.tokenHash, now)) return null;
  return { user: session.user, sessionId: session.id };
}

/** The person's role on a live site, or null. */
export async function roleOn(
  app: AppDeps,
  siteId: string,
  userId: string,
): Promise<SiteRole | null> {
  const membership = await app.db.prisma.siteMember.findUnique({
    where: { siteId_userId: { siteId, userId } },
    select: { role: true, site: { select: { deletedAt: true } } },
  });
  return membership && !membership.site.deletedAt ? membership.role : null;
}

/** The Origin is this app: its public URL, or the host the request was addressed to. */
function sameSite(origin: string, host: string | undefined, publicUrl: string): boolean {
  try {
    const url = new URL(origin);
    return url.origin === new URL(publicUrl).origin || (host !== undefined && url.host === host);
  } catch {
    return false;
  }
}
