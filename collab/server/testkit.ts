/**
 * Test and benchmark support for the collab server (imported by tests and bench/ only): valid site
 * documents of a given size, built from the real block registry, and a seeded editing trace to
 * replay through a provider.
 */
import type { Block, Page, SiteDoc } from "../../blocks/doc/schema.ts";
import { CURRENT_SCHEMA_VERSION, ZSiteDoc } from "../../blocks/doc/schema.ts";
import { getBlockDefinition } from "../../blocks/registry.ts";
import { defaultTheme } from "../../blocks/theme/index.ts";
import * as Y from "yjs";
import { richTextFromPlainText } from "../../blocks/shared/rich-text-value/index.ts";
import { layout, readRichText } from "../doc/index.ts";

let counter = 0;

/** A block of `type` with its default props (plus `props`), and a fresh id. */
export function testBlock(type: string, props: Record<string, unknown> = {}): Block {
  const definition = getBlockDefinition(type);
  if (!definition) throw new Error(`unknown block type ${type}`);
  counter += 1;
  return {
    id: `blk${counter.toString(36)}${Math.random().toString(36).slice(2, 8)}`,
    type,
    props: { ...(definition.defaultProps as Record<string, unknown>), ...props },
  };
}

/**
 * A valid site with `blocks` blocks over pages of up to 100, in a realistic mix: headings, rich
 * text, buttons, heroes, and sections holding a heading and a button.
 */
export function siteWithBlocks(blocks: number, name = "Test shop"): SiteDoc {
  const pages: Page[] = [];
  let made = 0;
  for (let p = 0; made < blocks || p === 0; p++) {
    const list: Block[] = [];
    while (list.length < 100 && made < blocks) {
      const i = made;
      if (i % 10 === 9 && blocks - made >= 3) {
        const section = testBlock("section");
        section.children = [
          testBlock("heading", { text: `Section ${i}` }),
          testBlock("button", { label: `Go ${i}` }),
        ];
        list.push(section);
        made += 3;
        continue;
      }
      const kind = i % 4;
      list.push(
        kind === 0
          ? testBlock("heading", { text: `Heading ${i}` })
          : kind === 1
            ? testBlock("rich-text")
            : kind === 2
              ? testBlock("button", { label: `Button ${i}` })
              : testBlock("hero", { heading: `Hero ${i}` }),
      );
      made += 1;
    }
    pages.push({
      id: `page${p}`,
      slug: p === 0 ? "" : `page-${p}`,
      title: p === 0 ? "Home" : `Page ${p}`,
      blocks: list,
    });
  }
  return ZSiteDoc.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    theme: defaultTheme,
    settings: { name, locale: "en", currency: "USD", social: [] },
    nav: [{ id: "nav-home", label: "Home", href: "/" }],
    pages,
  });
}

/** Every block id of a document, depth first. */
export function blockIds(doc: SiteDoc): string[] {
  const out: string[] = [];
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      out.push(block.id);
      if (block.children) walk(block.children);
    }
  };
  for (const page of doc.pages) walk(page.blocks);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// An editing trace: what a person writing a paper sends, keystroke by keystroke (in the manner of
// the automerge-paper trace, which is third-party data and not kept here).

/** One keystroke (or one piece of a paste): remove `remove` characters at `at`, then insert there. */
export type TraceEdit = { at: number; remove: number; insert: string };

/** Consecutive edits of one kind: typed, pasted in pieces, or typed while offline. */
export type TraceSegment = { kind: "typing" | "paste" | "offline"; from: number; to: number };

export type EditingTrace = {
  /** The text the trace starts from (one paragraph of a rich-text block). */
  start: string;
  edits: TraceEdit[];
  segments: TraceSegment[];
  /** The text after every edit. */
  result: string;
};

export type EditingTraceOptions = {
  seed: number;
  /** Keystrokes typed online, half before the paste and the offline part, half after. */
  typing: number;
  /** Characters pasted at once, sent as `pastePieces` updates. Default none. */
  pasteChars?: number;
  pastePieces?: number;
  /** Keystrokes typed while offline, after the paste. Default none. */
  offline?: number;
  start?: string;
};

const WORDS = (
  "the a of to and in is that we for replica replicas operation operations each document " +
  "insert delete character position concurrent merge state network peer order list CRDT " +
  "algorithm \\section{Introduction} \\cite{shapiro2011} \\emph{causal} $O(n \\log n)$ " +
  "text editing collaborative latency user users server offline changes history version"
).split(" ");

/** mulberry32 (a seeded generator; collab/ cannot import the one in server/ai/offline). */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded, realistic editing trace: words typed one character at a time at a cursor, bursts of
 * backspaces (about a quarter of the keystrokes delete, as in automerge-paper), now and then a
 * selected range deleted or the cursor moved elsewhere; optionally a large paste sent in pieces,
 * and keystrokes typed offline (replayed while disconnected).
 */
export function editingTrace(options: EditingTraceOptions): EditingTrace {
  const random = seeded(options.seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const start = options.start ?? "Draft";
  const edits: TraceEdit[] = [];
  const segments: TraceSegment[] = [];
  let length = start.length;
  let cursor = length;
  let word = "";

  const type = (count: number, kind: "typing" | "offline") => {
    const from = edits.length;
    for (let k = 0; k < count; k++) {
      const roll = random();
      if (roll < 0.004) {
        // Jump elsewhere: mostly back to the end, sometimes to revise an earlier passage.
        cursor = random() < 0.5 ? length : int(0, length);
        word = "";
      } else if (roll < 0.008 && length > 12) {
        // Delete a selection.
        const remove = Math.min(int(2, 40), length - 1);
        const at = Math.min(cursor, length - remove);
        edits.push({ at, remove, insert: "" });
        length -= remove;
        cursor = at;
        continue;
      } else if (roll < 0.08 && cursor > 0 && length > 1) {
        // A burst of backspaces, one keystroke each.
        const burst = Math.min(int(1, 8), cursor, length - 1, count - k);
        for (let b = 0; b < burst; b++) {
          edits.push({ at: cursor - 1, remove: 1, insert: "" });
          cursor -= 1;
          length -= 1;
        }
        k += burst - 1;
        word = "";
        continue;
      }
      if (word === "") word = WORDS[int(0, WORDS.length - 1)]! + (random() < 0.08 ? ". " : " ");
      edits.push({ at: cursor, remove: 0, insert: word[0]! });
      word = word.slice(1);
      cursor += 1;
      length += 1;
    }
    segments.push({ kind, from, to: edits.length });
  };

  const firstHalf = Math.ceil(options.typing / 2);
  type(firstHalf, "typing");
  if (options.pasteChars && options.pasteChars > 0) {
    const pieces = Math.max(1, options.pastePieces ?? 1);
    const from = edits.length;
    let left = options.pasteChars;
    for (let p = 0; p < pieces; p++) {
      const size = Math.ceil(left / (pieces - p));
      let piece = "";
      while (piece.length < size) piece += `${WORDS[int(0, WORDS.length - 1)]} `;
      piece = piece.slice(0, size);
      edits.push({ at: cursor, remove: 0, insert: piece });
      cursor += size;
      length += size;
      left -= size;
    }
    segments.push({ kind: "paste", from, to: edits.length });
  }
  if (options.offline && options.offline > 0) type(options.offline, "offline");
  type(options.typing - firstHalf, "typing");

  // The result, worked out in a gap buffer (edits stay near the cursor, so moving it is cheap).
  const before = start.split("");
  const after: string[] = []; // reversed
  for (const edit of edits) {
    while (before.length > edit.at) after.push(before.pop()!);
    while (before.length < edit.at) before.push(after.pop()!);
    after.length -= edit.remove;
    for (let i = 0; i < edit.insert.length; i++) before.push(edit.insert[i]!);
  }
  return { start, edits, segments, result: before.join("") + after.reverse().join("") };
}

/** The id of the rich-text block a trace types into, in `traceSite`. */
export const TRACE_BLOCK_ID = "trace-text";

/** A small valid site whose first block is a rich-text block holding `start`, to type a trace in. */
export function traceSite(start = "Draft"): SiteDoc {
  const doc = siteWithBlocks(8);
  const block = testBlock("rich-text", { content: richTextFromPlainText(start) });
  doc.pages[0]!.blocks.unshift({ ...block, id: TRACE_BLOCK_ID });
  return ZSiteDoc.parse(doc);
}

/** The rich-text prop a trace types into. */
export function traceContent(doc: Y.Doc, blockId = TRACE_BLOCK_ID): Y.XmlText {
  const props = layout.siteMaps(doc).blocks.get(blockId)?.get("props") as Y.Map<unknown>;
  return props.get("content") as Y.XmlText;
}

/**
 * The characters of the first text node of a rich-text prop, where a trace types: in Lexical's
 * Yjs layout the paragraph's XmlText holds the node's property map, then its characters.
 */
export function traceTarget(richText: Y.XmlText): Y.XmlText {
  const paragraph = (richText.toDelta() as { insert: unknown }[]).find(
    (op) => op.insert instanceof Y.XmlText,
  )?.insert as Y.XmlText | undefined;
  const delta = (paragraph?.toDelta() ?? []) as { insert: unknown }[];
  if (!paragraph || !(delta[0]?.insert instanceof Y.Map) || typeof delta[1]?.insert !== "string") {
    throw new Error("the rich text does not start with a paragraph of text");
  }
  return paragraph;
}

/** Makes one trace edit in its own transaction (one update, as the editor sends a keystroke). */
export function applyTraceEdit(target: Y.XmlText, edit: TraceEdit, origin: unknown): void {
  target.doc!.transact(() => {
    if (edit.remove > 0) target.delete(1 + edit.at, edit.remove);
    if (edit.insert !== "") target.insert(1 + edit.at, edit.insert);
  }, origin);
}

/** The text of the first text node of a rich-text prop, as Lexical reads it. */
export function traceText(richText: Y.XmlText): string | undefined {
  const state = readRichText(richText);
  const paragraph = state?.root.children[0] as { children?: { text?: string }[] } | undefined;
  return paragraph?.children?.[0]?.text;
}
