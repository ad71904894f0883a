import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { editOrigin, insertBlock, layout } from "../../collab/doc/index.ts";
import { parseNotice, type ProblemsNotice } from "../../collab/notices.ts";
import { loadSiteLog } from "../../collab/server/load.ts";
import { testBlock } from "../../collab/server/testkit.ts";
import type { CollabLogger } from "../../collab/server/types.ts";
import { starterSiteDoc } from "../../server/sites/starter.ts";
import { testDatabaseKinds } from "../helpers/database.ts";
import {
  connect,
  siteWith,
  startCollabApp,
  waitFor,
  type Client,
  type CollabApp,
} from "./helpers.ts";

const firstPage = (doc: Y.Doc) => [...layout.siteMaps(doc).pages.keys()][0]!;

// On PGlite, and on PostgreSQL when DATABASE_URL is set (real concurrency for the conversion race).
describe.each(testDatabaseKinds())("persistence on %s", (kind) => {
  let server: CollabApp;
  const clients: Client[] = [];
  beforeAll(async () => {
    server = await startCollabApp({
      kind,
      collab: { compactAfterMs: 150, compactAtLeastEveryMs: 1_000 },
    });
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

  describe("compaction", () => {
    it("folds the update log into the stored state with a validated JSON snapshot", async () => {
      const { siteId, owner } = await siteWith(server.app, server.deps);
      const before = await server.deps.siteStore.get(siteId);
      const a = open(siteId, owner.cookie);
      await a.synced();
      insertBlock(
        a.doc,
        testBlock("heading", { text: "Compact me" }),
        { pageId: firstPage(a.doc) },
        editOrigin({ kind: "user", userId: owner.user.id }),
      );
      await a.acknowledged();
      await waitFor(
        async () => (await server.deps.siteStore.loadUpdates(siteId)).updates.length === 0,
        {
          what: "the log to be folded",
        },
      );
      const after = await server.deps.siteStore.get(siteId);
      expect(after!.version).toBeGreaterThan(before!.version);
      expect(JSON.stringify(after!.doc)).toContain("Compact me");
      const state = new Y.Doc();
      Y.applyUpdate(state, after!.yState!);
      expect(Y.encodeStateVector(state)).toEqual(Y.encodeStateVector(a.doc));
    });

    it("leaves invalid blocks out of the snapshot and reports them, without losing them", async () => {
      const { siteId, owner } = await siteWith(server.app, server.deps);
      // A block saved broken (by an older version, say): its props do not validate.
      const stored = await server.deps.siteStore.get(siteId);
      const ydoc = new Y.Doc();
      Y.applyUpdate(ydoc, stored!.yState!);
      const pageId = firstPage(ydoc);
      const broken = testBlock("button", { label: "Broken" });
      insertBlock(ydoc, broken, { pageId }, editOrigin({ kind: "system" }));
      (layout.siteMaps(ydoc).blocks.get(broken.id)!.get("props") as Y.Map<unknown>).set(
        "size",
        "enormous",
      );
      await server.deps.siteStore.update(siteId, stored!.version, {
        yState: Y.encodeStateAsUpdate(ydoc),
      });

      const a = open(siteId, owner.cookie);
      await a.synced();
      insertBlock(
        a.doc,
        testBlock("heading", { text: "Valid" }),
        { pageId },
        editOrigin({ kind: "user", userId: owner.user.id }),
      );
      await a.acknowledged();
      const problems = () =>
        a.stateless.map(parseNotice).filter((n): n is ProblemsNotice => n?.type === "problems");
      await waitFor(() => problems().length > 0, { what: "a problems notice" });
      expect(problems()[0]!.problems).toEqual([
        expect.objectContaining({
          kind: "invalid-props",
          blockId: broken.id,
          message: expect.stringMatching(/size/),
        }),
      ]);
      await waitFor(
        async () => (await server.deps.siteStore.loadUpdates(siteId)).updates.length === 0,
      );
      const snapshot = JSON.stringify((await server.deps.siteStore.get(siteId))!.doc);
      expect(snapshot).toContain("Valid");
      expect(snapshot).not.toContain(broken.id);
      // Still in the Y.Doc, so it can be fixed.
      expect(layout.siteMaps(a.doc).blocks.has(broken.id)).toBe(true);
      expect(server.logs.some((line) => line.msg.includes("left out of its snapshot"))).toBe(true);
      expect(server.deps.collab.server.metricsSnapshot().invalidBlocks).toBeGreaterThanOrEqual(1);
    });
  });

  describe("sites saved before live collaboration", () => {
    it("are converted to Yjs once, even when two processes open them at the same time", async () => {
      const siteId = randomUUID();
      await server.deps.siteStore.create({ siteId, doc: starterSiteDoc("Legacy") });
      const conversions: string[] = [];
      const log: CollabLogger = {
        debug() {},
        warn() {},
        error() {},
        info: (_fields, message) => void (message && conversions.push(message)),
      };
      const [first, second, third] = await Promise.all([
        loadSiteLog(server.deps.siteStore, siteId, log),
        loadSiteLog(server.deps.siteStore, siteId, log),
        loadSiteLog(server.deps.siteStore, siteId, log),
      ]);
      expect(conversions.filter((m) => m.includes("converted"))).toEqual([
        "converted a site document to Yjs",
      ]);
      expect(second.state).toEqual(first.state);
      expect(third.state).toEqual(first.state);
      expect((await server.deps.siteStore.get(siteId))!.version).toBe(2);
      // The draft reads it like any other site.
      const { doc } = await server.deps.siteDocuments.draft(siteId);
      expect(doc.settings.name).toBe("Legacy");
    });

    it("new sites store their Yjs state from the start", async () => {
      const { siteId } = await siteWith(server.app, server.deps);
      const stored = await server.deps.siteStore.get(siteId);
      expect(stored!.version).toBe(1);
      expect(stored!.yState).not.toBeNull();
      const ydoc = new Y.Doc();
      Y.applyUpdate(ydoc, stored!.yState!);
      expect(layout.siteMaps(ydoc).blocks.size).toBe(3);
    });
  });
});
