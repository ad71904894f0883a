/**
 * The Guard: every message a client sends passes here before Hocuspocus sees it. Bad input closes
 * that client's connection with a logged reason; other clients are unaffected and nothing of it
 * reaches the document or the store.
 *
 * It sits in front of Hocuspocus (`attach` wraps the socket's message events) rather than in the
 * `beforeHandleMessage` hook because it must hold, rewrite and reorder-proof messages: hold a
 * document's messages until it is open and the person is known, stamp presence with who they are,
 * persist an update before it is applied, and keep an update that refers to content not received
 * yet until it can be judged whole. Per socket and document, messages are handled strictly in the
 * order they arrived.
 *
 * A client that sends faster than its updates can be checked and stored (a fast typist, a paste in
 * pieces, a client catching up after being offline) is held back, never refused: past
 * `maxBacklog` messages received and not handled, the Guard stops reading from its socket (TCP
 * keeps the rest in the client) until half is worked off; past `maxBacklog` updates handed on and
 * not stored, it waits for the store before handing on the next. Nothing accepted is dropped, and
 * memory per connection stays bounded.
 *
 * What it refuses:
 * - frames that are text, too large, or do not parse as the Hocuspocus protocol;
 * - messages for a document the socket never asked to open, and more documents than allowed;
 * - any document change from a read-only connection (viewers): dropped, never applied or stored;
 * - updates that do not decode, write outside the site layout, or would make the document invalid
 *   (./update-check.ts);
 * - presence for someone else's client, oversized presence, and client broadcasts (only the server
 *   may broadcast stateless messages: they carry restores).
 */
import type { IncomingMessage } from "node:http";
import {
  type Connection,
  type Document,
  type Extension,
  type connectedPayload,
  type onDisconnectPayload,
} from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type WebSocket from "ws";
import * as Y from "yjs";
import { siteIdOfDocument } from "../presence.ts";
import { AwarenessError, stampAwarenessUpdate } from "./awareness.ts";
import { silentLogger, type AuthenticatedContext, type CollabLogger } from "./types.ts";
import { checkUpdate, siteRules, type SiteRules } from "./update-check.ts";

export interface GuardConfiguration {
  /** Stores an accepted client update before it is applied (the Persistence extension's `append`). */
  persist: (documentName: string, update: Uint8Array) => Promise<void>;
  /** The rules updates are checked against. Default: the block registry and `ZSiteDoc`. */
  rules: SiteRules;
  /** The largest message accepted, in bytes; a larger one closes the connection. Default 4 MiB. */
  maxMessageBytes: number;
  /** How many documents one connection may open. Default 8. */
  maxDocumentsPerConnection: number;
  /**
   * How far one connection may run ahead: messages received and not handled yet, or updates
   * handed on and not stored yet. Past it the connection is held back (back-pressure), not
   * refused, until half is worked off. Default 256.
   */
  maxBacklog: number;
  /** The same in bytes. Default 4 MiB. */
  maxBacklogBytes: number;
  /**
   * Bytes of one document's updates that may wait for content they refer to (which comes later on
   * the same connection, or from another); more closes the connection. Default 16 MiB.
   */
  maxWaitingBytes: number;
  /** How long a document may take to open before the connection is closed, in ms. Default 30 s. */
  openTimeoutMs: number;
  /** How long an update may wait for the content it refers to, in ms. Default 10 s. */
  waitTimeoutMs: number;
  /** Where refusals are logged (warn) and dropped viewer updates (debug). Default: nowhere. */
  log: CollabLogger;
  /** Called once per refusal with its kind, for metrics. Default: none. */
  onRefused: (kind: RefusalKind) => void;
  /**
   * The document's whole state when it is at hand unchanged (Persistence's `loadedState`), to
   * answer a client that joins empty without encoding the live doc. Default: none.
   */
  wholeState: (documentName: string) => Uint8Array | undefined;
  /** The same while the document is being loaded (Persistence's `stateForJoining`). Default: none. */
  stateWhileLoading: (documentName: string) => Promise<Uint8Array | undefined>;
  /** Tells the loader a copy is on its way (Persistence's `sendingWhileLoading`). Default: none. */
  sendingWhileLoading: (documentName: string, sent: Promise<unknown>) => void;
}

export type RefusalKind =
  | "malformed"
  | "too-large"
  | "not-opened"
  | "invalid-update"
  | "read-only"
  | "presence"
  | "broadcast"
  | "store-failed"
  | "timeout";

/** WebSocket close codes the Guard uses (4000-4999 are the application's). */
export const CLOSE = {
  badInput: 4400,
  forbidden: 4403,
  timeout: 4408,
  tooLarge: 1009,
  storeFailed: 1011,
  /** Something failed in the server itself: not the client's fault, and never called bad input. */
  internalError: 1011,
} as const;

/** Hocuspocus' message types (MessageType in @hocuspocus/server). */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  stateless: 5,
  broadcastStateless: 6,
  close: 7,
  syncStatus: 8,
} as const;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
const AUTH_PERMISSION_DENIED = 1;
const AUTH_AUTHENTICATED = 2;
const MAX_DOCUMENT_NAME = 100;
/** How long the Guard works through one connection's messages before letting others in. */
const YIELD_EVERY_MS = 5;
/** Queued in place of a message when an update has waited too long for what it refers to. */
const EXPIRED = Buffer.alloc(0);

/** What the Guard keeps in each connection's Hocuspocus context. */
export type GuardContext = { gate?: SocketGate };

export class Guard implements Extension {
  extensionName = "pegasus-guard";
  readonly configuration: GuardConfiguration;

  constructor(configuration: Partial<GuardConfiguration> & Pick<GuardConfiguration, "persist">) {
    this.configuration = {
      rules: siteRules,
      maxMessageBytes: 4 * 1024 * 1024,
      maxDocumentsPerConnection: 8,
      maxBacklog: 256,
      maxBacklogBytes: 4 * 1024 * 1024,
      maxWaitingBytes: 16 * 1024 * 1024,
      openTimeoutMs: 30_000,
      waitTimeoutMs: 10_000,
      log: silentLogger,
      onRefused: () => {},
      wholeState: () => undefined,
      stateWhileLoading: async () => undefined,
      sendingWhileLoading: () => {},
      ...configuration,
    };
  }

  /**
   * Puts the Guard in front of a new WebSocket, before Hocuspocus' `handleConnection`. Returns the
   * context to hand to it.
   */
  attach(ws: WebSocket, request: IncomingMessage): GuardContext {
    return { gate: new SocketGate(ws, request, this.configuration) };
  }

  async connected({ context, documentName, connection }: connectedPayload): Promise<void> {
    (context as GuardContext).gate?.opened(
      documentName,
      connection,
      context as AuthenticatedContext,
    );
  }

  async onDisconnect({ context, documentName }: onDisconnectPayload): Promise<void> {
    (context as GuardContext).gate?.documentClosed(documentName);
  }
}

type DocumentGate = {
  name: string;
  state: "opening" | "open" | "denied" | "closed";
  opened: Promise<void>;
  markOpened: () => void;
  connection?: Connection;
  context?: AuthenticatedContext;
  /** Messages of this document not handled yet, in order. */
  queue: Buffer[];
  busy: boolean;
  /** Updates not judged yet (refer to content not received yet), in order of arrival. */
  waiting: Pending[];
  waitingBytes: number;
  /** Updates handed on whose append is not stored yet (back-pressure, see `maxBacklog`). */
  unstored: number;
  unstoredBytes: number;
  /** Set while the Guard waits for the store to catch up; resolved when it has. */
  caughtUp?: { promise: Promise<void>; resolve: () => void };
  /** Set while an update handed on is not applied yet; called when it is (or cannot be). */
  applied?: () => void;
  presenceIds: Set<number>;
  timer?: NodeJS.Timeout;
  /** The state the client was sent while the document was loading (see answerWhileLoading). */
  sentWhileLoading?: Uint8Array;
  /** The client's first sync step 1 is answered already (it was sent the whole state). */
  firstSyncAnswered?: boolean;
  /**
   * Whether the latest update handed to Hocuspocus is stored. Appends of a document complete in
   * order, so once it is, so is every earlier one: an acknowledgement waits for the latest update
   * handed on before it was sent, which covers its own however Hocuspocus pairs them.
   */
  stored: Promise<boolean>;
  /** The acknowledgements on their way, in order. */
  acknowledging: Promise<void>;
};

/** An update not judged yet. */
type Pending = {
  data: Buffer;
  update: Uint8Array;
  /** When it started waiting (counted again from when reading resumed, if held back meanwhile). */
  since: number;
  handshake: boolean;
  /** What it waited for at its last check (see UpdateVerdict); unset before its first. */
  missing?: ReadonlyMap<number, number>;
  /** The document's state at that check, when nothing in particular was missing. */
  checkedAt?: string;
};

class Refusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** One WebSocket's gate: parses, holds, checks, persists and forwards its messages. */
export class SocketGate {
  private readonly documents = new Map<string, DocumentGate>();
  private readonly emit: WebSocket["emit"];
  private readonly forwarded = new WeakSet<object>();
  private socketClosed = false;
  /** Messages received and not handled yet, over all documents (see `maxBacklog`). */
  private backlog = 0;
  private backlogBytes = 0;
  /** Whether reading from the socket is paused (back-pressure). */
  private paused = false;
  /** When reading last resumed after a pause. */
  private readingSince = 0;

  constructor(
    private readonly ws: WebSocket,
    private readonly request: IncomingMessage,
    private readonly config: GuardConfiguration,
  ) {
    this.emit = ws.emit.bind(ws);
    ws.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event !== "message") return this.emit(event, ...args);
      const [data, isBinary] = args as [Buffer | ArrayBuffer | Buffer[], boolean];
      // Hocuspocus re-emits the messages it queued while a document opened: they passed already.
      if (typeof data === "object" && this.forwarded.has(data)) return this.emit(event, ...args);
      this.receive(data, isBinary);
      return true;
    }) as WebSocket["emit"];
    // Watch the server's answers: a refused authentication ends the document's opening, and an
    // update's acknowledgement waits until the update is stored.
    const send = ws.send.bind(ws) as (...a: unknown[]) => void;
    ws.send = ((data: unknown, ...rest: unknown[]) => {
      const held = data instanceof Uint8Array ? this.watchOutgoing(data) : undefined;
      if (held) this.acknowledgeWhenStored(held, () => send(data, ...rest));
      else send(data, ...rest);
    }) as WebSocket["send"];
    ws.on("close", () => {
      this.socketClosed = true;
      this.stopAll();
    });
    ws.on("error", (error) => {
      // ws reports frames over maxPayload (and protocol errors) here and closes the socket itself.
      const tooLarge = /max payload/i.test(error.message);
      this.refused(
        new Refusal(
          tooLarge ? "too-large" : "malformed",
          tooLarge ? CLOSE.tooLarge : CLOSE.badInput,
          error.message,
        ),
        undefined,
        false,
      );
    });
  }

  /** Hocuspocus established the connection for a document (the `connected` hook). */
  opened(documentName: string, connection: Connection, context: AuthenticatedContext): void {
    const gate = this.documents.get(documentName);
    if (!gate) return;
    clearTimeout(gate.timer);
    gate.state = "open";
    gate.connection = connection;
    gate.context = context;
    if (gate.sentWhileLoading) {
      // Whatever reached the document between that read and now (relayed from another process).
      const since = Y.encodeStateVectorFromUpdate(gate.sentWhileLoading);
      gate.sentWhileLoading = undefined;
      connection.send(
        syncMessage(gate.name, SYNC_UPDATE, Y.encodeStateAsUpdate(connection.document, since)),
      );
    }
    gate.markOpened();
  }

  /**
   * The document's connection closed (the `onDisconnect` hook). Its stragglers are dropped; it may
   * be opened again with a new authentication.
   */
  documentClosed(documentName: string): void {
    const gate = this.documents.get(documentName);
    if (!gate) return;
    clearTimeout(gate.timer);
    gate.state = "closed";
    this.wasApplied(gate);
    this.dropQueue(gate);
    gate.waiting.length = 0;
    gate.waitingBytes = 0;
    gate.markOpened();
  }

  private receive(data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): void {
    if (this.socketClosed) return;
    try {
      if (!isBinary)
        throw new Refusal("malformed", CLOSE.badInput, "a text frame (the protocol is binary)");
      const bytes = Buffer.isBuffer(data)
        ? data
        : Array.isArray(data)
          ? Buffer.concat(data)
          : Buffer.from(data);
      if (bytes.length > this.config.maxMessageBytes) {
        throw new Refusal("too-large", CLOSE.tooLarge, `a message of ${bytes.length} bytes`);
      }
      const decoder = decoding.createDecoder(bytes);
      let name: string;
      let type: number;
      try {
        name = decoding.readVarString(decoder);
        type = decoding.readVarUint(decoder);
      } catch {
        throw new Refusal("malformed", CLOSE.badInput, "a message that does not parse");
      }
      let gate = this.documents.get(name);
      if (gate?.state === "closed") {
        if (type !== MESSAGE.auth) return; // a straggler of a closed document
        this.documents.delete(name);
        gate = undefined;
      }
      if (!gate) {
        if (type !== MESSAGE.auth) {
          throw new Refusal(
            "not-opened",
            CLOSE.forbidden,
            `a message for ${describeName(name)}, which this connection has not opened`,
          );
        }
        gate = this.open(name);
        this.forward(bytes);
        return;
      }
      if (type === MESSAGE.auth) return; // token refresh and repeats: nothing to do
      if (gate.state === "denied") return; // refused earlier; the client was told
      gate.queue.push(bytes);
      this.backlog += 1;
      this.backlogBytes += bytes.length;
      // Too far ahead: stop reading until half is worked off. Frames ws has read already still
      // arrive (at most one read's worth) and are taken.
      if (
        !this.paused &&
        (this.backlog >= this.config.maxBacklog || this.backlogBytes >= this.config.maxBacklogBytes)
      ) {
        this.paused = true;
        this.ws.pause();
      }
      void this.drain(gate);
    } catch (error) {
      this.refused(error, undefined);
    }
  }

  private open(name: string): DocumentGate {
    if (name.length > MAX_DOCUMENT_NAME || siteIdOfDocument(name) === null) {
      throw new Refusal("not-opened", CLOSE.forbidden, `an unknown document ${describeName(name)}`);
    }
    const open = [...this.documents.values()].filter((gate) => gate.state !== "closed").length;
    if (open >= this.config.maxDocumentsPerConnection) {
      throw new Refusal(
        "not-opened",
        CLOSE.forbidden,
        `more than ${this.config.maxDocumentsPerConnection} documents on one connection`,
      );
    }
    let markOpened = () => {};
    const opened = new Promise<void>((resolve) => (markOpened = resolve));
    const gate: DocumentGate = {
      name,
      state: "opening",
      opened,
      markOpened,
      queue: [],
      busy: false,
      waiting: [],
      waitingBytes: 0,
      unstored: 0,
      unstoredBytes: 0,
      presenceIds: new Set(),
      stored: Promise.resolve(true),
      acknowledging: Promise.resolve(),
    };
    gate.timer = setTimeout(() => {
      if (gate.state === "opening") {
        this.refused(
          new Refusal(
            "timeout",
            CLOSE.timeout,
            `${name} did not open within ${this.config.openTimeoutMs} ms`,
          ),
          gate,
        );
      }
    }, this.config.openTimeoutMs);
    gate.timer.unref?.();
    this.documents.set(name, gate);
    return gate;
  }

  /** Watches a message Hocuspocus sends; returns the gate of an acknowledgement to hold. */
  private watchOutgoing(data: Uint8Array): DocumentGate | undefined {
    try {
      const decoder = decoding.createDecoder(data);
      const name = decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE.syncStatus) {
        const gate = this.documents.get(name);
        if (gate) this.wasApplied(gate);
        return gate;
      }
      if (type !== MESSAGE.auth) return undefined;
      const answer = decoding.readVarUint(decoder);
      const gate = this.documents.get(name);
      if (!gate || gate.state !== "opening") return undefined;
      if (answer === AUTH_AUTHENTICATED) {
        // Hocuspocus starts loading the document right after this message: the first sync can
        // be answered as soon as the state is read.
        queueMicrotask(() => void this.answerWhileLoading(gate));
        return undefined;
      }
      if (answer !== AUTH_PERMISSION_DENIED) return undefined;
      clearTimeout(gate.timer);
      gate.state = "denied";
      this.dropQueue(gate);
      gate.markOpened();
    } catch {
      // Not ours to judge.
    }
    return undefined;
  }

  /**
   * Sends an update's acknowledgement once the update is in the store, in order; never for one
   * that could not be stored (its connection is closed, and the client, which keeps what was not
   * acknowledged, sends it again when it reconnects).
   */
  private acknowledgeWhenStored(gate: DocumentGate, send: () => void): void {
    const stored = gate.stored;
    gate.acknowledging = gate.acknowledging
      .then(() => stored)
      .then((ok) => {
        if (ok && !this.socketClosed) send();
      });
  }

  /**
   * Sends a client that is let in while the document is still being loaded the whole state as read
   * from the store, without waiting for its first sync message (the provider sends that only once
   * it is told it is authenticated, by which time this process is busy applying the state): the
   * client applies its copy while this process applies its own. Its first sync step 1 is answered
   * by this, and is dropped when it comes; our own step 1 asks for whatever the client has that
   * the store has not (offline edits).
   */
  private async answerWhileLoading(gate: DocumentGate): Promise<void> {
    const state = await this.config.stateWhileLoading(gate.name);
    if (state === undefined || this.socketClosed || gate.state !== "opening") return;
    gate.sentWhileLoading = state;
    gate.firstSyncAnswered = true;
    this.ws.send(syncMessage(gate.name, SYNC_STEP_1, Y.encodeStateVectorFromUpdate(state)));
    const sent = new Promise<void>((resolve) =>
      this.ws.send(syncMessage(gate.name, SYNC_STEP_2, state), () => resolve()),
    );
    this.config.sendingWhileLoading(gate.name, sent);
  }

  /** Handles a document's queued messages one at a time, in order. */
  private async drain(gate: DocumentGate): Promise<void> {
    if (gate.busy) return;
    gate.busy = true;
    try {
      await gate.opened;
      let since = performance.now();
      while (gate.queue.length > 0 && !this.socketClosed) {
        // A long run of messages (each handed on and applied without a macrotask in between):
        // now and then let other connections, and the database's answers, in.
        if (performance.now() - since > YIELD_EVERY_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          since = performance.now();
          // Meanwhile the document may have closed (its queue dropped) or the socket with it.
          continue;
        }
        const bytes = gate.queue.shift()!;
        if (bytes !== EXPIRED) this.handled(bytes.length);
        if (gate.state !== "open") continue;
        if (bytes === EXPIRED) {
          await this.settleWaiting(gate);
          if (gate.waiting.length === 0) continue;
          const oldest = gate.waiting[0]!.since;
          if (this.paused || this.readingSince > oldest) {
            // Held back meanwhile: what they wait for may be unread still. Count from reading.
            const from = this.paused ? Date.now() : this.readingSince;
            for (const pending of gate.waiting) pending.since = Math.max(pending.since, from);
            this.armWaitTimer(gate);
            continue;
          }
          throw new Refusal(
            "invalid-update",
            CLOSE.badInput,
            "an update refers to content that never arrived",
          );
        }
        await this.handle(gate, bytes);
      }
    } catch (error) {
      this.refused(error, gate);
    } finally {
      gate.busy = false;
    }
  }

  private async handle(gate: DocumentGate, bytes: Buffer): Promise<void> {
    const decoder = decoding.createDecoder(bytes);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE.sync:
      case MESSAGE.syncReply:
        return this.handleSync(gate, bytes, decoder);
      case MESSAGE.awareness:
        return this.handleAwareness(gate, decoder);
      case MESSAGE.queryAwareness:
      case MESSAGE.close:
        expectEnd(decoder);
        return this.forward(bytes);
      case MESSAGE.stateless:
        readOrRefuse(() => decoding.readVarString(decoder));
        expectEnd(decoder);
        return this.forward(bytes);
      case MESSAGE.broadcastStateless:
        throw new Refusal("broadcast", CLOSE.forbidden, "a broadcast (only the server broadcasts)");
      default:
        throw new Refusal("malformed", CLOSE.badInput, `a message of unknown type ${type}`);
    }
  }

  private async handleSync(
    gate: DocumentGate,
    bytes: Buffer,
    decoder: decoding.Decoder,
  ): Promise<void> {
    const step = readOrRefuse(() => decoding.readVarUint(decoder));
    const payload = readOrRefuse(() => decoding.readVarUint8Array(decoder));
    expectEnd(decoder);
    if (step === SYNC_STEP_1) {
      const known = readOrRefuse(() => Y.decodeStateVector(payload));
      if (gate.firstSyncAnswered) {
        gate.firstSyncAnswered = false;
        return; // by answerWhileLoading
      }
      const whole = known.size === 0 ? this.config.wholeState(gate.name) : undefined;
      if (whole === undefined) return this.forward(bytes);
      // Answered as Hocuspocus would (our state vector, then everything), from bytes at hand.
      const connection = gate.connection!;
      connection.send(
        syncMessage(gate.name, SYNC_STEP_1, Y.encodeStateVector(connection.document)),
      );
      connection.send(syncMessage(gate.name, SYNC_STEP_2, whole));
      return;
    }
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) {
      throw new Refusal("malformed", CLOSE.badInput, `a sync message of unknown step ${step}`);
    }
    if (gate.context?.readOnly || gate.connection?.readOnly) {
      // A viewer's provider answers the sync handshake too; with nothing new in it, that is no change.
      const document = gate.connection!.document;
      const known = () => Y.snapshotContainsUpdate(Y.snapshot(document), payload);
      if (step === SYNC_STEP_2 && readOrRefuse(known)) return;
      // Viewers may not change the document: drop it (never applied, stored or relayed).
      this.config.onRefused("read-only");
      this.config.log.debug(
        { siteId: gate.context?.siteId, userId: gate.context?.user.id },
        "dropped a change from a read-only connection",
      );
      return;
    }
    if (gate.waitingBytes + payload.length > this.config.maxWaitingBytes) {
      throw new Refusal(
        "invalid-update",
        CLOSE.badInput,
        `more than ${this.config.maxWaitingBytes} bytes of updates refer to content that has not arrived`,
      );
    }
    gate.waiting.push({
      data: bytes,
      update: payload,
      since: Date.now(),
      handshake: step === SYNC_STEP_2,
    });
    gate.waitingBytes += payload.length;
    await this.settleWaiting(gate);
  }

  /**
   * Checks, stores and forwards the connection's pending updates, each as soon as everything it
   * refers to is here. Yjs applies updates in any order, so one that waits (say, typing sent just
   * before the sync that carries the offline edits it builds on) does not hold back the others.
   * One that waits is checked again only once something it refers to has arrived, so thousands
   * waiting for one sync cost one check each.
   */
  private async settleWaiting(gate: DocumentGate): Promise<void> {
    const document = gate.connection!.document;
    let progress = true;
    while (progress && gate.waiting.length > 0) {
      progress = false;
      for (const pending of [...gate.waiting]) {
        if (!mayHaveArrived(document, pending)) continue;
        // Back-pressure: no more than `maxBacklog` updates on their way to the store.
        await this.storeCaughtUp(gate);
        if (this.socketClosed || gate.state !== "open") return;
        const verdict = checkUpdate(document, pending.update, this.config.rules);
        if (verdict.ok === "wait") {
          pending.missing = verdict.missing;
          pending.checkedAt = verdict.missing.size === 0 ? stateOf(document) : undefined;
          continue;
        }
        gate.waiting.splice(gate.waiting.indexOf(pending), 1);
        gate.waitingBytes -= pending.update.length;
        if (verdict.ok === false) {
          throw new Refusal(
            "invalid-update",
            CLOSE.badInput,
            `an update refused: ${verdict.reason}`,
          );
        }
        await this.store(gate, pending);
        progress = true;
      }
    }
    if (gate.waiting.length > 0) this.armWaitTimer(gate);
    else clearTimeout(gate.timer);
  }

  /**
   * Appends an accepted update to the store and, at the same moment, hands it to Hocuspocus, which
   * applies and relays it: collaborators see it without waiting for the database, while its
   * acknowledgement waits until it is stored (`acknowledgeWhenStored`). An edit is acknowledged
   * only once it is on disk; one that is relayed and then lost with the process is still held by
   * its author (unacknowledged) and by everyone it reached, who all send it again on reconnect.
   */
  private async store(
    gate: DocumentGate,
    { data: bytes, update, handshake }: DocumentGate["waiting"][number],
  ): Promise<void> {
    const document = gate.connection!.document;
    const fresh = Y.diffUpdate(update, Y.encodeStateVector(document));
    // A reconnecting client's handshake repeats its whole delete set: store it only if it is news.
    const known =
      isEmptyUpdate(fresh) || (handshake && Y.snapshotContainsUpdate(Y.snapshot(document), fresh));
    // Nothing to store: it is as stored as what came before it.
    const stored = known ? gate.stored : this.persist(gate, fresh);
    // Closed meanwhile: once stored, it reaches the live document with the next load.
    if (this.socketClosed || gate.state !== "open") {
      await stored;
      return;
    }
    gate.stored = stored;
    // The connection's next update may build on this one, so it is checked once Hocuspocus has
    // applied this one (after its hooks settle), which it says by acknowledging it.
    const applied = new Promise<void>((resolve) => (gate.applied = resolve));
    this.forward(bytes);
    await applied;
  }

  /** Appends an update, counting it as on its way to the store until it is stored (or failed). */
  private persist(gate: DocumentGate, update: Uint8Array): Promise<boolean> {
    gate.unstored += 1;
    gate.unstoredBytes += update.length;
    return this.config
      .persist(gate.name, update)
      .then(
        () => true,
        (error: unknown) => {
          this.config.log.error(
            { err: error, siteId: gate.context?.siteId },
            "could not store an update",
          );
          this.refused(
            new Refusal(
              "store-failed",
              CLOSE.storeFailed,
              "your changes could not be saved; reconnect to retry",
            ),
            gate,
          );
          return false;
        },
      )
      .then((ok) => {
        gate.unstored -= 1;
        gate.unstoredBytes -= update.length;
        const { maxBacklog, maxBacklogBytes } = this.config;
        if (gate.unstored <= maxBacklog / 2 && gate.unstoredBytes <= maxBacklogBytes / 2) {
          this.caughtUp(gate);
        }
        return ok;
      });
  }

  /** Waits while `maxBacklog` of the document's updates are on their way to the store. */
  private async storeCaughtUp(gate: DocumentGate): Promise<void> {
    const { maxBacklog, maxBacklogBytes } = this.config;
    while (
      !this.socketClosed &&
      (gate.unstored >= maxBacklog || gate.unstoredBytes >= maxBacklogBytes)
    ) {
      if (!gate.caughtUp) {
        let resolve = () => {};
        const promise = new Promise<void>((r) => (resolve = r));
        gate.caughtUp = { promise, resolve };
      }
      await gate.caughtUp.promise;
    }
  }

  private caughtUp(gate: DocumentGate): void {
    gate.caughtUp?.resolve();
    gate.caughtUp = undefined;
  }

  private wasApplied(gate: DocumentGate): void {
    gate.applied?.();
    gate.applied = undefined;
  }

  /** A received message was taken off its queue: read on once half the backlog is worked off. */
  private handled(bytes: number): void {
    this.backlog -= 1;
    this.backlogBytes -= bytes;
    if (
      this.paused &&
      this.backlog <= this.config.maxBacklog / 2 &&
      this.backlogBytes <= this.config.maxBacklogBytes / 2
    ) {
      this.paused = false;
      this.readingSince = Date.now();
      if (!this.socketClosed) this.ws.resume();
    }
  }

  /** Forgets a document's queued messages (it closed, or was refused). */
  private dropQueue(gate: DocumentGate): void {
    for (const bytes of gate.queue.splice(0)) if (bytes !== EXPIRED) this.handled(bytes.length);
  }

  /** The socket is closed: no timers, and nothing left waiting for the store. */
  private stopAll(): void {
    for (const gate of this.documents.values()) {
      clearTimeout(gate.timer);
      this.caughtUp(gate);
      this.wasApplied(gate);
    }
  }

  private armWaitTimer(gate: DocumentGate): void {
    clearTimeout(gate.timer);
    // In order of arrival, and `since` never decreases along it.
    const oldest = gate.waiting[0]!.since;
    gate.timer = setTimeout(
      () => {
        if (gate.waiting.length === 0 || this.socketClosed) return;
        // One last look (content may have arrived from another connection), then give up.
        gate.queue.push(EXPIRED);
        void this.drain(gate);
      },
      Math.max(0, oldest + this.config.waitTimeoutMs - Date.now()),
    );
    gate.timer.unref?.();
  }

  private handleAwareness(gate: DocumentGate, decoder: decoding.Decoder): void {
    const update = readOrRefuse(() => decoding.readVarUint8Array(decoder));
    expectEnd(decoder);
    const context = gate.context!;
    const document = gate.connection!.document;
    const { states, meta } = document.awareness;
    const mine = document.getClients(this.ws);
    let stamped: Uint8Array | null;
    try {
      stamped = stampAwarenessUpdate(update, context.presence, gate.presenceIds, (entry) => {
        if (mine.has(entry.clientId)) return "mine";
        const current = states.get(entry.clientId) as { user?: { id?: unknown } } | undefined;
        if (current !== undefined) return current?.user?.id === context.user.id ? "mine" : "taken";
        const known = meta.get(entry.clientId);
        return known === undefined || entry.clock > known.clock ? "free" : "taken";
      });
    } catch (error) {
      if (error instanceof AwarenessError) {
        throw new Refusal("presence", CLOSE.badInput, `presence refused: ${error.message}`);
      }
      throw new Refusal("malformed", CLOSE.badInput, "presence that does not parse");
    }
    if (stamped === null) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, gate.name);
    encoding.writeVarUint(encoder, MESSAGE.awareness);
    encoding.writeVarUint8Array(encoder, stamped);
    this.forward(Buffer.from(encoding.toUint8Array(encoder)));
  }

  private forward(bytes: Buffer): void {
    if (this.socketClosed) return;
    this.forwarded.add(bytes);
    this.emit("message", bytes, true);
  }

  /** Logs a refusal and closes the socket (every document on it; the client reconnects). */
  private refused(error: unknown, gate: DocumentGate | undefined, close = true): void {
    if (!(error instanceof Refusal)) {
      // A failure of ours (a TypeError, a Yjs throw): the client's input is not to blame, so it
      // is logged as a server error and the client told to reconnect, which resends what was
      // not acknowledged.
      this.config.log.error(
        { err: error, document: gate?.name, userId: gate?.context?.user.id },
        "collab connection closed: server error",
      );
      if (close && !this.socketClosed) {
        this.socketClosed = true;
        this.stopAll();
        this.ws.close(CLOSE.internalError, "the server failed; reconnect to retry");
      }
      return;
    }
    const refusal = error;
    this.config.onRefused(refusal.kind);
    this.config.log.warn(
      {
        reason: refusal.message,
        kind: refusal.kind,
        document: gate?.name,
        userId: gate?.context?.user.id,
        ip: this.request.socket.remoteAddress,
      },
      "collab connection closed: bad input",
    );
    if (close && !this.socketClosed) {
      this.socketClosed = true;
      this.stopAll();
      this.ws.close(refusal.code, truncateReason(refusal.message));
    }
  }
}

function syncMessage(document: string, step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

function readOrRefuse<T>(read: () => T): T {
  try {
    return read();
  } catch {
    throw new Refusal("malformed", CLOSE.badInput, "a message that does not parse");
  }
}

function expectEnd(decoder: decoding.Decoder): void {
  if (decoding.hasContent(decoder)) {
    throw new Refusal("malformed", CLOSE.badInput, "trailing bytes after a message");
  }
}

/** Whether a held update may be judged now: something it referred to has arrived since. */
function mayHaveArrived(document: Y.Doc, pending: Pending): boolean {
  if (pending.missing === undefined) return true;
  if (pending.missing.size === 0) return stateOf(document) !== pending.checkedAt;
  for (const [client, clock] of pending.missing) {
    if (Y.getState(document.store, client) > clock) return true;
  }
  return false;
}

function stateOf(document: Y.Doc): string {
  return Buffer.from(Y.encodeStateVector(document)).toString("base64");
}

/** An update with no items and no deletions (what Yjs encodes as [0, 0]). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2 && update.every((byte) => byte === 0);
}

function describeName(name: string): string {
  return JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
}

/** WebSocket close reasons are at most 123 bytes of UTF-8. */
function truncateReason(reason: string): string {
  let out = reason;
  while (Buffer.byteLength(out) > 120) out = out.slice(0, -1);
  return out;
}

export type { Document };
