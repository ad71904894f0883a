/** Types the collab server's extensions share. */
import type { PresenceUser } from "../presence.ts";

/** The logger the collab server writes to: pino's shape (the app passes its own). */
export type CollabLogger = {
  debug(object: object, message?: string): void;
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
};

export const silentLogger: CollabLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Who is connecting to a site document, as the host application's authentication decided. */
export type CollabIdentity = {
  user: { id: string; name: string };
  /** The session the connection was opened with (a token names its session too). */
  sessionId: string;
  /** The person's role on the site; `readOnly` roles cannot change the document. */
  role: string;
  readOnly: boolean;
};

/** Decides who may open a site document. Returns null to refuse (the client is told nothing more). */
export type CollabAuthenticator = (request: {
  siteId: string;
  /** What the provider sent as its token ("" when none). */
  token: string;
  /** The Cookie header of the WebSocket upgrade request. */
  cookie: string | undefined;
  /** The Origin header of the upgrade request, when a browser sent one. */
  origin: string | undefined;
  /** The Host header of the upgrade request. */
  host: string | undefined;
}) => Promise<CollabIdentity | null>;

/** What the Auth extension adds to Hocuspocus' per-connection context. */
export type AuthenticatedContext = CollabIdentity & {
  siteId: string;
  presence: PresenceUser;
};
