import { afterAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import {
  createUndoManager,
  editOrigin,
  insertBlock,
  layout,
  updateProps,
} from "../../collab/doc/index.ts";
import { applyNotice } from "../../collab/notices.ts";
import { testBlock } from "../../collab/server/testkit.ts";
import { call } from "../helpers/app.ts";
import {
  connect,
  siteWith,
  sleep,
  startCollabApp,
  storedState,
  waitFor,
  type Client,
} from "./helpers.ts";

const AUTO_EVERY_MS = 400;
const server = await startCollabApp({ collab: { autoVersionEveryMs: AUTO_EVERY_MS } });
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
    .map((entry) => (entry.get("props") as Y.Map<unknown>).get("text") as string)
    .sort();
const firstPage = (doc: Y.Doc) => [...layout.siteMaps(doc).pages.keys()][0]!;
const heroOf = (doc: Y.Doc) =>
  [...layout.siteMaps(doc).blocks.entries()].find(([, e]) => e.get("type") === "hero")![0];
const heroHeading = (doc: Y.Doc) =>
  (layout.siteMaps(doc).blocks.get(heroOf(doc))!.get("props") as Y.Map<unknown>).get("heading");

async function versions(siteId: string, cookie: string, kind?: string) {
  const result = await call(
    app,
    "query",
    "versions.list",
    { siteId, ...(kind ? { kind } : {}) },
    { cookie },
  );
  expect(result.status, JSON.stringify(result.error)).toBe(200);
  return result.data.versions as {
    id: string;
    kind: string;
    label: string | null;
    createdBy: { name: string } | null;
  }[];
}

describe("automatic versions", () => {
  it("are taken every few minutes while people edit (here: 400 ms), and not while nobody does", async () => {
    const { siteId, owner } = await siteWith(app, deps);
    const a = open(siteId, owner.cookie);
    await a.synced();
    insertBlock(
      a.doc,
      testBlock("heading", { text: "First" }),
      { pageId: firstPage(a.doc) },
      editOrigin({ kind: "user", userId: owner.user.id }),
    );
    await waitFor(async () => (await versions(siteId, owner.cookie, "auto")).length === 1, {
      what: "an auto version",
    });
    await sleep(AUTO_EVERY_MS * 2);
    expect(await versions(siteId, owner.cookie, "auto")).toHaveLength(1); // idle: none
    insertBlock(
      a.doc,
      testBlock("heading", { text: "Second" }),
      { pageId: firstPage(a.doc) },
      editOrigin({ kind: "user", userId: owner.user.id }),
    );
    await waitFor(async () => (await versions(siteId, owner.cookie, "auto")).length === 2, {
      what: "a second one",
    });
    const [latest] = await versions(siteId, owner.cookie, "auto");
    const saved = await deps.siteStore.getVersion(siteId, latest!.id);
    expect(JSON.stringify(saved!.doc)).toContain("Second");
    expect(saved!.yState).not.toBeNull();
  });

  it("are taken when the last editor leaves with changes not in one yet", async () => {
    const { siteId, owner } = await siteWith(app, deps);
    const a = open(siteId, owner.cookie);
    await a.synced();
    insertBlock(
      a.doc,
      testBlock("heading", { text: "Quick edit" }),
      { pageId: firstPage(a.doc) },
      editOrigin({ kind: "user", userId: owner.user.id }),
    );
    await a.acknowledged();
    a.destroy();
    await waitFor(async () => (await versions(siteId, owner.cookie, "auto")).length === 1, {
      what: "a version on leave",
    });
  });
});

describe("named versions and restores", () => {
  it("saves the current draft under a name, live edits included", async () => {
    const { siteId, owner, members } = await siteWith(app, deps, ["viewer"]);
    const a = open(siteId, owner.cookie);
    await a.synced();
    insertBlock(
      a.doc,
      testBlock("heading", { text: "Just typed" }),
      { pageId: firstPage(a.doc) },
      editOrigin({ kind: "user", userId: owner.user.id }),
    );
    await a.acknowledged();
    const saved = await call(
      app,
      "mutation",
      "versions.createNamed",
      { siteId, label: "  Spring launch  " },
      { cookie: owner.cookie },
    );
    expect(saved.status, JSON.stringify(saved.error)).toBe(200);
    expect(saved.data.version).toMatchObject({
      kind: "named",
      label: "Spring launch",
      createdBy: { name: owner.name },
    });
    const listed = await versions(siteId, members[0]!.cookie, "named");
    expect(listed.map((v) => v.label)).toEqual(["Spring launch"]);
    const version = await deps.siteStore.getVersion(siteId, saved.data.version.id);
    expect(JSON.stringify(version!.doc)).toContain("Just typed");
    const blank = await call(
      app,
      "mutation",
      "versions.createNamed",
      { siteId, label: "   " },
      { cookie: owner.cookie },
    );
    expect(blank.status).toBe(400);
  });

  it("restores in one change everyone sees live, keeps a backup, and the restorer can undo it", async () => {
    const { siteId, owner, members } = await siteWith(app, deps, ["editor"]);
    const editor = members[0]!;
    const a = open(siteId, owner.cookie);
    const b = open(siteId, editor.cookie);
    await Promise.all([a.synced(), b.synced()]);
    a.provider.on("stateless", ({ payload }: { payload: string }) => applyNotice(a.doc, payload));
    const undoA = createUndoManager(a.doc, { kind: "user", userId: owner.user.id });

    const v1 = await call(
      app,
      "mutation",
      "versions.createNamed",
      { siteId, label: "v1" },
      { cookie: owner.cookie },
    );
    const originalHero = heroHeading(a.doc);
    insertBlock(
      a.doc,
      testBlock("heading", { text: "A after v1" }),
      { pageId: firstPage(a.doc) },
      editOrigin({ kind: "user", userId: owner.user.id }),
    );
    updateProps(
      b.doc,
      heroOf(b.doc),
      { heading: "B after v1" },
      editOrigin({ kind: "user", userId: editor.user.id }),
    );
    await Promise.all([a.acknowledged(), b.acknowledged()]);
    await waitFor(() => headings(b.doc).length === 1 && heroHeading(a.doc) === "B after v1");
    undoA.stopCapturing();

    let restoreUpdates = 0;
    const count = () => (restoreUpdates += 1);
    b.doc.on("update", count);
    const restored = await call(
      app,
      "mutation",
      "versions.restore",
      { siteId, versionId: v1.data.version.id },
      { cookie: owner.cookie },
    );
    expect(restored.status, JSON.stringify(restored.error)).toBe(200);
    await waitFor(() => headings(b.doc).length === 0 && heroHeading(b.doc) === originalHero, {
      what: "B to see the restore",
    });
    b.doc.off("update", count);
    expect(restoreUpdates).toBe(1); // one transaction
    expect(headings(a.doc)).toEqual([]);
    // Stored before the procedure answered.
    expect(headings(await storedState(deps, siteId))).toEqual([]);
    // The draft as it was is kept as a version of its own.
    const backup = await deps.siteStore.getVersion(siteId, restored.data.backupVersionId);
    expect(backup).toMatchObject({ kind: "auto", label: "Before restoring “v1”" });
    expect(JSON.stringify(backup!.doc)).toContain("A after v1");

    // One step of the restorer's undo brings back everyone's work; the other editor sees it.
    undoA.undo();
    await waitFor(
      () => headings(b.doc).includes("A after v1") && heroHeading(b.doc) === "B after v1",
      {
        what: "the undone restore to reach B",
      },
    );
  });

  it("refuses to restore a version of another site, and viewers", async () => {
    const mine = await siteWith(app, deps, ["viewer"]);
    const theirs = await siteWith(app, deps);
    const foreign = await call(
      app,
      "mutation",
      "versions.createNamed",
      { siteId: theirs.siteId, label: "x" },
      { cookie: theirs.owner.cookie },
    );
    const attempt = await call(
      app,
      "mutation",
      "versions.restore",
      { siteId: mine.siteId, versionId: foreign.data.version.id },
      { cookie: mine.owner.cookie },
    );
    expect(attempt.status).toBe(404);
    const own = await call(
      app,
      "mutation",
      "versions.createNamed",
      { siteId: mine.siteId, label: "y" },
      { cookie: mine.owner.cookie },
    );
    const byViewer = await call(
      app,
      "mutation",
      "versions.restore",
      { siteId: mine.siteId, versionId: own.data.version.id },
      { cookie: mine.members[0]!.cookie },
    );
    expect(byViewer.status).toBe(403);
  });
});
