import { afterAll, expect, it } from "vitest";
import { ZSiteDoc } from "../../blocks/doc/schema.ts";
import type * as Y from "yjs";
import { createUndoManager, editOrigin, layout, updateProps } from "../../collab/doc/index.ts";
import { applyNotice, parseNotice } from "../../collab/notices.ts";
import { call } from "../helpers/app.ts";
import { connect, siteWith, startCollabApp, waitFor, type Client } from "./helpers.ts";

/**
 * An accepted AI suggestion as the people editing live see it: the person who accepted it gets it
 * first as a `change` notice with origin `ai` (one step of their undo, labelled), everyone else sees
 * it live, and undoing it leaves a collaborator's own edit alone.
 */
const server = await startCollabApp({
  env: { COLLAB_AUTO_VERSION_MINUTES: "7", COLLAB_MAX_MESSAGE_BYTES: "1048576" },
});
afterAll(() => server.close());
const { app, deps, wsUrl } = server;

const clients: Client[] = [];
afterAll(() => clients.forEach((c) => c.destroy()));

const props = (doc: Y.Doc, blockId: string) =>
  layout.siteMaps(doc).blocks.get(blockId)!.get("props") as Y.Map<unknown>;

it("an accepted AI change is one labelled undo step for the person who accepted it, live for the others", async () => {
  const { siteId, owner, members } = await siteWith(app, deps, ["editor"]);
  const editor = members[0]!;
  const a = connect(wsUrl, siteId, { cookie: owner.cookie });
  const b = connect(wsUrl, siteId, { cookie: editor.cookie });
  clients.push(a, b);
  await Promise.all([a.synced(), b.synced()]);
  a.provider.on("stateless", ({ payload }: { payload: string }) => applyNotice(a.doc, payload));
  const undoA = createUndoManager(a.doc, { kind: "user", userId: owner.user.id });

  const hero = [...layout.siteMaps(a.doc).blocks.entries()].find(
    ([, entry]) => entry.get("type") === "hero",
  )![0];
  const before = props(a.doc, hero).get("heading");
  const suggested = await call(
    app,
    "mutation",
    "ai.rewrite",
    { siteId, blockId: hero, mode: "friendlier" },
    { cookie: owner.cookie },
  );
  expect(suggested.status, JSON.stringify(suggested.error)).toBe(200);
  const [suggestion] = suggested.data.suggestions;
  const accepted = await call(
    app,
    "mutation",
    "ai.accept",
    { siteId, suggestionIds: [suggestion.id] },
    { cookie: owner.cookie },
  );
  expect(accepted.status, JSON.stringify(accepted.error)).toBe(200);

  await waitFor(() => props(b.doc, hero).get("heading") === suggestion.after.heading, {
    what: "the other editor to see the AI change",
  });
  await waitFor(() => props(a.doc, hero).get("heading") === suggestion.after.heading);
  const notices = a.stateless.map(parseNotice).filter((n) => n?.type === "change");
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatchObject({
    origin: { kind: "ai", userId: owner.user.id },
    label: `AI: ${suggestion.label}`,
  });
  // Attributed in the version history: the document just before, kept by the person who accepted.
  const listed = await call(
    app,
    "query",
    "versions.list",
    { siteId, kind: "auto" },
    { cookie: owner.cookie },
  );
  expect(listed.status, JSON.stringify(listed.error)).toBe(200);
  const backup = (
    listed.data.versions as { id: string; label: string; createdBy: { name: string } | null }[]
  ).find((version) => version.label === `Before AI: ${suggestion.label}`);
  expect(backup?.createdBy?.name).toBe(owner.name);
  const kept = ZSiteDoc.parse((await deps.siteStore.getVersion(siteId, backup!.id))!.doc);
  expect(
    kept.pages.flatMap((page) => page.blocks).find((block) => block.id === hero)?.props,
  ).toMatchObject({ heading: before });
  // Only the person who accepted it gets the notice.
  expect(b.stateless.map(parseNotice).filter((n) => n?.type === "change")).toEqual([]);

  // A collaborator edits another block meanwhile; the AI change is one step of the owner's undo.
  const other = [...layout.siteMaps(b.doc).blocks.keys()].find((id) => id !== hero)!;
  updateProps(
    b.doc,
    other,
    { text: "Typed by B" },
    editOrigin({ kind: "user", userId: editor.user.id }),
  );
  await b.acknowledged();
  await waitFor(() => props(a.doc, other).get("text") === "Typed by B");
  expect(undoA.undoStack).toHaveLength(1);
  undoA.undo();
  expect(props(a.doc, hero).get("heading")).toBe(before);
  await waitFor(() => props(b.doc, hero).get("heading") === before, {
    what: "the undo to reach the other editor",
  });
  expect(props(b.doc, other).get("text")).toBe("Typed by B");
});

it("runs with the COLLAB_* settings of the environment", () => {
  const { configuration } = deps.collab.server;
  expect(configuration.autoVersionEveryMs).toBe(7 * 60_000);
  expect(configuration.compactAfterMs).toBe(5_000);
  expect(server.deps.collab.server.guard.configuration.maxMessageBytes).toBe(1_048_576);
});
