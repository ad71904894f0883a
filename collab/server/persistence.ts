/**
 * Persistence of site documents through the host's store (`CollabStore`, ./store.ts), without loss:
 * - every update a client sends is appended to the site's update log as it is applied (the Guard
 *   calls `append` and hands the update on at once), and acknowledged only once the append is
 *   stored, so an acknowledged edit is on disk even if the process dies the next instant (one that
 *   was relayed but not stored yet is still held, unacknowledged, by its author, who sends it
 *   again); changes made on the server itself (restores) are appended from `onChange`, and `flush`
 *   waits for them;
 * - appends of one site are written in arrival order, one at a time; what arrives meanwhile (or in
 *   the same turn of the event loop, as a burst does) is merged into the next write (group commit),
 *   so a busy document costs one write per round trip to the database, not one per keystroke;
 * - now and then (Hocuspocus' debounced `onStoreDocument`, and when the last editor leaves) the log
 *   is compacted into the stored state, with a JSON snapshot materialised from the Y.Doc and
 *   validated by the block schemas. Blocks that do not validate are left out of the snapshot and
 *   reported (logged, counted, and sent to the site's editors as a `problems` notice), never stored
 *   as truth. A compaction that fails loses nothing: the log still holds every update.
 */
import {
  Connection,
  type Extension,
  type onChangePayload,
  type onLoadDocumentPayload,
  type onStoreDocumentPayload,
  type afterUnloadDocumentPayload,
  type Hocuspocus,
  type onConfigurePayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import { InvalidSiteError, materialize, type Problem } from "../doc/index.ts";
import { encodeNotice } from "../notices.ts";
import { siteIdOfDocument } from "../presence.ts";
import { applySiteLog, isStaleVersion, loadSiteLog, type LoadedSiteLog } from "./load.ts";
import type { CollabStore, SiteUpdateLog } from "./store.ts";
import { silentLogger, type CollabLogger } from "./types.ts";

export interface PersistenceConfiguration {
  /** Where site documents, their update logs and versions live. */
  store: CollabStore;
  /** Where loads, compactions and problems are logged. Default: nowhere. */
  log: CollabLogger;
  /** How often a compaction that lost a race with another process is retried at once. Default 2. */
  compactionRetries: number;
  /** The most bytes merged into one append (group commit). Default 1 MiB. */
  maxAppendBatchBytes: number;
  /** Called with the blocks a compaction left out of the JSON snapshot. Default: none. */
  onProblems: (siteId: string, problems: readonly Problem[]) => void;
}

/** Origin of updates applied from the store (on load, or caught up during compaction). */
export const STORE_ORIGIN = Symbol("pegasus.collab.store");
/** Origin Hocuspocus' Redis extension gives updates relayed from other processes. */
const REDIS_ORIGIN = "__hocuspocus__redis__origin__";

export type Compaction = { version: number; problems: number; snapshot: boolean };

export class Persistence implements Extension {
  extensionName = "pegasus-persistence";
  // Below the Redis extension (1000), whose onStoreDocument takes the cross-process lock first.
  priority = 50;
  readonly configuration: PersistenceConfiguration;
  private readonly queues = new Map<string, AppendQueue>();
  private readonly lastProblems = new Map<string, string>();
  /** The state as loaded, while the document has not changed since: served to joining clients. */
  private readonly loadedStates = new Map<string, Uint8Array>();
  /** Documents being loaded: their state as soon as it is read, for clients joining meanwhile. */
  private readonly reading = new Map<
    string,
    {
      promise: Promise<Uint8Array | undefined>;
      resolve: (state?: Uint8Array) => void;
      /** Copies on their way to joining clients: applied here once they are out. */
      sending: Promise<unknown>[];
    }
  >();
  private instance: Hocuspocus | undefined;
  /** Writes to the update log so far (each may hold several updates: group commit). */
  logWrites = 0;

  constructor(
    configuration: Partial<PersistenceConfiguration> & Pick<PersistenceConfiguration, "store">,
  ) {
    this.configuration = {
      log: silentLogger,
      compactionRetries: 2,
      maxAppendBatchBytes: 1024 * 1024,
      onProblems: () => {},
      ...configuration,
    };
  }

  /** Appends an update to the site's log, in order; resolves once it is stored. */
  append(documentName: string, update: Uint8Array): Promise<void> {
    let queue = this.queues.get(documentName);
    if (!queue) {
      const siteId = siteOf(documentName);
      queue = new AppendQueue(async (merged) => {
        await this.configuration.store.appendUpdate(siteId, merged);
        this.logWrites += 1;
      }, this.configuration.maxAppendBatchBytes);
      this.queues.set(documentName, queue);
    }
    return queue.append(update);
  }

  /** Resolves once every append queued so far for the document is stored (or has failed). */
  async flush(documentName: string): Promise<void> {
    await this.queues.get(documentName)?.flush();
  }

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance;
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const siteId = siteOf(documentName);
    const started = performance.now();
    const reading = this.readingOf(documentName);
    let loaded: LoadedSiteLog;
    try {
      loaded = await loadSiteLog(this.configuration.store, siteId, this.configuration.log);
      const whole =
        loaded.updates.length === 0
          ? loaded.state
          : Y.mergeUpdates([loaded.state, ...loaded.updates]);
      this.loadedStates.set(documentName, whole);
      reading.resolve(whole);
      // Let the copies for clients joining now go out before applying it here (the one heavy
      // step, which holds the event loop): they apply theirs while this process applies its own.
      await new Promise((resolve) => setImmediate(resolve));
      if (reading.sending.length > 0) {
        await Promise.race([
          Promise.allSettled(reading.sending),
          new Promise((resolve) => setTimeout(resolve, 500)),
        ]);
      }
    } finally {
      reading.resolve(undefined);
      this.reading.delete(documentName);
    }
    applySiteLog(document, loaded, STORE_ORIGIN);
    document.on("update", () => this.loadedStates.delete(documentName));
    this.configuration.log.debug(
      {
        siteId,
        updates: loaded.updates.length,
        bytes: loaded.state.length,
        ms: Math.round(performance.now() - started),
      },
      "site document loaded",
    );
  }

  async onChange({ documentName, transactionOrigin, update }: onChangePayload): Promise<void> {
    // Client updates are appended by the Guard as they are applied; updates relayed by Redis
    // were appended by the process that received them; store updates are in the store already.
    if (
      transactionOrigin instanceof Connection ||
      transactionOrigin === REDIS_ORIGIN ||
      transactionOrigin === STORE_ORIGIN
    ) {
      return;
    }
    this.append(documentName, update).catch((error: unknown) =>
      this.configuration.log.error(
        { err: error, siteId: siteOf(documentName) },
        "could not append a server-side change to the update log",
      ),
    );
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    try {
      await this.compact(documentName, document);
    } catch (error) {
      // Nothing is lost: the update log still holds every change.
      this.configuration.log.error(
        { err: error, siteId: siteOf(documentName) },
        "compaction failed; the update log keeps every change",
      );
    }
  }

  /**
   * The document's whole state as loaded from the store, while nothing changed since: a client
   * joining with an empty document can be sent these bytes instead of a fresh encoding of the
   * live doc (70 ms on a 2,000-block site, on the event loop every other client shares).
   */
  loadedState(documentName: string): Uint8Array | undefined {
    return this.loadedStates.get(documentName);
  }

  /**
   * Like `loadedState`, for a client that joins while the document is still being loaded: resolves
   * as soon as the state is read from the store, before this process has applied it, so the
   * client's copy and ours are worked out at the same time. Undefined when there is none to give.
   */
  async stateForJoining(documentName: string): Promise<Uint8Array | undefined> {
    if (this.instance?.documents.has(documentName)) return this.loadedStates.get(documentName);
    if (!this.instance?.loadingDocuments.has(documentName)) return undefined;
    return this.readingOf(documentName).promise;
  }

  /** A copy from `stateForJoining` is being sent: the load waits (briefly) until it is out. */
  sendingWhileLoading(documentName: string, sent: Promise<unknown>): void {
    this.reading.get(documentName)?.sending.push(sent);
  }

  private readingOf(documentName: string) {
    let entry = this.reading.get(documentName);
    if (!entry) {
      let resolve: (state?: Uint8Array) => void = () => {};
      const promise = new Promise<Uint8Array | undefined>((r) => (resolve = r));
      entry = { promise, resolve, sending: [] };
      this.reading.set(documentName, entry);
      // Never left hanging, whatever happens to the load.
      setTimeout(() => resolve(undefined), 30_000).unref();
    }
    return entry;
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.loadedStates.delete(documentName);
    const queue = this.queues.get(documentName);
    if (queue?.idle) this.queues.delete(documentName);
    this.lastProblems.delete(documentName);
  }

  /**
   * Applies to the live document whatever the store holds that it lacks: every acknowledged edit,
   * whichever process took it (after a Redis outage, those the relay did not carry). Its
   * connections get it as any other change. Returns what was read.
   */
  async catchUp(documentName: string, document: Y.Doc): Promise<SiteUpdateLog> {
    const loaded = await this.configuration.store.loadUpdates(siteOf(documentName));
    if (loaded.state) applySiteLog(document, loaded as LoadedSiteLog, STORE_ORIGIN);
    return loaded;
  }

  /**
   * Folds the update log into the stored state, with a validated JSON snapshot. Catches the live
   * document up with anything other processes logged first, so the state holds every update.
   */
  async compact(documentName: string, document: Y.Doc): Promise<Compaction | null> {
    const { store, log, compactionRetries } = this.configuration;
    const siteId = siteOf(documentName);
    await this.flush(documentName);
    for (let attempt = 0; ; attempt++) {
      const loaded = await this.catchUp(documentName, document);
      const yState = Y.encodeStateAsUpdate(document);
      const { doc, problems } = this.snapshot(siteId, document);
      this.report(documentName, document, problems);
      try {
        const { version } = await store.compact(siteId, {
          yState,
          doc,
          checkpoint: loaded.checkpoint,
        });
        log.debug({ siteId, version, folded: loaded.updates.length }, "update log compacted");
        return { version, problems: problems.length, snapshot: doc !== undefined };
      } catch (error) {
        if (!isStaleVersion(error)) throw error;
        if (attempt >= compactionRetries) {
          log.info({ siteId }, "compaction lost the race to another writer; next round will do it");
          return null;
        }
      }
    }
  }

  private snapshot(
    siteId: string,
    document: Y.Doc,
  ): { doc: ReturnType<typeof materialize>["doc"] | undefined; problems: readonly Problem[] } {
    try {
      return materialize(document);
    } catch (error) {
      if (!(error instanceof InvalidSiteError)) throw error;
      // No valid snapshot can be made: keep the last one and store the state alone.
      this.configuration.log.error(
        { siteId, problems: error.problems },
        "the site document cannot be materialised; the last valid snapshot is kept",
      );
      return { doc: undefined, problems: error.problems };
    }
  }

  private report(documentName: string, document: Y.Doc, problems: readonly Problem[]): void {
    const siteId = siteOf(documentName);
    const key = JSON.stringify(problems.map((p) => [p.blockId ?? p.pageId ?? "", p.message]));
    if (this.lastProblems.get(documentName) === key) return;
    this.lastProblems.set(documentName, key);
    if (problems.length > 0) {
      this.configuration.log.warn(
        { siteId, problems: problems.slice(0, 20) },
        "parts of the site document are invalid and were left out of its snapshot",
      );
      this.configuration.onProblems(siteId, problems);
    }
    // Tell the editors, so the blocks can be fixed (they stay in the Y.Doc, just not published).
    if ("broadcastStateless" in document && typeof document.broadcastStateless === "function") {
      (document as { broadcastStateless(payload: string): void }).broadcastStateless(
        encodeNotice({
          type: "problems",
          problems: problems.slice(0, 50).map((p) => ({
            kind: p.kind,
            message: p.message,
            ...(p.blockId ? { blockId: p.blockId } : {}),
            ...(p.pageId ? { pageId: p.pageId } : {}),
          })),
        }),
      );
    }
  }
}

function siteOf(documentName: string): string {
  const siteId = siteIdOfDocument(documentName);
  if (siteId === null) throw new Error(`${documentName} does not name a site`);
  return siteId;
}

type Waiter = { update: Uint8Array; resolve: () => void; reject: (error: unknown) => void };

/** One site's appends: written one at a time, in order; waiting ones merged into the next write. */
class AppendQueue {
  private waiting: Waiter[] = [];
  private draining: Promise<void> | null = null;

  constructor(
    private readonly write: (update: Uint8Array) => Promise<void>,
    private readonly maxBatchBytes: number,
  ) {}

  get idle(): boolean {
    return this.draining === null && this.waiting.length === 0;
  }

  append(update: Uint8Array): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ update, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  async flush(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      // Let the rest of a burst (a fast typist's, a paste's) arrive first: one write for all of it.
      await new Promise((resolve) => setImmediate(resolve));
      let bytes = 0;
      let count = 0;
      while (
        count < this.waiting.length &&
        (count === 0 || bytes + this.waiting[count]!.update.length <= this.maxBatchBytes)
      ) {
        bytes += this.waiting[count]!.update.length;
        count += 1;
      }
      const batch = this.waiting.splice(0, count);
      const merged =
        batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((w) => w.update));
      try {
        await this.write(merged);
        for (const waiter of batch) waiter.resolve();
      } catch (error) {
        for (const waiter of batch) waiter.reject(error);
      }
    }
    this.draining = null;
  }
}
