import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createUndoManager, editOrigin, layout, replaceDocument } from "./doc/index.ts";
import { applyNotice, changeNotice, encodeNotice, parseNotice, restoreNotice } from "./notices.ts";
import { siteWithBlocks } from "./server/testkit.ts";

/** The update a server-side change makes, worked out on a copy of the editor's doc. */
function serverChange(editor: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(editor));
  const parts: Uint8Array[] = [];
  copy.on("update", (update: Uint8Array) => parts.push(update));
  change(copy);
  return Y.mergeUpdates(parts);
}

describe("notices", () => {
  it("puts a restore on the restorer's undo stack as one step", () => {
    const editor = new Y.Doc();
    replaceDocument(editor, siteWithBlocks(6), editOrigin({ kind: "system" }));
    const undo = createUndoManager(editor, { kind: "user", userId: "u1" });
    const update = serverChange(editor, (doc) =>
      replaceDocument(doc, siteWithBlocks(2), editOrigin({ kind: "restore", userId: "u1" })),
    );
    expect(applyNotice(editor, encodeNotice(restoreNotice("v1", "u1", update)))).toBe(true);
    expect(layout.siteMaps(editor).blocks.size).toBe(2);
    undo.undo();
    expect(layout.siteMaps(editor).blocks.size).toBe(6);
  });

  it("applies a change notice with the origin it names (an AI action is the asker's undo step)", () => {
    const editor = new Y.Doc();
    replaceDocument(editor, siteWithBlocks(3), editOrigin({ kind: "system" }));
    const mine = createUndoManager(editor, { kind: "user", userId: "u1" });
    const theirs = createUndoManager(editor, { kind: "user", userId: "u2" });
    const ai = editOrigin({ kind: "ai", userId: "u1" });
    const update = serverChange(editor, (doc) => replaceDocument(doc, siteWithBlocks(9), ai));
    const payload = encodeNotice(changeNotice(ai, update, "Add sections"));
    expect(parseNotice(payload)).toMatchObject({ type: "change", label: "Add sections" });
    expect(applyNotice(editor, payload, "u1")).toBe(true);
    expect(theirs.undoStack).toHaveLength(0);
    mine.undo();
    expect(layout.siteMaps(editor).blocks.size).toBe(3);
  });

  it("leaves someone else's notice alone: their change arrives as a regular update", () => {
    const editor = new Y.Doc();
    replaceDocument(editor, siteWithBlocks(3), editOrigin({ kind: "system" }));
    const undo = createUndoManager(editor, { kind: "user", userId: "u2" });
    const update = serverChange(editor, (doc) =>
      replaceDocument(doc, siteWithBlocks(5), editOrigin({ kind: "restore", userId: "u1" })),
    );
    expect(applyNotice(editor, encodeNotice(restoreNotice("v1", "u1", update)), "u2")).toBe(true);
    expect(layout.siteMaps(editor).blocks.size).toBe(3);
    expect(undo.undoStack).toHaveLength(0);
  });

  it("ignores anything else", () => {
    const editor = new Y.Doc();
    for (const payload of [
      "",
      "{",
      "null",
      JSON.stringify({ type: "restore" }),
      JSON.stringify({ type: "change", origin: { kind: "system" }, update: "" }),
    ]) {
      expect(applyNotice(editor, payload)).toBe(false);
    }
    expect(() => changeNotice(editOrigin({ kind: "system" }), new Uint8Array())).toThrow();
  });
});
