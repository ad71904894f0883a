import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createUndoManager,
  editOrigin,
  insertBlock,
  layout,
  materialize,
  updateProps,
} from "../../collab/doc/index.ts";
import { presenceColor, type PresenceState } from "../../collab/presence.ts";
import { testBlock } from "../../collab/server/testkit.ts";
import { call } from "../helpers/app.ts";
import { connect, siteWith, startCollabApp, storedState, waitFor, type Client } from "./helpers.ts";

// Compaction far away: every check below must hold from the update log alone.
const server = await startCollabApp({
  collab: { compactAfterMs: 60_000, compactAtLeastEveryMs: 120_000 },
});
afterAll(() => server.close());
const { app, deps, wsUrl } = server;

const clients: Client[] = [];
afterAll(() => clients.forEach((c) => c.destroy()));
function open(siteId: string, cookie: string): Client {
  const client = connect(wsUrl, siteId, { cookie });
  clients.push(client);
  return client;
}

const headings = (doc: Y.Doc) =>
  [...layout.siteMaps(doc).blocks.values()]
    .filter((entry) => entry.get("type") === "heading")
    .map((entry) => (entry.get("props") as Y.Map<unknown>).get("text"));
/** Publishes the site as its owner and returns the published document. */
async function publish(siteId: string, cookie: string) {
  const published = await call(app, "mutation", "sites.publish", { siteId }, { cookie });
  expect(published.status, JSON.stringify(published.error)).toBe(200);
  return deps.siteDocuments.publishedDoc(siteId, published.data.versionId);
}
const firstPage = (doc: Y.Doc) => [...layout.siteMaps(doc).pages.keys()][0]!;
const addHeading = (client: Client, userId: string, text: string) =>
  insertBlock(
    client.doc,
    testBlock("heading", { text }),
    { pageId: firstPage(client.doc) },
    editOrigin({ kind: "user", userId }),
  );

describe("editing together", () => {
  it("gives every client the site's one initial state, and relays edits between three of them", async () => {
    const { siteId, owner, members } = await siteWith(app, deps, ["editor", "editor"]);
    const [a, b, c] = [
      open(siteId, owner.cookie),
      open(siteId, members[0]!.cookie),
      open(siteId, members[1]!.cookie),
    ];
    await Promise.all([a.synced(), b.synced(), c.synced()]);
    // The starter page, created once with the site: not three copies of it.
    const blocks = materialize(a.doc).doc.pages[0]!.blocks.map((block) => block.type);
    expect(blocks).toEqual(["header", "hero", "footer"]);
    expect(Y.encodeStateVector(b.doc)).toEqual(Y.encodeStateVector(a.doc));

    addHeading(a, owner.user.id, "From A");
    addHeading(b, members[0]!.user.id, "From B");
    addHeading(c, members[1]!.user.id, "From C");
    for (const client of [a, b, c]) {
      await waitFor(() => headings(client.doc).length === 3, { what: "every edit everywhere" });
      expect(headings(client.doc).sort()).toEqual(["From A", "From B", "From C"]);
    }
  });

  it("relays an edit at once, and acknowledges it only once it is stored", async () => {
    const { siteId, owner, members } = await siteWith(app, deps, ["editor"]);
    const a = open(siteId, owner.cookie);
    const b = open(siteId, members[0]!.cookie);
    await Promise.all([a.synced(), b.synced()]);

    // Make the store slow, and note when the append finished and when B first saw the edit.
    const append = deps.siteStore.appendUpdate.bind(deps.siteStore);
    let storedAt = 0;
    deps.siteStore.appendUpdate = async (id, update) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await append(id, update);
      storedAt = performance.now();
    };
    let seenAt = 0;
    b.doc.on("update", () => (seenAt ||= performance.now()));
    try {
      addHeading(a, owner.user.id, "Slow to store");
      await waitFor(() => seenAt > 0, { what: "B to see the edit" });
      // B did not wait for the database...
      expect(storedAt).toBe(0);
      // ...but A's acknowledgement did.
      await a.acknowledged();
      const acknowledgedAt = performance.now();
      expect(storedAt).toBeGreaterThan(0);
      expect(storedAt).toBeLessThanOrEqual(acknowledgedAt);
      // And it is in the log, not only in memory (no compaction has run).
      expect(headings(await storedState(deps, siteId))).toContain("Slow to store");
    } finally {
      deps.siteStore.appendUpdate = append;
    }
  });

  it("publishes every acknowledged edit, compacted or not", async () => {
    const { siteId, owner } = await siteWith(app, deps);
    const a = open(siteId, owner.cookie);
    await a.synced();
    addHeading(a, owner.user.id, "Fresh off the press");
    await a.acknowledged();
    expect((await deps.siteStore.loadUpdates(siteId)).updates.length).toBeGreaterThan(0);
    const doc = await publish(siteId, owner.cookie);
    expect(JSON.stringify(doc)).toContain("Fresh off the press");
  });

  it("publishes text the database cannot keep (NUL, half an emoji) sent over the WebSocket, repaired", async () => {
    const { siteId, owner } = await siteWith(app, deps);
    const a = open(siteId, owner.cookie);
    await a.synced();
    addHeading(a, owner.user.id, "Pain\u0000 au levain \ud83e");
    await a.acknowledged();
    const doc = await publish(siteId, owner.cookie);
    expect(JSON.stringify(doc)).toContain("Pain au levain \ufffd");
  });

  it("shows each person's presence under the name and colour the server knows, whatever they claim", async () => {
    const { siteId, owner, members } = await siteWith(app, deps, ["editor", "viewer"]);
    const [editor, viewer] = members as [typeof owner, typeof owner];
    const a = open(siteId, owner.cookie);
    const b = open(siteId, editor.cookie);
    const v = open(siteId, viewer.cookie);
    await Promise.all([a.synced(), b.synced(), v.synced()]);
    const blockId = [...layout.siteMaps(a.doc).blocks.keys()][0]!;
    b.provider.awareness!.setLocalState({
      user: { id: owner.user.id, name: "Someone Else", color: "#000000", readOnly: false },
      name: "Someone Else",
      pageId: firstPage(b.doc),
      selection: [blockId],
      cursor: null,
    });
    v.provider.awareness!.setLocalState({ pageId: firstPage(v.doc), selection: [] });
    const stateOf = (clientId: number) =>
      a.provider.awareness!.getStates().get(clientId) as PresenceState | undefined;
    await waitFor(
      () =>
        stateOf(b.doc.clientID)?.selection?.length === 1 && stateOf(v.doc.clientID) !== undefined,
      {
        what: "presence to arrive",
      },
    );
    expect(stateOf(b.doc.clientID)).toMatchObject({
      user: {
        id: editor.user.id,
        name: editor.name,
        color: presenceColor(editor.user.id),
        readOnly: false,
      },
      name: editor.name,
      color: presenceColor(editor.user.id),
      pageId: firstPage(a.doc),
      selection: [blockId],
    });
    expect(stateOf(v.doc.clientID)).toMatchObject({
      user: { id: viewer.user.id, name: viewer.name, readOnly: true },
    });
  });

  it("undoes only the undoer's own changes, through the server", async () => {
    const { siteId, owner, members } = await siteWith(app, deps, ["editor"]);
    const a = open(siteId, owner.cookie);
    const b = open(siteId, members[0]!.cookie);
    await Promise.all([a.synced(), b.synced()]);
    const undoA = createUndoManager(a.doc, { kind: "user", userId: owner.user.id });
    const hero = [...layout.siteMaps(a.doc).blocks.entries()].find(
      ([, e]) => e.get("type") === "hero",
    )![0];

    addHeading(a, owner.user.id, "A's heading");
    await waitFor(() => headings(b.doc).includes("A's heading"));
    updateProps(
      b.doc,
      hero,
      { heading: "B's hero" },
      editOrigin({ kind: "user", userId: members[0]!.user.id }),
    );
    const heroHeading = (doc: Y.Doc) =>
      (layout.siteMaps(doc).blocks.get(hero)!.get("props") as Y.Map<unknown>).get("heading");
    await waitFor(() => heroHeading(a.doc) === "B's hero");

    undoA.undo();
    await waitFor(() => !headings(b.doc).includes("A's heading"), { what: "A's undo to reach B" });
    expect(heroHeading(b.doc)).toBe("B's hero");
    expect(heroHeading(a.doc)).toBe("B's hero");
    undoA.redo();
    await waitFor(() => headings(b.doc).includes("A's heading"), { what: "A's redo to reach B" });
  });

  it("merges edits made while disconnected when the client comes back", async () => {
    const { siteId, owner, members } = await siteWith(app, deps, ["editor"]);
    const a = open(siteId, owner.cookie);
    const b = open(siteId, members[0]!.cookie);
    await Promise.all([a.synced(), b.synced()]);

    a.socket.disconnect();
    await waitFor(() => !a.provider.isSynced, { what: "A to go offline" });
    addHeading(a, owner.user.id, "Written offline");
    addHeading(b, members[0]!.user.id, "Written online");
    await b.acknowledged();
    expect(headings(b.doc)).not.toContain("Written offline");

    void a.socket.connect();
    for (const client of [a, b]) {
      await waitFor(() => headings(client.doc).length === 2, { what: "both edits on both sides" });
    }
    expect(headings(a.doc).sort()).toEqual(["Written offline", "Written online"]);
    await waitFor(async () => headings(await storedState(deps, siteId)).length === 2, {
      what: "the offline edit to be stored",
    });
  });

  it("sends clients joining a document that is still loading the stored state once, and keeps their offline edits", async () => {
    const { siteId, owner } = await siteWith(app, deps, []);
    const first = open(siteId, owner.cookie);
    await first.synced();
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(first.doc));
    first.destroy();
    await waitFor(() => !deps.collab.server.hocuspocus.documents.has(`site:${siteId}`), {
      what: "the document to be unloaded",
    });
    // Two clients at once on the cold document: one with nothing, one with an edit made offline.
    const fresh = open(siteId, owner.cookie);
    const returning = connect(wsUrl, siteId, { cookie: owner.cookie }, offline);
    clients.push(returning);
    let received = 0;
    fresh.provider.on("message", ({ event }: { event: MessageEvent<ArrayBuffer> }) => {
      received += event.data.byteLength;
    });
    addHeading(returning, owner.user.id, "Written before the document loaded");
    await returning.acknowledged();
    await waitFor(() => headings(fresh.doc).includes("Written before the document loaded"), {
      what: "the offline edit to reach the other client",
    });
    const stored = await storedState(deps, siteId);
    expect(headings(stored)).toContain("Written before the document loaded");
    // The whole state went out once; the client's own first sync request was not answered with a
    // second copy.
    expect(received).toBeLessThan(Y.encodeStateAsUpdate(stored).length * 1.5);
  });

  it("opens with a short-lived token instead of the cookie", async () => {
    const { siteId, owner } = await siteWith(app, deps);
    const token = async () => {
      const result = await call(
        app,
        "mutation",
        "collab.token",
        { siteId },
        { cookie: owner.cookie },
      );
      return result.data.token as string;
    };
    const a = connect(wsUrl, siteId, { token });
    clients.push(a);
    await a.synced();
    expect(a.provider.authorizedScope).toBe("read-write");
  });

  it("refused nothing the providers above sent", () => {
    expect(deps.collab.server.metricsSnapshot().refused).toEqual({});
    expect(server.logs.filter((line) => line.msg.includes("bad input"))).toEqual([]);
  });
});

describe("when the store fails", () => {
  it("closes the connection of an edit that cannot be stored, never acknowledging it, and loses nothing", async () => {
    const { siteId, owner } = await siteWith(app, deps, []);
    const a = open(siteId, owner.cookie);
    await a.synced();
    const append = deps.siteStore.appendUpdate.bind(deps.siteStore);
    let failures = 0;
    deps.siteStore.appendUpdate = async () => {
      failures += 1;
      throw new Error("the database is down");
    };
    try {
      addHeading(a, owner.user.id, "Typed while the database was down");
      await waitFor(() => a.closes.some((close) => close.code === 1011), {
        what: "the connection to be closed",
      });
      expect(a.provider.hasUnsyncedChanges).toBe(true);
    } finally {
      deps.siteStore.appendUpdate = append;
    }
    expect(failures).toBeGreaterThan(0);
    // The provider reconnects and sends what was not acknowledged; now it is stored.
    await a.acknowledged();
    await waitFor(
      async () =>
        headings(await storedState(deps, siteId)).includes("Typed while the database was down"),
      { what: "the edit to be stored after the reconnect" },
    );
  });
});
