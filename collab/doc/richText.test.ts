import { $getRoot, type ElementNode, type TextNode } from "lexical";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  LEXICAL_CORE_NODE_TYPES,
  RICH_TEXT_NODE_TYPES,
  RICH_TEXT_PACKAGE_NODE_TYPES,
} from "../../domain/rich-text.ts";
import { siteMaps } from "./layout.ts";
import { readSiteDoc } from "./mapping.ts";
import { materialize } from "./materialize.ts";
import { createSiteYDoc, SiteEditError, updateProps } from "./ops.ts";
import {
  bindEditorToXmlText,
  createRichTextEditor,
  planRichTextEdits,
  prepareRichText,
  readRichText,
  RICH_TEXT_NODES,
  writePreparedRichText,
  type RichTextState,
} from "./richText.ts";
import { paragraphs, replicaOf, richTextArb, sampleSite, syncAll, testHooks } from "./testkit.ts";

const options = { hooks: testHooks };
const userA = { kind: "user", userId: "a" } as const;
const userB = { kind: "user", userId: "b" } as const;

function xmlTextOf(ydoc: Y.Doc, blockId: string, prop: string): Y.XmlText {
  return (siteMaps(ydoc).blocks.get(blockId)!.get("props") as Y.Map<unknown>).get(
    prop,
  ) as Y.XmlText;
}

/** A Lexical editor bound to a rich-text prop exactly as the editor app binds one. */
function bindEditor(ydoc: Y.Doc, blockId: string, prop: string) {
  const editor = createRichTextEditor();
  const bound = bindEditorToXmlText(editor, ydoc, (doc) => xmlTextOf(doc, blockId, prop), {
    id: `${blockId}/${prop}`,
  });
  // editor.read flushes the updates remote changes scheduled
  const text = (): string => editor.read(() => $getRoot().getTextContent());
  const type = (offset: number, word: string): void =>
    editor.update(
      () => {
        const paragraph = $getRoot().getFirstChild() as ElementNode;
        (paragraph.getFirstChild() as TextNode).spliceText(offset, 0, word);
      },
      { discrete: true },
    );
  return { editor, text, type, ...bound };
}

const bodyOf = (doc: ReturnType<typeof readSiteDoc>): RichTextState =>
  doc.pages[0]!.blocks[0]!.children![0]!.props.body as RichTextState;

describe("the rich-text node list", () => {
  it("is what the binding's Lexical editors know", () => {
    expect(RICH_TEXT_NODES.map((node) => node.getType())).toEqual([
      ...RICH_TEXT_PACKAGE_NODE_TYPES,
    ]);
    // Lexical's own nodes need no registering; every type of the list is known either way.
    const known = [...createRichTextEditor()._nodes.keys()];
    expect(known).toEqual(expect.arrayContaining([...LEXICAL_CORE_NODE_TYPES]));
    expect(known).toEqual(expect.arrayContaining([...RICH_TEXT_NODE_TYPES]));
  });
});

describe("rich text in the site doc", () => {
  it("reads back every canonical Lexical state it writes", () => {
    fc.assert(
      fc.property(richTextArb, (state) => {
        const ydoc = new Y.Doc();
        const text = new Y.XmlText();
        ydoc.transact(() => {
          ydoc.getMap("m").set("t", text);
          writePreparedRichText(text, prepareRichText(state));
        });
        expect(readRichText(text)).toEqual(state);
      }),
      { numRuns: 40 },
    );
  });

  it("is the layout Lexical's binding uses: a bound editor loads it, and its typing is materialised", () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const a = bindEditor(ydoc, "intro", "body");
    expect(a.text()).toBe("Fresh bread every morning");
    a.type(0, "Really ");
    expect(bodyOf(materialize(ydoc, options).doc)).toEqual(
      paragraphs("Really Fresh bread every morning"),
    );
    a.dispose();
  });

  it("keeps both words when two people type in the same paragraph at once", () => {
    const ydocA = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const ydocB = replicaOf(ydocA);
    const a = bindEditor(ydocA, "intro", "body");
    const b = bindEditor(ydocB, "intro", "body");
    a.type("Fresh ".length, "warm ");
    b.type("Fresh bread every morning".length, ", daily");
    // reading the doc while editors are bound must not disturb them
    expect(bodyOf(readSiteDoc(ydocA))).toEqual(paragraphs("Fresh warm bread every morning"));
    syncAll(ydocA, ydocB);
    const expected = paragraphs("Fresh warm bread every morning, daily");
    expect(a.text()).toBe("Fresh warm bread every morning, daily");
    expect(b.text()).toBe("Fresh warm bread every morning, daily");
    expect(bodyOf(materialize(ydocA, options).doc)).toEqual(expected);
    expect(bodyOf(materialize(ydocB, options).doc)).toEqual(expected);
    a.dispose();
    b.dispose();
  });

  it("merges an AI rewrite through updateProps with someone typing in the same text", () => {
    const ydocA = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const ydocB = replicaOf(ydocA);
    const a = bindEditor(ydocA, "intro", "body");
    a.type(0, "Our ");
    // B's AI action rewrites the end of the paragraph and adds one
    updateProps(
      ydocB,
      "intro",
      { body: paragraphs("Fresh bread every evening", "Open daily") },
      { kind: "ai", userId: "b" },
      options,
    );
    syncAll(ydocA, ydocB);
    const expected = paragraphs("Our Fresh bread every evening", "Open daily");
    expect(a.text()).toBe("Our Fresh bread every evening\n\nOpen daily");
    expect(bodyOf(readSiteDoc(ydocA))).toEqual(expected);
    expect(bodyOf(readSiteDoc(ydocB))).toEqual(expected);
    a.dispose();
  });

  it("updates rich text with a character diff", () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const before = Y.encodeStateVector(ydoc);
    const update = planRichTextEdits(ydoc, [
      {
        xmlText: xmlTextOf(ydoc, "intro", "body"),
        state: paragraphs("Fresh rye bread every morning"),
      },
    ]);
    Y.applyUpdate(ydoc, update!);
    expect(bodyOf(readSiteDoc(ydoc))).toEqual(paragraphs("Fresh rye bread every morning"));
    expect(Y.encodeStateAsUpdate(ydoc, before).length).toBeLessThan(60);
  });

  it("empties a rich-text prop, and fills an empty one", () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    updateProps(
      ydoc,
      "intro",
      { body: undefined, caption: paragraphs("A caption") },
      userA,
      options,
    );
    const props = readSiteDoc(ydoc).pages[0]!.blocks[0]!.children![0]!.props;
    expect(props.body).toBeUndefined();
    expect(props.caption).toEqual(paragraphs("A caption"));
    expect(xmlTextOf(ydoc, "intro", "body")).toBeInstanceOf(Y.XmlText);
  });

  it("refuses invalid rich text without writing anything", () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const snapshot = Y.encodeStateAsUpdate(ydoc);
    const bad = [
      "plain string",
      { root: { type: "root", children: [], direction: null, format: "", indent: 0, version: 1 } },
      { root: { type: "root", children: [{ type: "unknown-node", version: 1 }] } },
    ];
    for (const body of bad) {
      expect(() => updateProps(ydoc, "intro", { body, align: "right" }, userB, options)).toThrow(
        SiteEditError,
      );
      expect(() => updateProps(ydoc, "intro", { caption: body }, userB, options)).toThrow(
        /block intro, prop caption/,
      );
    }
    expect(Y.encodeStateAsUpdate(ydoc)).toEqual(snapshot);
  });
});
