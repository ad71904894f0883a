import { createHeadlessEditor } from "@lexical/headless";
import { $getRoot } from "lexical";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { getBlockDefinition } from "../../blocks/registry.ts";
import { defaultTheme } from "../../blocks/theme/index.ts";
import { createSiteYDoc, insertBlock } from "./ops.ts";
import { bindEditorToXmlText, readRichText, RICH_TEXT_NODES } from "./richText.ts";

// The editor binds the props panel and the canvas to the same prop, one after the other.
describe("binding a rich-text prop again", () => {
  const setup = () => {
    const ydoc = createSiteYDoc({
      schemaVersion: 2,
      theme: defaultTheme,
      nav: [],
      settings: { name: "Shop", locale: "en", currency: "USD", social: [] },
      pages: [{ id: "p1", slug: "", title: "Home", blocks: [] }],
    });
    const props = structuredClone(
      getBlockDefinition("rich-text")!.defaultProps as Record<string, unknown>,
    );
    insertBlock(
      ydoc,
      { id: "b1", type: "rich-text", props },
      { pageId: "p1" },
      { kind: "user", userId: "u" },
    );
    const xml = () =>
      ((ydoc.getMap("blocks").get("b1") as Y.Map<unknown>).get("props") as Y.Map<unknown>).get(
        "content",
      ) as Y.XmlText;
    const bindOnce = () => {
      const editor = createHeadlessEditor({
        nodes: [...RICH_TEXT_NODES],
        onError: (error) => {
          throw error;
        },
      });
      const bound = bindEditorToXmlText(editor, ydoc, xml);
      const text = editor.getEditorState().read(() => $getRoot().getTextContent().length);
      bound.dispose();
      return text;
    };
    return { xml, bindOnce };
  };

  it("loads the same text each time, and leaves the prop as it was", () => {
    const { xml, bindOnce } = setup();
    const before = JSON.stringify(readRichText(xml()));
    const lengths = [bindOnce(), bindOnce(), bindOnce()];
    expect(lengths[0]).toBeGreaterThan(0);
    expect(new Set(lengths).size).toBe(1);
    expect(JSON.stringify(readRichText(xml()))).toBe(before);
  });
});
