/**
 * Short-lived collab tokens, for clients that cannot send the session cookie with the WebSocket
 * upgrade (another origin, a native app, a test). A token names one site and one session and is
 * signed with a key derived from the server's SESSION_SECRET and that session's stored hash: it
 * verifies in any process that shares the secret, cannot be made by someone who can only read the
 * database, and dies with the session: logging out or revoking the session invalidates every token
 * made from it.
 *
 *   pc1.<base64url JSON { s: sessionId, u: userId, site: siteId, exp: ms }>.<base64url HMAC-SHA256>
 */
import { createHmac } from "node:crypto";
import { safeEqual } from "../auth/tokens.ts";

const VERSION = "pc1";
/** How long a token may be used to open a connection. Reconnects ask for a fresh one. */
export const COLLAB_TOKEN_TTL_MS = 2 * 60_000;

export type CollabTokenClaims = {
  sessionId: string;
  userId: string;
  siteId: string;
  expiresAt: Date;
};

function key(secret: string, sessionTokenHash: string): Buffer {
  return createHmac("sha256", secret)
    .update(`pegasus collab token v1\0${sessionTokenHash}`)
    .digest();
}

function mac(secret: string, sessionTokenHash: string, signed: string): string {
  return createHmac("sha256", key(secret, sessionTokenHash)).update(signed).digest("base64url");
}

export function signCollabToken(
  secret: string,
  session: { id: string; tokenHash: string },
  claims: { userId: string; siteId: string },
  now: Date,
  ttlMs = COLLAB_TOKEN_TTL_MS,
): { token: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const payload = Buffer.from(
    JSON.stringify({
      s: session.id,
      u: claims.userId,
      site: claims.siteId,
      exp: expiresAt.getTime(),
    }),
  ).toString("base64url");
  const signed = `${VERSION}.${payload}`;
  return { token: `${signed}.${mac(secret, session.tokenHash, signed)}`, expiresAt };
}

/** The claims a token makes, unverified (to find the session whose key checks it), or null. */
export function readCollabToken(token: string): CollabTokenClaims | null {
  if (token.length > 1000) return null;
  const [version, payload, signature, ...rest] = token.split(".");
  if (version !== VERSION || !payload || !signature || rest.length > 0) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<
      string,
      unknown
    >;
    if (
      typeof claims.s !== "string" ||
      typeof claims.u !== "string" ||
      typeof claims.site !== "string" ||
      typeof claims.exp !== "number"
    ) {
      return null;
    }
    return {
      sessionId: claims.s,
      userId: claims.u,
      siteId: claims.site,
      expiresAt: new Date(claims.exp),
    };
  } catch {
    return null;
  }
}

/** True when `token` was signed for the session with this stored hash and has not expired. */
export function verifyCollabToken(
  secret: string,
  token: string,
  sessionTokenHash: string,
  now: Date,
): boolean {
  const claims = readCollabToken(token);
  if (!claims || claims.expiresAt <= now) return false;
  const cut = token.lastIndexOf(".");
  return safeEqual(token.slice(cut + 1), mac(secret, sessionTokenHash, token.slice(0, cut)));
}
