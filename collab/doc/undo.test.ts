import { $getRoot, type ElementNode, type TextNode } from "lexical";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { siteMaps } from "./layout.ts";
import { readSiteDoc } from "./mapping.ts";
import {
  createSiteYDoc,
  insertBlock,
  moveBlock,
  removeBlock,
  replaceDocument,
  setTheme,
  updateProps,
} from "./ops.ts";
import { bindEditorToXmlText, createRichTextEditor } from "./richText.ts";
import { findBlock, paragraphs, replicaOf, sampleSite, syncAll, testHooks } from "./testkit.ts";
import { createUndoManager } from "./undo.ts";

const options = { hooks: testHooks };
const alice = { kind: "user", userId: "alice" } as const;
const bob = { kind: "user", userId: "bob" } as const;
const propsOf = (ydoc: Y.Doc, id: string): Record<string, unknown> =>
  findBlock(readSiteDoc(ydoc), id)!.props;

describe("per-user undo", () => {
  it("reverts only the undoing person's changes", () => {
    const a = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const b = replicaOf(a);
    const undoA = createUndoManager(a, alice, { captureTimeout: 0 });
    const undoB = createUndoManager(b, bob, { captureTimeout: 0 });
    updateProps(a, "photo", { alt: "alice's alt" }, alice, options);
    updateProps(b, "photo", { src: "/bob.jpg" }, bob, options);
    setTheme(a, { colors: { primary: "#aa0000" } }, alice);
    syncAll(a, b);
    // Bob's change arrived at Alice's replica after hers: her undo must still leave it alone.
    undoA.undo();
    undoA.undo();
    syncAll(a, b);
    for (const doc of [a, b]) {
      expect(propsOf(doc, "photo")).toEqual({ src: "/bob.jpg", alt: "bread" });
      expect(readSiteDoc(doc).theme.colors.primary).toBe(sampleSite().theme.colors.primary);
    }
    expect(undoB.undoStack).toHaveLength(1);
  });

  it("also works with both people on one replica (as on the server)", () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const undoA = createUndoManager(ydoc, alice, { captureTimeout: 0 });
    createUndoManager(ydoc, bob, { captureTimeout: 0 });
    moveBlock(ydoc, "cta", { pageId: "about" }, alice, options);
    insertBlock(ydoc, { id: "bobs", type: "image", props: {} }, { parentId: "hero" }, bob, options);
    undoA.undo();
    const doc = readSiteDoc(ydoc);
    expect(doc.pages[0]!.blocks.map((b) => b.id)).toEqual(["hero", "cta"]);
    expect(doc.pages[0]!.blocks[0]!.children!.map((b) => b.id)).toEqual(["intro", "photo", "bobs"]);
  });

  it("makes an AI action or a restore one undo step of its own", () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const undoA = createUndoManager(ydoc, alice); // default 500 ms capture window
    updateProps(ydoc, "photo", { alt: "typed" }, alice, options);
    const generated = sampleSite();
    generated.pages[0]!.blocks.pop();
    generated.pages[0]!.blocks[0]!.children![0]!.props.body = paragraphs("AI copy");
    generated.pages[0]!.blocks[0]!.children![1]!.props.alt = "typed"; // the AI keeps Alice's edit
    replaceDocument(ydoc, generated, { kind: "ai", userId: "alice" }, options);
    updateProps(ydoc, "photo", { alt: "typed again" }, alice, options);
    expect(undoA.undoStack).toHaveLength(3);
    undoA.undo(); // the edit after the AI action
    expect(propsOf(ydoc, "photo").alt).toBe("typed");
    undoA.undo(); // the whole AI action
    expect(readSiteDoc(ydoc).pages[0]!.blocks.map((b) => b.id)).toEqual(["hero", "cta"]);
    expect(propsOf(ydoc, "intro").body).toEqual(paragraphs("Fresh bread every morning"));
    expect(propsOf(ydoc, "photo").alt).toBe("typed");
  });

  it("brings a removed block back with its subtree and rich text", () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const before = readSiteDoc(ydoc);
    const undoA = createUndoManager(ydoc, alice, { captureTimeout: 0 });
    removeBlock(ydoc, "hero", alice);
    undoA.undo();
    expect(readSiteDoc(ydoc)).toEqual(before);
  });

  it("tracks rich-text typing once the editor's binding is tracked", async () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const undoA = createUndoManager(ydoc, alice, { captureTimeout: 0 });
    const editor = createRichTextEditor();
    const getXmlText = (doc: Y.Doc): Y.XmlText =>
      (siteMaps(doc).blocks.get("intro")!.get("props") as Y.Map<unknown>).get("body") as Y.XmlText;
    const { binding, dispose } = bindEditorToXmlText(editor, ydoc, getXmlText);
    undoA.addTrackedOrigin(binding);
    editor.update(
      () =>
        (($getRoot().getFirstChild() as ElementNode).getFirstChild() as TextNode).spliceText(
          0,
          0,
          "Very ",
        ),
      { discrete: true },
    );
    expect(propsOf(ydoc, "intro").body).toEqual(paragraphs("Very Fresh bread every morning"));
    undoA.undo();
    expect(propsOf(ydoc, "intro").body).toEqual(paragraphs("Fresh bread every morning"));
    expect(editor.read(() => $getRoot().getTextContent())).toBe("Fresh bread every morning");
    dispose();
  });
});
