/**
 * The collab server: one Hocuspocus instance with Pegasus' extensions, fed WebSocket upgrades by the
 * host's HTTP server (Fastify's, on `/collab`). Documents are named `site:<siteId>`.
 *
 *   client frame ─> Guard (parse, hold, check, stamp presence) ─> Persistence.append (awaited)
 *                 ─> Hocuspocus (apply, broadcast, acknowledge) ─> Redis (other processes)
 *
 * Extensions, one concern each: Auth (who, read-only or not), Guard (bad input), Persistence
 * (append-log, compaction, validated JSON snapshot), Versions (automatic snapshots), Connections
 * (closing access that was taken away), Metrics; plus the Relay (Hocuspocus' Redis extension, made
 * to live through a Redis outage and resync after it) when several processes serve the same documents.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus, type Document, type Extension } from "@hocuspocus/server";
import { WebSocketServer } from "ws";
import * as Y from "yjs";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import { editOrigin, replaceDocument, type EditOrigin } from "../doc/index.ts";
import { encodeNotice, restoreNotice, type CollabNotice } from "../notices.ts";
import { siteDocumentName } from "../presence.ts";
import { Auth } from "./auth.ts";
import { CLOSED_BECAUSE, Connections, type ConnectionsConfiguration } from "./connections.ts";
import { Guard, type GuardConfiguration } from "./guard.ts";
import { loadSiteYDoc } from "./load.ts";
import { Metrics, type CollabMetricsSnapshot } from "./metrics.ts";
import { Persistence } from "./persistence.ts";
import { Relay, type RelayState } from "./relay.ts";
import type { CollabStore } from "./store.ts";
import { silentLogger, type CollabAuthenticator, type CollabLogger } from "./types.ts";
import { snapshotOf, Versions } from "./versions.ts";

export interface CollabServerConfiguration {
  /** Where site documents live (the host's SiteStore satisfies `CollabStore`). */
  store: CollabStore;
  /** Who may open a site document, and whether read-only. */
  authenticate: CollabAuthenticator;
  /** Where the server logs. Default: nowhere. */
  log: CollabLogger;
  /** Redis for scale-out (`redis://` or `rediss://` URL); null: this process alone. Default null. */
  redisUrl: string | null;
  /** Compaction runs this long after the last change (ms). Default 5 s. */
  compactAfterMs: number;
  /** ...and at least this often while changes keep coming (ms). Default 60 s. */
  compactAtLeastEveryMs: number;
  /** Automatic versions at most this often while a site is edited (ms); 0 turns them off. Default 10 minutes. */
  autoVersionEveryMs: number;
  /** A connection that answers no ping for this long is closed (ms). Default 30 s. */
  pingTimeoutMs: number;
  /** Limits and rules of the Guard (see GuardConfiguration). */
  guard: Partial<
    Omit<
      GuardConfiguration,
      "persist" | "log" | "onRefused" | "wholeState" | "stateWhileLoading" | "sendingWhileLoading"
    >
  >;
  /** Re-checks open connections' access (see ConnectionsConfiguration). Default: none. */
  recheck: ConnectionsConfiguration["recheck"];
  /** How often open connections are re-checked (ms). Default 5 minutes. */
  recheckEveryMs: number;
}

export class CollabServer {
  readonly configuration: CollabServerConfiguration;
  readonly hocuspocus: Hocuspocus;
  readonly persistence: Persistence;
  readonly guard: Guard;
  readonly connections: Connections;
  readonly versions: Versions;
  readonly metrics: Metrics;
  /** The relay to the other processes (Redis); null when this process serves alone. */
  readonly relay: Relay | null;
  private readonly sockets = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  private stopping: Promise<void> | null = null;

  constructor(
    configuration: Partial<CollabServerConfiguration> &
      Pick<CollabServerConfiguration, "store" | "authenticate">,
  ) {
    this.configuration = {
      log: silentLogger,
      redisUrl: null,
      compactAfterMs: 5_000,
      compactAtLeastEveryMs: 60_000,
      autoVersionEveryMs: 10 * 60_000,
      pingTimeoutMs: 30_000,
      guard: {},
      recheck: null,
      recheckEveryMs: 5 * 60_000,
      ...configuration,
    };
    const { store, log } = this.configuration;
    this.metrics = new Metrics();
    this.persistence = new Persistence({
      store,
      log,
      onProblems: (siteId, problems) =>
        this.metrics.problemsFound(siteId, problems.filter((p) => p.blockId).length),
    });
    this.guard = new Guard({
      ...this.configuration.guard,
      persist: this.metrics.timed((name: string, update: Uint8Array) =>
        this.persistence.append(name, update),
      ),
      log,
      onRefused: (kind) => this.metrics.refused(kind),
      wholeState: (name) => this.persistence.loadedState(name),
      stateWhileLoading: (name) => this.persistence.stateForJoining(name),
      sendingWhileLoading: (name, sent) => this.persistence.sendingWhileLoading(name, sent),
    });
    this.connections = new Connections({
      log,
      recheck: this.configuration.recheck,
      recheckEveryMs: this.configuration.recheckEveryMs,
    });
    this.versions = new Versions({ store, log, intervalMs: this.configuration.autoVersionEveryMs });
    const extensions: Extension[] = [
      new Auth({ authenticate: this.configuration.authenticate, log }),
      this.guard,
      this.connections,
      this.persistence,
      this.versions,
      this.metrics,
    ];
    this.relay = this.configuration.redisUrl
      ? new Relay({
          url: this.configuration.redisUrl,
          log,
          catchUp: (name, document) => this.persistence.catchUp(name, document),
          onState: (state, resync) => this.metrics.relayChanged(state, resync),
          onPublishFailed: () => this.metrics.relayPublishFailed(),
        })
      : null;
    if (this.relay) extensions.push(this.relay);
    this.hocuspocus = new Hocuspocus({
      name: "pegasus-collab",
      quiet: true,
      timeout: this.configuration.pingTimeoutMs,
      debounce: this.configuration.compactAfterMs,
      maxDebounce: this.configuration.compactAtLeastEveryMs,
      extensions,
    });
  }

  /** Takes over an HTTP upgrade request for the collab WebSocket. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.stopping) {
      socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n");
      return;
    }
    const maxPayload = this.guard.configuration.maxMessageBytes;
    if (this.sockets.options.maxPayload !== maxPayload)
      this.sockets.options.maxPayload = maxPayload;
    this.sockets.handleUpgrade(request, socket, head, (ws) => {
      const context = this.guard.attach(ws, request);
      this.hocuspocus.handleConnection(ws, request, context);
    });
  }

  /** Documents open in this process. */
  get openDocuments(): number {
    return this.hocuspocus.getDocumentsCount();
  }

  /**
   * The relay to the other processes: "off" when this process serves alone, "degraded" while Redis
   * is unreachable (editors here are served and stored; the others' edits arrive once it is back).
   */
  get relayState(): "off" | RelayState {
    return this.relay?.state ?? "off";
  }

  metricsSnapshot(): CollabMetricsSnapshot & {
    relay: "off" | RelayState;
    documents: number;
    connections: number;
    logWrites: number;
  } {
    return {
      ...this.metrics.snapshot(),
      relay: this.relayState,
      logWrites: this.persistence.logWrites,
      documents: this.hocuspocus.getDocumentsCount(),
      connections: this.hocuspocus.getConnectionsCount(),
    };
  }

  /** Waits until every change made to a site in this process so far is in the update log. */
  async flush(siteId: string): Promise<void> {
    await this.persistence.flush(siteDocumentName(siteId));
  }

  /**
   * A site's current document (validated JSON and Yjs state): the store's, merged with the live
   * document when it is open here. Throws InvalidSiteError when no valid snapshot can be made.
   */
  async snapshot(siteId: string): Promise<{ doc: SiteDoc; yState: Uint8Array }> {
    const name = siteDocumentName(siteId);
    const live = this.hocuspocus.documents.get(name);
    if (live) await this.persistence.flush(name);
    const { ydoc } = await loadSiteYDoc(this.configuration.store, siteId, this.configuration.log);
    if (live) Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(live));
    return snapshotOf(ydoc);
  }

  /**
   * Changes a site's document on the server in one transaction with `origin` (an AI action, an
   * import, a restore): everyone editing sees it live, and it is stored before this resolves. The
   * change is worked out on a copy first, so that the person behind `origin` can be sent it as a
   * notice (`notice`) before it is broadcast: their editors apply it with the same origin, so it is
   * one step of their undo. Resolves null when the change changed nothing, else its update.
   * Whatever `mutate` throws propagates, nothing changed.
   */
  async change(
    siteId: string,
    mutate: (copy: Y.Doc, origin: EditOrigin) => void,
    origin: EditOrigin,
    options: { notice?: (update: Uint8Array) => CollabNotice } = {},
  ): Promise<Uint8Array | null> {
    const name = siteDocumentName(siteId);
    const direct = await this.hocuspocus.openDirectConnection(name, { origin });
    try {
      const document = direct.document!;
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(document));
      const parts: Uint8Array[] = [];
      copy.on("update", (update: Uint8Array) => parts.push(update));
      mutate(copy, editOrigin(origin));
      if (parts.length === 0) return null;
      const update = parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
      const userId = "userId" in origin ? origin.userId : undefined;
      if (options.notice && userId) this.notify(document, siteId, userId, options.notice(update));
      Y.applyUpdate(document, update, editOrigin(origin));
      await this.persistence.flush(name);
      return update;
    } finally {
      await direct.disconnect();
    }
  }

  /**
   * Makes a site's document `target` (`replaceDocument`: small changes, one transaction) through
   * `change`. Throws SiteEditError, changing nothing, when `target` is not a valid site document.
   */
  async replace(
    siteId: string,
    target: SiteDoc,
    origin: EditOrigin,
    options: { notice?: (update: Uint8Array) => CollabNotice } = {},
  ): Promise<boolean> {
    const update = await this.change(
      siteId,
      (copy, o) => replaceDocument(copy, target, o),
      origin,
      options,
    );
    return update !== null;
  }

  /**
   * Restores a saved version: `replace` with origin `{ kind: "restore", userId }`. The restorer's
   * own editors get the change first as a `restore` notice, so it lands on their undo stack as one
   * step; everyone else sees it live.
   */
  async restore(
    siteId: string,
    target: SiteDoc,
    by: { userId: string; versionId: string },
  ): Promise<boolean> {
    return this.replace(
      siteId,
      target,
      { kind: "restore", userId: by.userId },
      { notice: (update) => restoreNotice(by.versionId, by.userId, update) },
    );
  }

  /**
   * Sends a notice to one person's editors of a document, wherever they are connected: here
   * directly, and through Redis to the other processes, whose editors of the document all get it
   * and keep it only when it names their person (`applyNotice`). Published before the change it
   * announces, on the same channel, so it arrives there first.
   */
  private notify(document: Document, siteId: string, userId: string, notice: CollabNotice): void {
    const payload = encodeNotice(notice);
    if (!this.configuration.redisUrl) {
      for (const connection of this.connections.of(siteId, userId))
        connection.sendStateless(payload);
      return;
    }
    const theirs = new Set(this.connections.of(siteId, userId));
    document.broadcastStateless(payload, (connection) => theirs.has(connection));
  }

  /**
   * Stops: refuses new connections, closes open ones (clients reconnect to another process or
   * after the restart), stores every open document and disconnects from Redis.
   */
  shutdown(): Promise<void> {
    this.stopping ??= (async () => {
      const { log } = this.configuration;
      this.connections.closeAll(CLOSED_BECAUSE.shuttingDown);
      for (const ws of this.sockets.clients)
        ws.close(CLOSED_BECAUSE.shuttingDown.code, CLOSED_BECAUSE.shuttingDown.reason);
      // Clients that do not answer the close handshake promptly are cut off.
      await waitFor(() => this.sockets.clients.size === 0, 1_000);
      for (const ws of this.sockets.clients) ws.terminate();
      // Hocuspocus stores and unloads each document when its last connection goes.
      await waitFor(() => this.hocuspocus.documents.size === 0, 3_000);
      for (const [name, document] of this.hocuspocus.documents) {
        try {
          await this.persistence.compact(name, document);
        } catch (error) {
          log.error({ err: error, document: name }, "could not store a document at shutdown");
        }
      }
      await this.hocuspocus.hooks("onDestroy", { instance: this.hocuspocus });
      this.sockets.close();
    })();
    return this.stopping;
  }
}

async function waitFor(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
}
