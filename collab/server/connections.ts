/**
 * The open connections, by person, session and site, so that access taken away takes effect at once:
 * a revoked session, a removed member or a deleted site closes that person's (or everyone's) live
 * connections; a role change that flips read-only closes them too, and the provider reconnects with
 * the new role. The host application calls these methods from its events; a periodic re-check of
 * every connection's session and role is the safety net for anything missed (say, an event raised
 * in another process).
 */
import type {
  Connection,
  Extension,
  connectedPayload,
  onDestroyPayload,
  onDisconnectPayload,
} from "@hocuspocus/server";
import { silentLogger, type AuthenticatedContext, type CollabLogger } from "./types.ts";

export interface ConnectionsConfiguration {
  /** Where closed connections are logged (info). Default: nowhere. */
  log: CollabLogger;
  /**
   * Re-checks an open connection: the person's current role on the site, or null when the session
   * or membership is gone. Default: none (no periodic re-check).
   */
  recheck:
    | ((who: {
        userId: string;
        sessionId: string;
        siteId: string;
      }) => Promise<{ readOnly: boolean } | null>)
    | null;
  /** How often every open connection is re-checked, in ms. Default 5 minutes. */
  recheckEveryMs: number;
}

/** Close codes: the provider reconnects after each, and authentication then decides. */
export const CLOSED_BECAUSE = {
  sessionEnded: { code: 4401, reason: "Your session ended. Log in again." },
  accessRemoved: { code: 4403, reason: "You no longer have access to this site." },
  siteDeleted: { code: 4404, reason: "This site was deleted." },
  roleChanged: { code: 4205, reason: "Your role on this site changed." },
  shuttingDown: { code: 1001, reason: "The server is restarting." },
} as const;

type Entry = { connection: Connection; context: AuthenticatedContext };

export class Connections implements Extension {
  extensionName = "pegasus-connections";
  readonly configuration: ConnectionsConfiguration;
  private readonly entries = new Map<string, Entry>();
  private timer: NodeJS.Timeout | undefined;

  constructor(configuration: Partial<ConnectionsConfiguration> = {}) {
    this.configuration = {
      log: silentLogger,
      recheck: null,
      recheckEveryMs: 5 * 60_000,
      ...configuration,
    };
  }

  async connected({
    socketId,
    documentName,
    connection,
    context,
  }: connectedPayload): Promise<void> {
    this.entries.set(key(socketId, documentName), {
      connection,
      context: context as AuthenticatedContext,
    });
    if (!this.timer && this.configuration.recheck && this.configuration.recheckEveryMs > 0) {
      this.timer = setInterval(() => void this.recheckAll(), this.configuration.recheckEveryMs);
      this.timer.unref();
    }
  }

  async onDisconnect({ socketId, documentName }: onDisconnectPayload): Promise<void> {
    this.entries.delete(key(socketId, documentName));
  }

  async onDestroy(_payload: onDestroyPayload): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** How many connections are open (per document when `siteId` is given). */
  count(siteId?: string): number {
    let n = 0;
    for (const { context } of this.entries.values()) if (!siteId || context.siteId === siteId) n++;
    return n;
  }

  /** The open connections of a person on a site (for restore notices). */
  of(siteId: string, userId: string): Connection[] {
    return [...this.entries.values()]
      .filter(({ context }) => context.siteId === siteId && context.user.id === userId)
      .map(({ connection }) => connection);
  }

  closeSessions(sessionIds: readonly string[]): number {
    const ids = new Set(sessionIds);
    return this.closeWhere((c) => ids.has(c.sessionId), CLOSED_BECAUSE.sessionEnded);
  }

  closeMember(siteId: string, userId: string): number {
    return this.closeWhere(
      (c) => c.siteId === siteId && c.user.id === userId,
      CLOSED_BECAUSE.accessRemoved,
    );
  }

  /** After a role change: closes the connections whose read-only flag no longer fits the role. */
  roleChanged(siteId: string, userId: string, readOnly: boolean): number {
    return this.closeWhere(
      (c) => c.siteId === siteId && c.user.id === userId && c.readOnly !== readOnly,
      CLOSED_BECAUSE.roleChanged,
    );
  }

  closeSite(siteId: string): number {
    return this.closeWhere((c) => c.siteId === siteId, CLOSED_BECAUSE.siteDeleted);
  }

  closeAll(because: { code: number; reason: string } = CLOSED_BECAUSE.shuttingDown): number {
    return this.closeWhere(() => true, because);
  }

  private closeWhere(
    match: (context: AuthenticatedContext) => boolean,
    because: { code: number; reason: string },
  ): number {
    const sockets = new Set<Connection["webSocket"]>();
    for (const { connection, context } of this.entries.values()) {
      if (!match(context)) continue;
      sockets.add(connection.webSocket);
      this.configuration.log.info(
        { siteId: context.siteId, userId: context.user.id, reason: because.reason },
        "collab connection closed",
      );
    }
    // The whole socket: the provider reconnects (and authenticates again) only when it closes.
    for (const socket of sockets) socket.close(because.code, because.reason);
    return sockets.size;
  }

  /** Re-checks every open connection now (also after changes may have been missed). */
  async recheckAll(): Promise<void> {
    const recheck = this.configuration.recheck;
    if (!recheck) return;
    for (const { context } of [...this.entries.values()]) {
      try {
        const now = await recheck({
          userId: context.user.id,
          sessionId: context.sessionId,
          siteId: context.siteId,
        });
        if (now === null) {
          this.closeWhere((c) => c === context, CLOSED_BECAUSE.accessRemoved);
        } else if (now.readOnly !== context.readOnly) {
          this.closeWhere((c) => c === context, CLOSED_BECAUSE.roleChanged);
        }
      } catch (error) {
        this.configuration.log.warn({ err: error }, "could not re-check a collab connection");
      }
    }
  }
}

function key(socketId: string, documentName: string): string {
  return `${socketId}\u0000${documentName}`;
}
