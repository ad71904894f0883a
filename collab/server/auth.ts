/**
 * Authentication of collab connections: who is opening `site:<siteId>`, and whether they may write.
 * The host application decides (`CollabAuthenticator`: the session cookie of the upgrade request, or
 * a short-lived token the provider sends); this extension asks it once per document and connection
 * and sets Hocuspocus' read-only flag for roles that may only look.
 */
import type { Extension, onAuthenticatePayload } from "@hocuspocus/server";
import { presenceColor, siteIdOfDocument, type PresenceUser } from "../presence.ts";
import {
  silentLogger,
  type AuthenticatedContext,
  type CollabAuthenticator,
  type CollabLogger,
} from "./types.ts";

export interface AuthConfiguration {
  /** Decides who may open a site document and with which role. */
  authenticate: CollabAuthenticator;
  /** Where refusals are logged (info). Default: nowhere. */
  log: CollabLogger;
}

/**
 * A refusal as Hocuspocus sends it: `reason` reaches the provider's `onAuthenticationFailed`. The
 * message stays empty on purpose: Hocuspocus prints every hook error that has one to the console,
 * and a refused connection is routine (we log it ourselves).
 */
export class CollabAuthError extends Error {
  constructor(readonly reason: string) {
    super("");
    this.name = "CollabAuthError";
  }
}

export class Auth implements Extension {
  extensionName = "pegasus-auth";
  // Before anything that needs to know who is connecting.
  priority = 200;
  readonly configuration: AuthConfiguration;

  constructor(configuration: Partial<AuthConfiguration> & Pick<AuthConfiguration, "authenticate">) {
    this.configuration = { log: silentLogger, ...configuration };
  }

  async onAuthenticate({
    documentName,
    token,
    request,
    connectionConfig,
  }: onAuthenticatePayload): Promise<AuthenticatedContext> {
    const siteId = siteIdOfDocument(documentName);
    if (siteId === null) throw new CollabAuthError("unknown-document");
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const identity = await this.configuration.authenticate({
      siteId,
      token: typeof token === "string" ? token : "",
      cookie: header("cookie"),
      origin: header("origin"),
      host: header("host"),
    });
    if (identity === null) {
      this.configuration.log.info(
        { siteId, ip: request.socket.remoteAddress },
        "collab connection refused",
      );
      // The same answer for "not logged in" and "no such site": outsiders learn nothing.
      throw new CollabAuthError("permission-denied");
    }
    connectionConfig.readOnly = identity.readOnly;
    const presence: PresenceUser = {
      id: identity.user.id,
      name: identity.user.name,
      color: presenceColor(identity.user.id),
      readOnly: identity.readOnly,
    };
    return { ...identity, siteId, presence };
  }
}
