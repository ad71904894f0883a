/**
 * Test support for collab/doc (imported by *.test.ts only): a small block vocabulary, fast-check
 * arbitraries for valid site documents with canonical Lexical rich text, and replica helpers.
 */
import { $createLinkNode } from "@lexical/link";
import { $createListItemNode, $createListNode } from "@lexical/list";
import { $createHeadingNode, $createQuoteNode } from "@lexical/rich-text";
import fc from "fast-check";
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode } from "lexical";
import * as Y from "yjs";
import type { Block, NavItem, Page, SiteDoc } from "../../blocks/doc/schema.ts";
import { CURRENT_SCHEMA_VERSION, ZSiteDoc } from "../../blocks/doc/schema.ts";
import { defaultTheme } from "../../blocks/theme/index.ts";
import type { SiteSchemaHooks } from "./hooks.ts";
import { isPlainObject, setOwn } from "./json.ts";
import { createRichTextEditor, type RichTextState } from "./richText.ts";

/** "text" has rich-text props; "section" holds anything; "columns" holds only "column"s. */
export const testHooks: SiteSchemaHooks = {
  richTextPropsOf: (type) => (type === "text" ? ["body", "caption"] : []),
  canContain: (parent, child) => {
    if (child === "column") return parent === "columns";
    if (parent === "page" || parent === "section" || parent === "column") return true;
    return false;
  },
  parseBlockProps: (type, props) =>
    type === "button" && typeof props.label !== "string"
      ? { ok: false, message: "a button needs a label" }
      : { ok: true },
};

/** The same vocabulary without rich text, for runs that need no Lexical. */
export const plainHooks: SiteSchemaHooks = { ...testHooks, richTextPropsOf: () => [] };

// ---------------------------------------------------------------------------------------------------
// Rich text

type RtRun = { text: string; format: number; style: string };
type RtBlock =
  | { kind: "paragraph" | "quote"; runs: RtRun[] }
  | { kind: "heading"; tag: "h1" | "h2" | "h3"; runs: RtRun[] }
  | { kind: "list"; listType: "bullet" | "number"; items: RtRun[][] }
  | { kind: "link"; url: string; runs: RtRun[] };

const editor = createRichTextEditor();

/** Builds a rich-text state the way an editor would, so the JSON is in Lexical's canonical form. */
export function buildRichText(blocks: readonly RtBlock[]): RichTextState {
  const appendRuns = (parent: ElementNode, runs: readonly RtRun[]): void => {
    for (const run of runs)
      parent.append($createTextNode(run.text).setFormat(run.format).setStyle(run.style));
  };
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      for (const block of blocks) {
        if (block.kind === "paragraph" || block.kind === "quote") {
          const element = block.kind === "paragraph" ? $createParagraphNode() : $createQuoteNode();
          appendRuns(element, block.runs);
          root.append(element);
        } else if (block.kind === "heading") {
          const h = $createHeadingNode(block.tag);
          appendRuns(h, block.runs);
          root.append(h);
        } else if (block.kind === "list") {
          const list = $createListNode(block.listType);
          for (const runs of block.items) {
            const item = $createListItemNode();
            appendRuns(item, runs);
            list.append(item);
          }
          root.append(list);
        } else if (block.kind === "link") {
          const p = $createParagraphNode();
          const link = $createLinkNode(block.url);
          appendRuns(link, block.runs);
          p.append(link);
          root.append(p);
        }
      }
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON();
}

/** A paragraph of plain text, as the editor would export it. */
export function paragraphs(...texts: string[]): RichTextState {
  return buildRichText(
    texts.map((text) => ({ kind: "paragraph", runs: [{ text, format: 0, style: "" }] })),
  );
}

const runArb: fc.Arbitrary<RtRun> = fc.record({
  text: fc.string({ minLength: 1, maxLength: 12 }),
  format: fc.constantFrom(0, 1, 2, 3, 8),
  style: fc.constantFrom("", "color: red"),
});
const runsArb = fc.array(runArb, { minLength: 1, maxLength: 3 });
const rtBlockArb: fc.Arbitrary<RtBlock> = fc.oneof(
  fc.record({ kind: fc.constantFrom("paragraph" as const, "quote" as const), runs: runsArb }),
  fc.record({
    kind: fc.constant("heading" as const),
    tag: fc.constantFrom("h1" as const, "h2" as const, "h3" as const),
    runs: runsArb,
  }),
  fc.record({
    kind: fc.constant("list" as const),
    listType: fc.constantFrom("bullet" as const, "number" as const),
    items: fc.array(runsArb, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant("link" as const),
    url: fc.constantFrom("https://example.com", "/about"),
    runs: runsArb,
  }),
);

export const richTextArb: fc.Arbitrary<RichTextState> = fc
  .array(rtBlockArb, { minLength: 1, maxLength: 3 })
  .map((blocks) => buildRichText(blocks));

// ---------------------------------------------------------------------------------------------------
// Site documents

const propKeyArb = fc.oneof(
  fc.constantFrom("title", "image", "align", "__proto__", "constructor", "items"),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const plainPropsArb = fc.dictionary(propKeyArb, fc.jsonValue({ maxDepth: 2 }), {
  maxKeys: 4,
  noNullPrototype: true,
});

type BlockShape = { type: string; props: Record<string, unknown>; children?: BlockShape[] };

const leafArb: fc.Arbitrary<BlockShape> = fc.oneof(
  fc.record({ type: fc.constant("image"), props: plainPropsArb }),
  fc.record({
    type: fc.constant("text"),
    props: fc
      .tuple(
        plainPropsArb,
        fc.option(richTextArb, { nil: undefined }),
        fc.option(richTextArb, { nil: undefined }),
      )
      .map(([props, body, caption]) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(props))
          if (k !== "body" && k !== "caption") setOwn(out, k, v);
        if (body !== undefined) out.body = body;
        if (caption !== undefined) out.caption = caption;
        return out;
      }),
  }),
);

const blockShapeArb: fc.Arbitrary<BlockShape> = fc.letrec<{ block: BlockShape }>((tie) => ({
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leafArb,
    fc.record(
      {
        type: fc.constant("section"),
        props: plainPropsArb,
        children: fc.array(tie("block"), { maxLength: 3 }),
      },
      { requiredKeys: ["type", "props"] },
    ),
  ),
})).block;

function assignIds(shapes: readonly BlockShape[], next: () => string): Block[] {
  return shapes.map((shape) => {
    const block: Block = { id: next(), type: shape.type, props: shape.props };
    if (shape.children !== undefined) block.children = assignIds(shape.children, next);
    return block;
  });
}

const idPartArb = fc.string({
  unit: fc.constantFrom(..."abcXYZ019_-"),
  minLength: 1,
  maxLength: 6,
});

export const siteDocArb = (options: { richText?: boolean } = {}): fc.Arbitrary<SiteDoc> =>
  fc
    .record({
      theme: fc
        .record({
          primary: fc.stringMatching(/^#[0-9a-f]{6}$/),
          radius: fc.integer({ min: 0, max: 48 }),
          spacing: fc.integer({ min: 2, max: 16 }),
        })
        .map(({ primary, radius, spacing }) => ({
          ...defaultTheme,
          colors: { ...defaultTheme.colors, primary },
          radius,
          spacing,
        })),
      settings: fc.record(
        {
          name: fc.string({ minLength: 1, maxLength: 20 }),
          locale: fc.constantFrom("en", "en-US", "fr"),
          currency: fc.constantFrom("USD", "EUR"),
          description: fc.string({ maxLength: 20 }),
          analytics: fc.record(
            { plausibleDomain: fc.constant("shop.example") },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ["name", "locale", "currency"] },
      ),
      pages: fc.array(
        fc.record(
          {
            slug: fc.constantFrom("about", "shop", "contact-us"),
            title: fc.string({ minLength: 1, maxLength: 12 }),
            seo: fc.record(
              { title: fc.string({ maxLength: 10 }), noindex: fc.boolean() },
              { requiredKeys: [] },
            ),
            blocks: fc.array(
              options.richText === false ? blockShapeArb.filter(noRichText) : blockShapeArb,
              { maxLength: 4 },
            ),
          },
          { requiredKeys: ["slug", "title", "blocks"] },
        ),
        { minLength: 1, maxLength: 3 },
      ),
      nav: fc.array(
        fc.record({
          label: fc.string({ minLength: 1, maxLength: 8 }),
          href: fc.constantFrom("/", "/about"),
        }),
        { maxLength: 3 },
      ),
      idSalt: idPartArb,
    })
    .map(({ theme, settings, pages, nav, idSalt }) => {
      let counter = 0;
      const next = (): string => `${idSalt}${(counter++).toString(36)}`;
      return ZSiteDoc.parse({
        schemaVersion: CURRENT_SCHEMA_VERSION,
        theme,
        settings,
        pages: pages.map(
          // slugs are unique per site; the first page is the home page
          (page, i) =>
            ({
              ...page,
              slug: i === 0 ? "" : `${page.slug}-${i}`,
              id: next(),
              blocks: assignIds(page.blocks as BlockShape[], next),
            }) as Page,
        ),
        nav: nav.map((item) => ({ ...item, id: next() }) as NavItem),
      });
    });

function noRichText(shape: BlockShape): boolean {
  return shape.type !== "text" && (shape.children ?? []).every(noRichText);
}

/**
 * A small fixed site: a home page with a section holding a text, and an about page. Parsed with
 * `ZSiteDoc`, so fields the schema defaults are filled in as in any stored document.
 */
export function sampleSite(): SiteDoc {
  return ZSiteDoc.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    theme: defaultTheme,
    settings: { name: "Bakery", locale: "en", currency: "USD" },
    pages: [
      {
        id: "home",
        slug: "",
        title: "Home",
        blocks: [
          {
            id: "hero",
            type: "section",
            props: { background: "#ffffff" },
            children: [
              {
                id: "intro",
                type: "text",
                props: { body: paragraphs("Fresh bread every morning"), align: "left" },
              },
              { id: "photo", type: "image", props: { src: "/bread.jpg", alt: "bread" } },
            ],
          },
          { id: "cta", type: "button", props: { label: "Order", href: "/shop" } },
        ],
      },
      { id: "about", slug: "about", title: "About", seo: { title: "About us" }, blocks: [] },
    ],
    nav: [
      { id: "n1", label: "Home", href: "/" },
      { id: "n2", label: "About", href: "/about" },
    ],
  });
}

/** The block with this id anywhere in the document. */
export function findBlock(doc: SiteDoc, id: string): Block | undefined {
  const search = (blocks: readonly Block[]): Block | undefined => {
    for (const block of blocks) {
      if (block.id === id) return block;
      const inner = search(block.children ?? []);
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  for (const page of doc.pages) {
    const found = search(page.blocks);
    if (found !== undefined) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Replicas

/** A JSON string with object keys sorted, for comparing replicas (Y.Map key order is local). */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** A copy of `ydoc` as another replica (its own client id). */
export function replicaOf(ydoc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc), "remote");
  return copy;
}

/** Brings every replica up to date with every other. */
export function syncAll(...docs: Y.Doc[]): void {
  const updates = docs.map((doc) => Y.encodeStateAsUpdate(doc));
  for (const doc of docs) for (const update of updates) Y.applyUpdate(doc, update, "remote");
}

/**
 * Types `text` into the first text run of the first paragraph-like element of a rich-text XmlText,
 * directly on the Lexical-structured Yjs content (an element XmlText holds, per text node, a Y.Map of
 * its properties followed by its characters). Returns false when there is no such run.
 */
export function typeIntoRichText(
  xmlText: Y.XmlText,
  offset: number,
  text: string,
  origin: unknown,
): boolean {
  const first = (xmlText.toDelta() as Array<{ insert: unknown }>).find(
    (op) => op.insert instanceof Y.XmlText,
  );
  if (first === undefined) return false;
  const element = first.insert as Y.XmlText;
  const delta = element.toDelta() as Array<{ insert: unknown }>;
  if (!(delta[0]?.insert instanceof Y.Map) || typeof delta[1]?.insert !== "string") return false;
  const length = delta[1].insert.length;
  element.doc!.transact(() => element.insert(1 + Math.min(offset, length), text), origin);
  return true;
}
