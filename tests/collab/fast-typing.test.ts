/**
 * Fast typing is not bad input (issue 13): a writer replaying an editing trace as fast as the
 * provider can send it, a large paste sent in pieces, and a client coming back with thousands of
 * edits made offline are all taken in full, never closed. The Guard holds a connection back
 * (back-pressure) while the store is behind instead of refusing it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { richTextFromPlainText } from "../../blocks/shared/rich-text-value/index.ts";
import { editOrigin, insertBlock, layout } from "../../collab/doc/index.ts";
import {
  applyTraceEdit,
  editingTrace,
  testBlock,
  traceTarget,
  traceText,
  type EditingTrace,
} from "../../collab/server/testkit.ts";
import { testDatabaseKinds } from "../helpers/database.ts";
import { WAIT_CEILING_MS } from "../helpers/waits.ts";
import { siteDocumentName } from "../../collab/presence.ts";
import {
  connect,
  rawClient,
  siteWith,
  startCollabApp,
  storedState,
  waitFor,
  type Client,
  type CollabApp,
} from "./helpers.ts";

/** Hocuspocus' acknowledgement of an update (MessageType.SyncStatus). */
const SYNC_STATUS = 8;
// A trace's three waits (acknowledged, relayed, stored), each up to a wait's ceiling when loaded.
const TRACE_TEST_MS = 3 * WAIT_CEILING_MS;
const contentOf = (doc: Y.Doc, blockId: string) =>
  (layout.siteMaps(doc).blocks.get(blockId)!.get("props") as Y.Map<unknown>).get(
    "content",
  ) as Y.XmlText;
const refusals = (server: CollabApp) =>
  server.logs.filter((line) => line.msg === "collab connection closed: bad input");
/** How many of `client`'s own edits `doc` has (its clock for that client). */
const editsOf = (doc: Y.Doc, client: Client) =>
  Y.decodeStateVector(Y.encodeStateVector(doc)).get(client.doc.clientID) ?? 0;

describe.each(testDatabaseKinds())("fast typing on %s", { timeout: TRACE_TEST_MS }, (kind) => {
  let server: CollabApp;
  const clients: Client[] = [];
  beforeAll(async () => {
    // A small backlog, so the traces below run far past it.
    server = await startCollabApp({ kind, collab: { guard: { maxBacklog: 64 } } });
  });
  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await server.close();
  });
  function open(siteId: string, cookie: string): Client {
    const client = connect(server.wsUrl, siteId, { cookie });
    clients.push(client);
    return client;
  }

  /** A writer and a reader on a new site with a rich-text block holding the trace's start. */
  async function writerAndReader(trace: EditingTrace) {
    const { siteId, owner, members } = await siteWith(server.app, server.deps, ["editor"]);
    const writer = open(siteId, owner.cookie);
    const reader = open(siteId, members[0]!.cookie);
    await Promise.all([writer.synced(), reader.synced()]);
    const block = testBlock("rich-text", { content: richTextFromPlainText(trace.start) });
    const origin = editOrigin({ kind: "user", userId: owner.user.id });
    const pageId = [...layout.siteMaps(writer.doc).pages.keys()][0]!;
    insertBlock(writer.doc, block, { pageId }, origin);
    await writer.acknowledged();
    await waitFor(() => layout.siteMaps(reader.doc).blocks.has(block.id), {
      what: "the reader to get the block",
    });
    const target = traceTarget(contentOf(writer.doc, block.id));
    /** Makes edits [from, to) of the trace at once, one update each. */
    const replay = (from: number, to: number) => {
      for (let i = from; i < to; i++) applyTraceEdit(target, trace.edits[i]!, origin);
    };
    return { siteId, owner, origin, writer, reader, blockId: block.id, replay };
  }

  /** Every edit acknowledged, on the reader, and in the store, with nothing refused. */
  async function expectTaken(
    trace: EditingTrace,
    { siteId, writer, reader, blockId }: Awaited<ReturnType<typeof writerAndReader>>,
    closesBefore = 0,
  ) {
    await waitFor(
      () =>
        writer.closes.length > closesBefore ||
        (writer.provider.isSynced && !writer.provider.hasUnsyncedChanges),
      { what: "every edit to be acknowledged" },
    );
    expect(writer.closes.slice(closesBefore)).toEqual([]);
    expect(refusals(server).map((line) => line.reason)).toEqual([]);
    expect(traceText(contentOf(writer.doc, blockId))).toBe(trace.result);
    // Deletions included: the same state, not only the same clocks.
    await waitFor(() => Y.equalSnapshots(Y.snapshot(reader.doc), Y.snapshot(writer.doc)), {
      what: "the reader to get every edit",
    });
    expect(traceText(contentOf(reader.doc, blockId))).toBe(trace.result);
    // And the store alone has the whole text. (After a reconnection the provider's count of
    // unacknowledged edits starts again, so it can read zero before the last append is stored.)
    await waitFor(
      async () =>
        traceText(contentOf(await storedState(server.deps, siteId), blockId)) === trace.result,
      { what: "the store to hold the whole text" },
    );
  }

  it("takes a trace typed as fast as the provider can send it", async () => {
    const trace = editingTrace({ seed: 13, typing: 2_000 });
    const session = await writerAndReader(trace);
    session.replay(0, trace.edits.length);
    await expectTaken(trace, session);
  });

  it("takes a 1 MB paste sent as 300 updates", async () => {
    const trace = editingTrace({
      seed: 14,
      typing: 200,
      pasteChars: 1_000_000,
      pastePieces: 300,
    });
    const session = await writerAndReader(trace);
    session.replay(0, trace.edits.length);
    await expectTaken(trace, session);
  });

  it("takes thousands of edits made offline when the client comes back", async () => {
    const trace = editingTrace({ seed: 15, typing: 400, offline: 2_000 });
    const offline = trace.segments.find((segment) => segment.kind === "offline")!;
    const session = await writerAndReader(trace);
    const { writer } = session;
    session.replay(0, offline.from);
    await waitFor(() => !writer.provider.hasUnsyncedChanges, { what: "the first edits stored" });
    writer.socket.disconnect();
    await waitFor(() => !writer.provider.isSynced, { what: "the writer to go offline" });
    session.replay(offline.from, offline.to);
    const closes = writer.closes.length;
    void writer.socket.connect();
    // Typing goes on while the offline edits are caught up.
    await waitFor(() => writer.provider.isAuthenticated, { what: "the writer to reconnect" });
    session.replay(offline.to, trace.edits.length);
    await expectTaken(trace, session, closes);
  });

  it("takes thousands of updates sent before the one they build on", async () => {
    // As after a connection lost mid-typing: what was sent into it is gone, the rest comes first.
    const trace = editingTrace({ seed: 17, typing: 2_000 });
    const { siteId, owner, origin, writer, reader, blockId } = await writerAndReader(trace);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(writer.doc));
    const updates: Uint8Array[] = [];
    replica.on("update", (update: Uint8Array) => updates.push(update));
    const target = traceTarget(contentOf(replica, blockId));
    for (const edit of trace.edits) applyTraceEdit(target, edit, origin);
    const raw = await rawClient(server.wsUrl, { cookie: owner.cookie });
    const name = siteDocumentName(siteId);
    expect(await raw.auth(name)).toBe("authenticated:read-write");
    for (const update of updates.slice(1)) raw.update(name, update);
    raw.update(name, updates[0]!);
    const acknowledgements = () =>
      raw.received.filter((m) => m.document === name && m.type === SYNC_STATUS).length;
    await waitFor(() => acknowledgements() === updates.length || !raw.isOpen(), {
      what: "every update to be acknowledged",
    });
    expect(raw.isOpen()).toBe(true);
    expect(refusals(server).map((line) => line.reason)).toEqual([]);
    await waitFor(() => Y.equalSnapshots(Y.snapshot(reader.doc), Y.snapshot(replica)), {
      what: "the reader to get every edit",
    });
    expect(traceText(contentOf(reader.doc, blockId))).toBe(trace.result);
    expect(traceText(contentOf(await storedState(server.deps, siteId), blockId))).toBe(
      trace.result,
    );
    raw.close();
  });

  it("holds a writer back while the store is behind, and takes everything once it catches up", async () => {
    const trace = editingTrace({ seed: 16, typing: 1_500 });
    const session = await writerAndReader(trace);
    const { writer, reader } = session;
    const { siteStore } = server.deps;
    const append = siteStore.appendUpdate.bind(siteStore);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    siteStore.appendUpdate = async (id, update) => {
      await released;
      await append(id, update);
    };
    try {
      const before = editsOf(reader.doc, writer);
      session.replay(0, trace.edits.length);
      // The store takes nothing: the Guard hands on no more than its backlog allows, however
      // long the writer keeps sending (checked for a while, not after a tuned sleep).
      await waitFor(() => editsOf(reader.doc, writer) > before || writer.closes.length > 0, {
        what: "the first edits",
      });
      const deadline = Date.now() + 1_000;
      while (Date.now() < deadline) {
        expect(editsOf(reader.doc, writer) - before).toBeLessThanOrEqual(64);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(writer.closes).toEqual([]);
    } finally {
      release();
      siteStore.appendUpdate = append;
    }
    await expectTaken(trace, session);
  });
});
