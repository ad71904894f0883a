/**
 * The private behaviours of Hocuspocus, Yjs and Lexical that collab relies on (collab/README.md,
 * "Framework internals we rely on"). Each is pinned to an exact version in package.json; this file
 * fails first when an upgrade changes one, before the behaviour tests that depend on it do.
 */
import { createHeadlessEditor } from "@lexical/headless";
import { MessageType } from "@hocuspocus/server";
import { createYjsBinding } from "@lexical/yjs";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { RICH_TEXT_NODES } from "./doc/richText.ts";
import { MESSAGE } from "./server/guard.ts";

describe("Hocuspocus", () => {
  it("numbers its message types as the Guard reads them", () => {
    expect(MESSAGE).toEqual({
      sync: MessageType.Sync,
      awareness: MessageType.Awareness,
      auth: MessageType.Auth,
      queryAwareness: MessageType.QueryAwareness,
      syncReply: MessageType.SyncReply,
      stateless: MessageType.Stateless,
      broadcastStateless: MessageType.BroadcastStateless,
      close: MessageType.CLOSE,
      syncStatus: MessageType.SyncStatus,
    });
  });
});

describe("Yjs structs, as the update check reads them", () => {
  const decode = (update: Uint8Array) =>
    Y.decodeUpdate(update) as { structs: Array<Y.Item | Y.GC | Y.Skip> };

  it("a map write decodes to an Item with a root parent name, a parentSub key and its content", () => {
    const doc = new Y.Doc();
    const update = captureUpdate(doc, () => doc.getMap("blocks").set("b1", "x"));
    const [item] = decode(update).structs;
    expect(item).toBeInstanceOf(Y.Item);
    expect((item as Y.Item).parent).toBe("blocks");
    expect((item as Y.Item).parentSub).toBe("b1");
    expect((item as Y.Item).content).toBeInstanceOf(Y.ContentAny);
  });

  it("a nested write names its parent by ID, and a sequence insert has origins instead of a parent", () => {
    const doc = new Y.Doc();
    const text = new Y.Text();
    doc.transact(() => doc.getMap("blocks").set("b1", text));
    text.insert(0, "a");
    const update = captureUpdate(doc, () => text.insert(1, "b"));
    const [item] = decode(update).structs as Y.Item[];
    // Decoded items whose left neighbour is known carry no parent: the check finds it via origin.
    expect(item!.parent).toBeNull();
    expect(item!.origin).toBeInstanceOf(Y.ID);
    expect(item!.rightOrigin).toBeNull();
    const nested = decode(Y.encodeStateAsUpdate(doc)).structs.find(
      (s): s is Y.Item => s instanceof Y.Item && s.content instanceof Y.ContentString,
    );
    expect(nested?.parent).toBeInstanceOf(Y.ID);
  });

  it("a shared type keeps its map entries in `_map`, and the store answers Y.getItem", () => {
    const doc = new Y.Doc();
    const blocks = doc.getMap("blocks");
    blocks.set("b1", 1);
    const item = (blocks as unknown as { _map: Map<string, Y.Item> })._map.get("b1");
    expect(item).toBeInstanceOf(Y.Item);
    expect(Y.getItem(doc.store, item!.id)).toBe(item);
    expect(item!.deleted).toBe(false);
    expect(item!.length).toBe(1);
  });
});

describe("Lexical's Yjs binding", () => {
  it("caches its collab node on the shared type as `_collabNode`, and its root loads remote state", () => {
    const doc = new Y.Doc();
    const xml = doc.get("root", Y.XmlText) as Y.XmlText;
    const editor = createHeadlessEditor({
      nodes: [...RICH_TEXT_NODES],
      onError: (error) => {
        throw error;
      },
    });
    const binding = createYjsBinding({
      editor,
      id: "root",
      doc,
      docMap: new Map([["root", doc]]),
      getXmlText: () => xml,
    });
    expect((xml as unknown as { _collabNode?: unknown })._collabNode).toBe(binding.root);
    for (const step of ["syncPropertiesFromYjs", "applyChildrenYjsDelta", "syncChildrenFromYjs"]) {
      expect(typeof (binding.root as unknown as Record<string, unknown>)[step]).toBe("function");
    }
  });
});

function captureUpdate(doc: Y.Doc, change: () => void): Uint8Array {
  let captured: Uint8Array | undefined;
  const listen = (update: Uint8Array) => (captured = update);
  doc.on("update", listen);
  change();
  doc.off("update", listen);
  if (!captured) throw new Error("the change wrote nothing");
  return captured;
}
