/**
 * The site document JSON <-> Y.Doc mapping: reading the JSON back out of a Y.Doc, and the pieces the
 * operations use to write blocks. See ./layout.ts for the layout and ./tree.ts for how the tree is
 * derived from the flat block map.
 */
import type { Block, NavItem, Page, SiteDoc } from "../../blocks/doc/schema.ts";
import * as Y from "yjs";
import type { SiteSchemaHooks } from "./hooks.ts";
import { cloneJson, setOwn, type JsonObject } from "./json.ts";
import {
  BLOCK_CONTAINER,
  BLOCK_ORDER,
  BLOCK_PAGE,
  BLOCK_PARENT,
  BLOCK_PROPS,
  BLOCK_TYPE,
  ENTRY_FIELDS,
  ENTRY_ORDER,
  pageParent,
  siteMaps,
  stringField,
  type SiteMaps,
} from "./layout.ts";
import { readRecord } from "./records.ts";
import { readRichText, writePreparedRichText, type PreparedRichText } from "./richText.ts";
import { deriveTree, type BlockNode, type BlockTree } from "./tree.ts";

/** An ordered entry of the pages or nav map. */
export type OrderedEntry = {
  readonly id: string;
  readonly order: string;
  readonly entry: Y.Map<unknown>;
};

export function orderedEntries(map: Y.Map<Y.Map<unknown>>): OrderedEntry[] {
  const out: OrderedEntry[] = [];
  for (const [id, entry] of map.entries()) {
    if (!(entry instanceof Y.Map)) continue;
    out.push({ id, order: stringField(entry, ENTRY_ORDER) ?? "", entry });
  }
  return out.sort((a, b) =>
    a.order !== b.order ? (a.order < b.order ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

export function entryFields(entry: Y.Map<unknown>): Y.Map<unknown> | undefined {
  const fields = entry.get(ENTRY_FIELDS);
  return fields instanceof Y.Map ? (fields as Y.Map<unknown>) : undefined;
}

export function blockNode(id: string, entry: Y.Map<unknown>): BlockNode {
  return {
    id,
    type: stringField(entry, BLOCK_TYPE) ?? "",
    parent: stringField(entry, BLOCK_PARENT) ?? "",
    order: stringField(entry, BLOCK_ORDER) ?? "",
    page: stringField(entry, BLOCK_PAGE) ?? "",
  };
}

/** The derived block tree of a Y.Doc (see ./tree.ts for the rules). */
export function blockTree(maps: SiteMaps): BlockTree {
  const nodes = new Map<string, BlockNode>();
  for (const [id, entry] of maps.blocks.entries()) {
    if (entry instanceof Y.Map) nodes.set(id, blockNode(id, entry));
  }
  const pageIds = new Set<string>();
  for (const [id, entry] of maps.pages.entries()) if (entry instanceof Y.Map) pageIds.add(id);
  return deriveTree(nodes, pageIds);
}

export function propsMap(entry: Y.Map<unknown>): Y.Map<unknown> | undefined {
  const props = entry.get(BLOCK_PROPS);
  return props instanceof Y.Map ? (props as Y.Map<unknown>) : undefined;
}

/** A block's props as JSON; rich text read through Lexical, an empty rich-text prop left out. */
export function readProps(entry: Y.Map<unknown>): JsonObject {
  const out: JsonObject = {};
  const props = propsMap(entry);
  if (props === undefined) return out;
  for (const [key, value] of props.entries()) {
    if (value instanceof Y.XmlText) {
      const state = readRichText(value);
      if (state !== undefined) setOwn(out, key, state);
    } else if (value instanceof Y.Map) {
      setOwn(out, key, readRecord(value as Y.Map<unknown>));
    } else {
      setOwn(out, key, cloneJson(value));
    }
  }
  return out;
}

/** Reports a block whose props cannot be read or are invalid; the block (and its subtree) is left out. */
export type BlockFilter = (block: Block, entry: Y.Map<unknown>) => boolean;

export type ReadOptions = {
  /** Called for every block; return false to leave the block and its subtree out. */
  readonly keepBlock?: BlockFilter;
  /** Called when a block's props cannot be read (e.g. corrupt rich text); the block is left out. */
  readonly onUnreadable?: (blockId: string, error: unknown) => void;
};

/**
 * The site document a Y.Doc holds, without validation. For every document written by
 * `replaceDocument`, `readSiteDoc` returns it unchanged (rich text in the canonical form Lexical
 * exports). Throws when a block cannot be read and no `onUnreadable` is given.
 */
export function readSiteDoc(ydoc: Y.Doc, options: ReadOptions = {}): SiteDoc {
  const maps = siteMaps(ydoc);
  const tree = blockTree(maps);

  const readBlock = (id: string): Block | null => {
    const entry = maps.blocks.get(id)!;
    let props: JsonObject;
    try {
      props = readProps(entry);
    } catch (error) {
      if (options.onUnreadable === undefined) throw error;
      options.onUnreadable(id, error);
      return null;
    }
    const block: Block = { id, type: stringField(entry, BLOCK_TYPE) ?? "", props };
    const kids = tree.children.get(id) ?? [];
    if (kids.length > 0 || entry.get(BLOCK_CONTAINER) === true) {
      block.children = kids.map(readBlock).filter((b): b is Block => b !== null);
    }
    if (options.keepBlock !== undefined && !options.keepBlock(block, entry)) return null;
    return block;
  };

  const pages: Page[] = orderedEntries(maps.pages).map(({ id, entry }) => {
    const fields = entryFields(entry);
    const page = { id, ...(fields === undefined ? {} : readRecord(fields)) } as JsonObject;
    const blocks = (tree.children.get(pageParent(id)) ?? [])
      .map(readBlock)
      .filter((b): b is Block => b !== null);
    setOwn(page, "blocks", blocks);
    return page as Page;
  });

  const nav: NavItem[] = orderedEntries(maps.nav).map(({ id, entry }) => {
    const fields = entryFields(entry);
    return { id, ...(fields === undefined ? {} : readRecord(fields)) } as NavItem;
  });

  const site = readRecord(maps.site);
  const doc = {
    ...site,
    theme: readRecord(maps.theme),
    pages,
    nav,
    settings: readRecord(maps.settings),
  } as JsonObject;
  return doc as SiteDoc;
}

/**
 * Everything needed to create a block entry, checked and prepared before the transaction starts so
 * that a bad value fails without writing anything.
 */
export type PreparedBlock = {
  readonly block: Block;
  /** Prepared rich text by prop name, for the rich-text props that have a value. */
  readonly richText: ReadonlyMap<string, PreparedRichText>;
  readonly richTextProps: readonly string[];
};

/**
 * Creates a block entry (inside the caller's transaction). Every rich-text prop of the type gets its
 * Y.XmlText now, even an unset one, so that no replica ever has to create one later: two replicas
 * creating the same XmlText concurrently would race, and the loser's typing would vanish.
 */
export function createBlockEntry(
  maps: SiteMaps,
  prepared: PreparedBlock,
  place: { parent: string; order: string; page: string },
): void {
  const { block } = prepared;
  const entry = new Y.Map<unknown>();
  maps.blocks.set(block.id, entry);
  entry.set(BLOCK_TYPE, block.type);
  entry.set(BLOCK_PARENT, place.parent);
  entry.set(BLOCK_ORDER, place.order);
  entry.set(BLOCK_PAGE, place.page);
  if (block.children !== undefined) entry.set(BLOCK_CONTAINER, true);
  const props = new Y.Map<unknown>();
  entry.set(BLOCK_PROPS, props);
  writeNewProps(props, prepared);
}

function writeNewProps(props: Y.Map<unknown>, prepared: PreparedBlock): void {
  const richText = new Set(prepared.richTextProps);
  for (const [key, value] of Object.entries(prepared.block.props)) {
    if (value === undefined || richText.has(key)) continue;
    props.set(key, cloneJson(value));
  }
  for (const key of prepared.richTextProps) {
    const text = new Y.XmlText();
    props.set(key, text);
    const value = prepared.richText.get(key);
    if (value !== undefined) writePreparedRichText(text, value);
  }
}

export function richTextPropsOf(hooks: SiteSchemaHooks, type: string): readonly string[] {
  return [...new Set(hooks.richTextPropsOf(type))];
}
