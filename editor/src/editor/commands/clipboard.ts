/**
 * Copy and paste of blocks, within a page, across pages and across sites: the clipboard holds the
 * blocks as JSON (rich text as Lexical JSON), and a paste gives every block a new id, since ids are
 * unique in a whole site.
 */
import { ZBlock, type Block } from "../../../../blocks/doc/schema.ts";
import { getBlockDefinition, parseBlockProps } from "../../../../blocks/registry.ts";
import { BLOCK_CONTAINER } from "../../../../collab/doc/layout.ts";
import { newBlockId } from "../../../../collab/doc/ids.ts";
import type * as Y from "yjs";
import type { DocStore } from "../state/docStore.ts";

export const CLIPBOARD_MIME = "application/x-pegasus-blocks";
const FORMAT = "pegasus/blocks";
/** Kept as a fallback when the system clipboard is not available (no permission, no focus). */
const STORAGE_KEY = "pegasus:clipboard";

type ClipboardPayload = { format: typeof FORMAT; version: 1; blocks: Block[] };

/**
 * A block and its subtree as JSON, read from the live document: with `readProps` (the canonical
 * reader, rich text through Lexical) when given, else as the canvas shows them.
 */
export function readBlockSubtree(
  store: DocStore,
  id: string,
  readProps?: (entry: Y.Map<unknown>) => Record<string, unknown>,
): Block | null {
  const snapshot = store.getBlock(id);
  const entry = store.maps.blocks.get(id);
  if (!snapshot || !entry) return null;
  const props = readProps ? readProps(entry) : structuredClone(snapshot.props);
  const block: Block = { id, type: snapshot.type, props };
  const childIds = store.getChildren(id);
  if (childIds.length > 0 || entry?.get(BLOCK_CONTAINER) === true) {
    block.children = childIds
      .map((childId) => readBlockSubtree(store, childId, readProps))
      .filter((child): child is Block => child !== null);
  }
  return block;
}

export function serializeBlocks(blocks: readonly Block[]): string {
  const payload: ClipboardPayload = { format: FORMAT, version: 1, blocks: [...blocks] };
  return JSON.stringify(payload);
}

/**
 * The blocks in clipboard text, with new ids, or null when the text is not ours. Blocks of unknown
 * types, or whose props no longer validate, are left out (with their subtree).
 */
export function parseClipboard(text: string): { blocks: Block[]; skipped: number } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const payload = value as Partial<ClipboardPayload>;
  if (payload.format !== FORMAT || !Array.isArray(payload.blocks)) return null;
  let skipped = 0;
  const clean = (raw: unknown): Block | null => {
    const parsed = ZBlock.safeParse(raw);
    if (!parsed.success || !getBlockDefinition(parsed.data.type)) {
      skipped++;
      return null;
    }
    const block = parsed.data;
    if (!parseBlockProps(block.type, block.props).ok) {
      skipped++;
      return null;
    }
    const out: Block = { id: newBlockId(), type: block.type, props: block.props };
    if (block.children) {
      out.children = block.children.map(clean).filter((child): child is Block => child !== null);
    }
    return out;
  };
  const blocks = payload.blocks.map(clean).filter((block): block is Block => block !== null);
  return { blocks, skipped };
}

/** Remembers the last copy in this browser, for pastes where the system clipboard says nothing. */
export function rememberCopy(text: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, text);
  } catch {
    // Private mode or a full quota: the system clipboard still has it.
  }
}

export function lastCopy(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** A fresh block of a type, with its default props (and the columns a Columns block needs). */
export function newBlock(type: string): Block {
  const definition = getBlockDefinition(type);
  if (!definition) throw new Error(`unknown block type ${type}`);
  const block: Block = {
    id: newBlockId(),
    type,
    props: structuredClone(definition.defaultProps as Record<string, unknown>),
  };
  if (definition.allowedChildren !== "none") block.children = [];
  if (type === "columns") block.children = [newBlock("column"), newBlock("column")];
  return block;
}
