/**
 * Operations on a site's Y.Doc, shared by the editor, AI actions and restores. Each one checks its
 * input first (throwing `SiteEditError` without writing anything), then makes its change as exactly
 * one `ydoc.transact(fn, origin)`: collaborators see it live, and it is one step of its author's undo.
 */
import {
  ZSiteDoc,
  type Block,
  type NavItem,
  type Page,
  type Seo,
  type SiteDoc,
  type SiteSettings,
  type Theme,
} from "../../blocks/doc/schema.ts";
import * as Y from "yjs";
import { defaultSchemaHooks } from "./defaults.ts";
import { canContain, PAGE_PARENT_TYPE, type SiteSchemaHooks } from "./hooks.ts";
import { newBlockId } from "./ids.ts";
import { cloneJson, isPlainObject, jsonEqual, type JsonObject } from "./json.ts";
import {
  BLOCK_CONTAINER,
  BLOCK_ORDER,
  BLOCK_PAGE,
  BLOCK_PARENT,
  BLOCK_PROPS,
  BLOCK_TYPE,
  ENTRY_FIELDS,
  ENTRY_ORDER,
  pageIdOfParent,
  pageParent,
  siteMaps,
  stringField,
  type SiteMaps,
} from "./layout.ts";
import {
  blockTree,
  createBlockEntry,
  entryFields,
  orderedEntries,
  propsMap,
  richTextPropsOf,
  type PreparedBlock,
} from "./mapping.ts";
import { editOrigin, type EditOrigin } from "./origin.ts";
import { assignOrders, keyBetween } from "./orders.ts";
import { mergedRecord, patchRecord, readRecord, writeRecord } from "./records.ts";
import {
  clearXmlText,
  copyXmlTextContent,
  planRichTextEdits,
  prepareRichText,
  readRichText,
  RichTextError,
  writePreparedRichText,
  type PreparedRichText,
  type RichTextEdit,
  type RichTextState,
} from "./richText.ts";
import { descendantsOf, isInSubtree, type BlockTree } from "./tree.ts";

export type SiteEditErrorCode =
  /** The block or page does not exist (or is no longer shown). */
  | "not-found"
  /** A block cannot move into itself or below itself. */
  | "cycle"
  /** The block registry does not allow this block there. */
  | "not-allowed"
  /** An id is already taken. */
  | "duplicate-id"
  /** The input is not valid (the message says what). */
  | "invalid";

export class SiteEditError extends Error {
  override name = "SiteEditError";
  constructor(
    readonly code: SiteEditErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type OpOptions = {
  /** Block type knowledge; defaults to the block registry (./defaults.ts). */
  readonly hooks?: SiteSchemaHooks;
};

/** Where a block goes: at an index of a page's top level or of a block's children, or beside a sibling. */
export type BlockPlace =
  | { readonly pageId: string; readonly index?: number }
  | { readonly parentId: string; readonly index?: number }
  | { readonly before: string }
  | { readonly after: string };

const BLOCK_ID = /^[A-Za-z0-9_-]+$/;

// ---------------------------------------------------------------------------------------------------
// Blocks

/**
 * Inserts a block with its subtree (`block.children`). Without an index it goes last. Returns its id.
 * Rich-text props get their Y.XmlText in this same transaction, set or not.
 */
export function insertBlock(
  ydoc: Y.Doc,
  block: Block,
  place: BlockPlace,
  origin: EditOrigin,
  options: OpOptions = {},
): string {
  const hooks = options.hooks ?? defaultSchemaHooks;
  const maps = siteMaps(ydoc);
  const tree = blockTree(maps);
  const target = resolvePlace(maps, tree, place, null);
  const prepared = prepareSubtree(block, hooks, (id) => maps.blocks.has(id));
  checkContainment(hooks, target.parentType, block);
  transact(ydoc, origin, () => {
    const order = orderAt(maps, target.siblings, target.index);
    createSubtree(maps, prepared, block, { parent: target.parent, order, page: target.page });
  });
  return block.id;
}

/**
 * Moves a block (with its subtree) to a new place, possibly under another parent or on another page.
 * Refuses to move a block into its own subtree, and places the registry does not allow.
 */
export function moveBlock(
  ydoc: Y.Doc,
  blockId: string,
  place: BlockPlace,
  origin: EditOrigin,
  options: OpOptions = {},
): void {
  const hooks = options.hooks ?? defaultSchemaHooks;
  const maps = siteMaps(ydoc);
  const tree = blockTree(maps);
  const node = shownBlock(tree, blockId);
  const target = resolvePlace(maps, tree, place, blockId);
  const parentBlock = pageIdOfParent(target.parent) === null ? target.parent : null;
  if (parentBlock !== null && isInSubtree(tree, blockId, parentBlock)) {
    throw new SiteEditError("cycle", `block ${blockId} cannot move into its own subtree`);
  }
  if (!canContain(hooks, target.parentType, node.type)) {
    throw new SiteEditError(
      "not-allowed",
      `a ${node.type} block cannot go in ${describeParent(target.parentType)}`,
    );
  }
  const currentParent = tree.parentOf.get(blockId)!;
  if (currentParent === target.parent) {
    const currentIndex = (tree.children.get(currentParent) ?? []).indexOf(blockId);
    if (currentIndex === target.index) return; // already there
  }
  transact(ydoc, origin, () => {
    healCycles(maps, tree, [blockId, target.parent]);
    const entry = maps.blocks.get(blockId)!;
    const order = orderAt(maps, target.siblings, target.index);
    setIfChanged(entry, BLOCK_PARENT, target.parent);
    setIfChanged(entry, BLOCK_ORDER, order);
    if (tree.pageOf.get(blockId) !== target.page) {
      for (const id of [blockId, ...descendantsOf(tree, blockId)])
        setIfChanged(maps.blocks.get(id)!, BLOCK_PAGE, target.page);
    }
  });
}

/** Removes a block and its subtree. */
export function removeBlock(ydoc: Y.Doc, blockId: string, origin: EditOrigin): void {
  const maps = siteMaps(ydoc);
  if (!maps.blocks.has(blockId)) throw new SiteEditError("not-found", `no block ${blockId}`);
  const tree = blockTree(maps);
  transact(ydoc, origin, () => {
    healCycles(maps, tree, [blockId]);
    for (const id of [blockId, ...descendantsOf(tree, blockId)]) maps.blocks.delete(id);
  });
}

/** Copies a block and its subtree with new ids, right after the original. Returns the copy's id. */
export function duplicateBlock(
  ydoc: Y.Doc,
  blockId: string,
  origin: EditOrigin,
  options: OpOptions = {},
): string {
  const hooks = options.hooks ?? defaultSchemaHooks;
  const maps = siteMaps(ydoc);
  const tree = blockTree(maps);
  shownBlock(tree, blockId);
  const parent = tree.parentOf.get(blockId)!;
  const siblings = tree.children.get(parent) ?? [];
  const page = tree.pageOf.get(blockId)!;
  const subtree = [blockId, ...descendantsOf(tree, blockId)];
  const newIds = new Map(subtree.map((id) => [id, newBlockId()]));
  transact(ydoc, origin, () => {
    const order = orderAt(maps, siblings, siblings.indexOf(blockId) + 1);
    for (const id of subtree) {
      const source = maps.blocks.get(id)!;
      const copy = new Y.Map<unknown>();
      maps.blocks.set(newIds.get(id)!, copy);
      const type = stringField(source, BLOCK_TYPE) ?? "";
      copy.set(BLOCK_TYPE, type);
      copy.set(BLOCK_PARENT, id === blockId ? parent : newIds.get(tree.parentOf.get(id)!)!);
      copy.set(BLOCK_ORDER, id === blockId ? order : (stringField(source, BLOCK_ORDER) ?? ""));
      copy.set(BLOCK_PAGE, page);
      if (source.get(BLOCK_CONTAINER) === true) copy.set(BLOCK_CONTAINER, true);
      const props = new Y.Map<unknown>();
      copy.set(BLOCK_PROPS, props);
      copyProps(propsMap(source), props, richTextPropsOf(hooks, type));
    }
  });
  return newIds.get(blockId)!;
}

/**
 * Updates props field by field: a key present with `undefined` removes the prop (empties a rich-text
 * prop), other keys are set when they differ. Rich-text props change through their Y.XmlText with a
 * minimal diff, so someone typing in the same text keeps their typing.
 */
export function updateProps(
  ydoc: Y.Doc,
  blockId: string,
  patch: Record<string, unknown>,
  origin: EditOrigin,
  options: OpOptions = {},
): void {
  const hooks = options.hooks ?? defaultSchemaHooks;
  const maps = siteMaps(ydoc);
  const entry = maps.blocks.get(blockId);
  if (!(entry instanceof Y.Map)) throw new SiteEditError("not-found", `no block ${blockId}`);
  const props = propsMap(entry);
  if (props === undefined) throw new SiteEditError("invalid", `block ${blockId} has no props map`);
  if (!isPlainObject(patch)) throw new SiteEditError("invalid", "props patch must be an object");
  const richProps = new Set(richTextPropsOf(hooks, stringField(entry, BLOCK_TYPE) ?? ""));
  const plan = new RichTextPlan(ydoc);
  for (const [key, value] of Object.entries(patch)) {
    if (richProps.has(key)) plan.add(blockId, key, props.get(key), value);
  }
  const update = plan.compute();
  transact(ydoc, origin, (transaction) => {
    applyPlannedUpdate(ydoc, transaction, update);
    for (const [key, value] of Object.entries(patch)) {
      if (richProps.has(key)) plan.writeFresh(blockId, props, key, value);
      else setProp(props, key, value);
    }
  });
}

// ---------------------------------------------------------------------------------------------------
// Theme, settings, nav

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K];
};

/** Merges a deep partial into the theme (each colour, font, ... its own field). */
export function setTheme(ydoc: Y.Doc, patch: DeepPartial<Theme>, origin: EditOrigin): void {
  const maps = siteMaps(ydoc);
  const before = shallowSite(maps);
  checkSite(before, {
    ...before,
    theme: mergedRecord(before.theme as JsonObject, patch as JsonObject),
  });
  transact(ydoc, origin, () => patchRecord(maps.theme, patch as JsonObject));
}

/** Merges a deep partial into the site settings. */
export function updateSettings(
  ydoc: Y.Doc,
  patch: DeepPartial<SiteSettings>,
  origin: EditOrigin,
): void {
  const maps = siteMaps(ydoc);
  const before = shallowSite(maps);
  checkSite(before, {
    ...before,
    settings: mergedRecord(before.settings as JsonObject, patch as JsonObject),
  });
  transact(ydoc, origin, () => patchRecord(maps.settings, patch as JsonObject));
}

/** Sets the navigation. Items keep their entries by id, so unchanged items are not rewritten. */
export function setNav(ydoc: Y.Doc, items: readonly NavItem[], origin: EditOrigin): void {
  const maps = siteMaps(ydoc);
  const before = shallowSite(maps);
  checkSite(before, { ...before, nav: cloneJson([...items]) });
  checkUnique(
    items.map((item) => item.id),
    "nav item",
  );
  transact(ydoc, origin, () =>
    writeOrderedEntries(
      maps.nav,
      items.map((item) => [item.id, withoutKeys(item, ["id"])]),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// Pages

export type NewPage = Omit<Page, "id" | "blocks"> & {
  readonly id?: string;
  readonly blocks?: readonly Block[];
};

/** Adds a page (last, or at `index`), with its blocks if given. Returns the page id. */
export function addPage(
  ydoc: Y.Doc,
  page: NewPage,
  origin: EditOrigin,
  options: OpOptions & { readonly index?: number } = {},
): string {
  const hooks = options.hooks ?? defaultSchemaHooks;
  const maps = siteMaps(ydoc);
  const id = page.id ?? newBlockId();
  if (maps.pages.has(id)) throw new SiteEditError("duplicate-id", `page ${id} already exists`);
  const fields = withoutKeys(page, ["id", "blocks"]);
  const before = shallowSite(maps);
  const existing = orderedEntries(maps.pages);
  const index = clampIndex(options.index, existing.length);
  const pages = [...(before.pages as JsonObject[])];
  pages.splice(index, 0, { id, ...fields, blocks: [] });
  checkSite(before, { ...before, pages });
  const blocks = page.blocks ?? [];
  const prepared = prepareForest(blocks, hooks, (blockId) => maps.blocks.has(blockId));
  for (const block of blocks) checkContainment(hooks, PAGE_PARENT_TYPE, block);
  transact(ydoc, origin, () => {
    const before = index > 0 ? existing[index - 1]!.order : null;
    const after = index < existing.length ? existing[index]!.order : null;
    const order = keyBetween(before, after) ?? renumberEntries(existing, index);
    const entry = new Y.Map<unknown>();
    maps.pages.set(id, entry);
    entry.set(ENTRY_ORDER, order);
    const fieldMap = new Y.Map<unknown>();
    entry.set(ENTRY_FIELDS, fieldMap);
    writeRecord(fieldMap, fields);
    createForest(maps, prepared, blocks, pageParent(id), id);
  });
  return id;
}

export type PagePatch = {
  readonly title?: string;
  readonly slug?: string;
  /** Merged field by field; `seo: undefined` (present) removes the page's SEO fields. */
  readonly seo?: Partial<Seo> | undefined;
};

/** Changes a page's title, slug or SEO fields. */
export function renamePage(
  ydoc: Y.Doc,
  pageId: string,
  patch: PagePatch,
  origin: EditOrigin,
): void {
  const maps = siteMaps(ydoc);
  const entry = maps.pages.get(pageId);
  const fields = entry instanceof Y.Map ? entryFields(entry) : undefined;
  if (fields === undefined) throw new SiteEditError("not-found", `no page ${pageId}`);
  const before = shallowSite(maps);
  const pages = (before.pages as JsonObject[]).map((p) =>
    p.id === pageId ? mergedRecord(p, patch as JsonObject) : p,
  );
  checkSite(before, { ...before, pages });
  transact(ydoc, origin, () => patchRecord(fields, patch as JsonObject));
}

/** Puts the pages in the given order (all page ids, each once). Only moved pages get new keys. */
export function reorderPages(ydoc: Y.Doc, pageIds: readonly string[], origin: EditOrigin): void {
  const maps = siteMaps(ydoc);
  const current = new Set(maps.pages.keys());
  if (
    pageIds.length !== current.size ||
    new Set(pageIds).size !== pageIds.length ||
    !pageIds.every((id) => current.has(id))
  ) {
    throw new SiteEditError("invalid", "reorderPages needs every page id exactly once");
  }
  const entries = pageIds.map((id) => maps.pages.get(id)!);
  const orders = assignOrders(entries.map((entry) => stringField(entry, ENTRY_ORDER)));
  transact(ydoc, origin, () =>
    entries.forEach((entry, i) => setIfChanged(entry, ENTRY_ORDER, orders[i]!)),
  );
}

/** Removes a page and its blocks. A site keeps at least one page. */
export function removePage(ydoc: Y.Doc, pageId: string, origin: EditOrigin): void {
  const maps = siteMaps(ydoc);
  if (!maps.pages.has(pageId)) throw new SiteEditError("not-found", `no page ${pageId}`);
  if (maps.pages.size <= 1) throw new SiteEditError("invalid", "a site keeps at least one page");
  const tree = blockTree(maps);
  transact(ydoc, origin, () => {
    for (const id of descendantsOf(tree, pageParent(pageId))) maps.blocks.delete(id);
    maps.pages.delete(pageId);
  });
}

// ---------------------------------------------------------------------------------------------------
// Whole document

/**
 * Turns the Y.Doc into `doc` in one transaction with small changes: entries whose id survives are kept
 * and updated where they differ (props field by field, rich text by diff), the rest are deleted or
 * created. Used to seed a new doc, by restores and by AI-generated sites; collaborators see it live
 * and it is one undo step. Throws `SiteEditError` (and writes nothing) when `doc` is not a valid site
 * document or reuses an id.
 */
export function replaceDocument(
  ydoc: Y.Doc,
  doc: SiteDoc,
  origin: EditOrigin,
  options: OpOptions = {},
): void {
  const hooks = options.hooks ?? defaultSchemaHooks;
  const parsed = ZSiteDoc.safeParse(doc);
  if (!parsed.success)
    throw new SiteEditError(
      "invalid",
      `not a valid site document: ${formatIssues(parsed.error.issues)}`,
    );
  checkUnique(
    doc.pages.map((p) => p.id),
    "page",
  );
  checkUnique(
    doc.nav.map((n) => n.id),
    "nav item",
  );
  const allBlocks = doc.pages.flatMap((p) => flatten(p.blocks));
  checkUnique(
    allBlocks.map((b) => b.id),
    "block",
  );

  const maps = siteMaps(ydoc);
  // Rich text first: validated and planned before anything is written.
  const plan = new RichTextPlan(ydoc);
  const fresh = new Map<string, PreparedBlock>();
  for (const block of allBlocks) {
    checkBlockShape(block);
    const entry = maps.blocks.get(block.id);
    const keep =
      entry instanceof Y.Map &&
      stringField(entry, BLOCK_TYPE) === block.type &&
      propsMap(entry) !== undefined;
    if (keep) {
      const props = propsMap(entry)!;
      for (const key of richTextPropsOf(hooks, block.type))
        plan.add(block.id, key, props.get(key), block.props[key]);
    } else {
      fresh.set(block.id, prepareBlock(block, hooks));
    }
  }
  const update = plan.compute();

  transact(ydoc, origin, (transaction) => {
    applyPlannedUpdate(ydoc, transaction, update);
    const { theme, pages, nav, settings, ...rest } = doc;
    writeRecord(maps.site, rest as JsonObject);
    writeRecord(maps.theme, theme as JsonObject);
    writeRecord(maps.settings, settings as JsonObject);
    writeOrderedEntries(
      maps.nav,
      nav.map((item) => [item.id, withoutKeys(item, ["id"])]),
    );
    writeOrderedEntries(
      maps.pages,
      pages.map((page) => [page.id, withoutKeys(page, ["id", "blocks"])]),
    );

    const wanted = new Set(allBlocks.map((b) => b.id));
    for (const id of [...maps.blocks.keys()]) if (!wanted.has(id)) maps.blocks.delete(id);
    const writeSiblings = (siblings: readonly Block[], parent: string, page: string): void => {
      const existingOrders = siblings.map((block) => {
        const entry = maps.blocks.get(block.id);
        return entry instanceof Y.Map &&
          !fresh.has(block.id) &&
          stringField(entry, BLOCK_PARENT) === parent
          ? stringField(entry, BLOCK_ORDER)
          : undefined;
      });
      const orders = assignOrders(existingOrders);
      siblings.forEach((block, i) => {
        const place = { parent, order: orders[i]!, page };
        const prepared = fresh.get(block.id);
        if (prepared !== undefined) createBlockEntry(maps, prepared, place);
        else updateBlockEntry(maps.blocks.get(block.id)!, block, place, hooks, plan);
        if (block.children !== undefined) writeSiblings(block.children, block.id, page);
      });
    };
    for (const page of pages) writeSiblings(page.blocks, pageParent(page.id), page.id);
  });
}

/** Creates a Y.Doc holding `doc` (for tests, imports and seeding). */
export function createSiteYDoc(
  doc: SiteDoc,
  origin: EditOrigin = { kind: "system" },
  options: OpOptions = {},
): Y.Doc {
  const ydoc = new Y.Doc();
  replaceDocument(ydoc, doc, origin, options);
  return ydoc;
}

// ---------------------------------------------------------------------------------------------------
// Helpers

function transact(ydoc: Y.Doc, origin: EditOrigin, fn: (transaction: Y.Transaction) => void): void {
  ydoc.transact(fn, editOrigin(origin));
}

/**
 * Applies a planned rich-text update inside the operation's transaction. Yjs marks a transaction that
 * applies an update as remote (`local = false`); this one is a local edit, and left marked remote Yjs
 * would see our own new items in a "remote" transaction and needlessly change the doc's client id.
 */
function applyPlannedUpdate(
  ydoc: Y.Doc,
  transaction: Y.Transaction,
  update: Uint8Array | null,
): void {
  if (update === null) return;
  Y.applyUpdate(ydoc, update);
  transaction.local = true;
}

/**
 * Stores the repair of a cycle (see ./tree.ts) before an operation changes the blocks around it. A
 * cycle breaker is shown at its page's top level while its stored parent still points into the cycle;
 * moving or removing a block of its shown subtree would otherwise re-hang or hide it. Writing the
 * shown parent changes nothing anyone sees.
 */
function healCycles(maps: SiteMaps, tree: BlockTree, touched: readonly string[]): void {
  for (const breaker of tree.cycleBreakers) {
    if (!tree.pageOf.has(breaker)) continue;
    if (touched.some((id) => isInSubtree(tree, breaker, id))) {
      setIfChanged(maps.blocks.get(breaker)!, BLOCK_PARENT, tree.parentOf.get(breaker)!);
    }
  }
}

function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (map.get(key) !== value) map.set(key, value);
}

function setProp(props: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) {
    if (props.has(key)) props.delete(key);
    return;
  }
  const current = props.get(key);
  if (current instanceof Y.AbstractType || !props.has(key) || !jsonEqual(current, value))
    props.set(key, cloneJson(value));
}

function withoutKeys(value: object, keys: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value))
    if (!keys.includes(key) && item !== undefined) out[key] = item;
  return out;
}

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.max(0, Math.min(length, Math.trunc(index)));
}

function describeParent(parentType: string): string {
  return parentType === PAGE_PARENT_TYPE ? "a page's top level" : `a ${parentType} block`;
}

function shownBlock(tree: BlockTree, blockId: string): { type: string } {
  const node = tree.nodes.get(blockId);
  if (node === undefined || !tree.pageOf.has(blockId))
    throw new SiteEditError("not-found", `no block ${blockId}`);
  return node;
}

type ResolvedPlace = {
  parent: string;
  parentType: string;
  page: string;
  siblings: string[];
  index: number;
};

function resolvePlace(
  maps: SiteMaps,
  tree: BlockTree,
  place: BlockPlace,
  moving: string | null,
): ResolvedPlace {
  const siblingsOf = (parent: string): string[] =>
    (tree.children.get(parent) ?? []).filter((id) => id !== moving);
  if ("pageId" in place) {
    if (!maps.pages.has(place.pageId))
      throw new SiteEditError("not-found", `no page ${place.pageId}`);
    const parent = pageParent(place.pageId);
    const siblings = siblingsOf(parent);
    return {
      parent,
      parentType: PAGE_PARENT_TYPE,
      page: place.pageId,
      siblings,
      index: clampIndex(place.index, siblings.length),
    };
  }
  if ("parentId" in place) {
    const node = shownBlock(tree, place.parentId);
    const siblings = siblingsOf(place.parentId);
    return {
      parent: place.parentId,
      parentType: node.type,
      page: tree.pageOf.get(place.parentId)!,
      siblings,
      index: clampIndex(place.index, siblings.length),
    };
  }
  const anchor = "before" in place ? place.before : place.after;
  if (anchor === moving)
    throw new SiteEditError("invalid", "a block cannot be placed beside itself");
  shownBlock(tree, anchor);
  const parent = tree.parentOf.get(anchor)!;
  const siblings = siblingsOf(parent);
  const parentPage = pageIdOfParent(parent);
  return {
    parent,
    parentType: parentPage !== null ? PAGE_PARENT_TYPE : tree.nodes.get(parent)!.type,
    page: tree.pageOf.get(anchor)!,
    siblings,
    index: siblings.indexOf(anchor) + ("after" in place ? 1 : 0),
  };
}

/**
 * The order key for a slot at `index` among `siblings` (shown order). When the neighbours share a key
 * (two replicas inserted at the same spot), the siblings are renumbered in the same transaction.
 */
function orderAt(maps: SiteMaps, siblings: readonly string[], index: number): string {
  const orderOf = (id: string): string => stringField(maps.blocks.get(id)!, BLOCK_ORDER) ?? "";
  const before = index > 0 ? orderOf(siblings[index - 1]!) : null;
  const after = index < siblings.length ? orderOf(siblings[index]!) : null;
  const key = keyBetween(before, after);
  if (key !== null) return key;
  const keys = assignOrders(new Array<undefined>(siblings.length + 1).fill(undefined));
  siblings.forEach((id, i) =>
    setIfChanged(maps.blocks.get(id)!, BLOCK_ORDER, keys[i < index ? i : i + 1]!),
  );
  return keys[index]!;
}

function renumberEntries(entries: ReturnType<typeof orderedEntries>, index: number): string {
  const keys = assignOrders(new Array<undefined>(entries.length + 1).fill(undefined));
  entries.forEach((e, i) => setIfChanged(e.entry, ENTRY_ORDER, keys[i < index ? i : i + 1]!));
  return keys[index]!;
}

/** Makes an ordered map (pages, nav) hold exactly `items` in this order, keeping entries by id. */
function writeOrderedEntries(
  map: Y.Map<Y.Map<unknown>>,
  items: ReadonlyArray<readonly [string, JsonObject]>,
): void {
  const wanted = new Set(items.map(([id]) => id));
  for (const id of [...map.keys()]) if (!wanted.has(id)) map.delete(id);
  const existing = items.map(([id]) => {
    const entry = map.get(id);
    return entry instanceof Y.Map ? stringField(entry, ENTRY_ORDER) : undefined;
  });
  const orders = assignOrders(existing);
  items.forEach(([id, fields], i) => {
    let entry = map.get(id);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      map.set(id, entry);
    }
    setIfChanged(entry, ENTRY_ORDER, orders[i]!);
    let fieldMap = entryFields(entry);
    if (fieldMap === undefined) {
      fieldMap = new Y.Map<unknown>();
      entry.set(ENTRY_FIELDS, fieldMap);
    }
    writeRecord(fieldMap, fields);
  });
}

function updateBlockEntry(
  entry: Y.Map<unknown>,
  block: Block,
  place: { parent: string; order: string; page: string },
  hooks: SiteSchemaHooks,
  plan: RichTextPlan,
): void {
  setIfChanged(entry, BLOCK_PARENT, place.parent);
  setIfChanged(entry, BLOCK_ORDER, place.order);
  setIfChanged(entry, BLOCK_PAGE, place.page);
  if (block.children !== undefined) setIfChanged(entry, BLOCK_CONTAINER, true);
  else if (entry.has(BLOCK_CONTAINER)) entry.delete(BLOCK_CONTAINER);
  const props = propsMap(entry)!;
  const richProps = new Set(richTextPropsOf(hooks, block.type));
  for (const key of [...props.keys()]) {
    if (!richProps.has(key) && !Object.prototype.hasOwnProperty.call(block.props, key))
      props.delete(key);
  }
  for (const [key, value] of Object.entries(block.props))
    if (!richProps.has(key)) setProp(props, key, value);
  for (const key of richProps) plan.writeFresh(block.id, props, key, block.props[key]);
}

function copyProps(
  source: Y.Map<unknown> | undefined,
  target: Y.Map<unknown>,
  richTextProps: readonly string[],
): void {
  if (source !== undefined) {
    for (const [key, value] of source.entries()) {
      if (value instanceof Y.XmlText) {
        const text = new Y.XmlText();
        target.set(key, text);
        copyXmlTextContent(value, text);
      } else if (value instanceof Y.Map) {
        const nested = new Y.Map<unknown>();
        target.set(key, nested);
        writeRecord(nested, readRecord(value as Y.Map<unknown>));
      } else {
        target.set(key, cloneJson(value));
      }
    }
  }
  for (const key of richTextProps)
    if (!(target.get(key) instanceof Y.XmlText)) target.set(key, new Y.XmlText());
}

/**
 * The rich-text side of an operation: edits of existing Y.XmlTexts become one planned Yjs update
 * (applied first in the transaction); props that have no Y.XmlText yet get a fresh one written from a
 * prepared value. Everything is validated before the transaction.
 */
class RichTextPlan {
  private readonly edits: RichTextEdit[] = [];
  private readonly prepared = new Map<string, PreparedRichText>();
  private readonly planned = new Set<Y.XmlText>();

  constructor(private readonly ydoc: Y.Doc) {}

  add(blockId: string, key: string, current: unknown, value: unknown): void {
    try {
      if (current instanceof Y.XmlText) {
        if (value === undefined) {
          if (current.length > 0) this.edits.push({ xmlText: current, state: undefined });
        } else if (!jsonEqual(readRichText(current), value)) {
          this.edits.push({
            xmlText: current,
            state: value as RichTextState,
            label: `block ${blockId}, prop ${key}`,
          });
        }
        this.planned.add(current);
      } else if (value !== undefined) {
        this.prepared.set(planKey(blockId, key), prepareRichText(value));
      }
    } catch (error) {
      if (error instanceof RichTextError) {
        throw new SiteEditError("invalid", `block ${blockId}, prop ${key}: ${error.message}`);
      }
      throw error;
    }
  }

  compute(): Uint8Array | null {
    try {
      return planRichTextEdits(this.ydoc, this.edits);
    } catch (error) {
      if (error instanceof RichTextError) throw new SiteEditError("invalid", error.message);
      throw error;
    }
  }

  /** Inside the transaction: gives a rich-text prop without a planned XmlText its fresh one. */
  writeFresh(blockId: string, props: Y.Map<unknown>, key: string, value: unknown): void {
    const current = props.get(key);
    if (current instanceof Y.XmlText && this.planned.has(current)) return;
    if (current instanceof Y.XmlText && value === undefined) {
      clearXmlText(current);
      return;
    }
    const text = new Y.XmlText();
    props.set(key, text);
    const prepared = this.prepared.get(planKey(blockId, key));
    if (prepared !== undefined && value !== undefined) writePreparedRichText(text, prepared);
  }
}

const planKey = (blockId: string, key: string): string => `${blockId}\u0000${key}`;

function checkBlockShape(block: Block): void {
  if (typeof block.id !== "string" || !BLOCK_ID.test(block.id)) {
    throw new SiteEditError(
      "invalid",
      `block id ${JSON.stringify(block.id)} must be letters, digits, _ and -`,
    );
  }
  if (typeof block.type !== "string" || block.type.length === 0) {
    throw new SiteEditError("invalid", `block ${block.id} needs a type`);
  }
  if (!isPlainObject(block.props))
    throw new SiteEditError("invalid", `block ${block.id}: props must be an object`);
  if (block.children !== undefined && !Array.isArray(block.children)) {
    throw new SiteEditError("invalid", `block ${block.id}: children must be a list`);
  }
}

function prepareBlock(block: Block, hooks: SiteSchemaHooks): PreparedBlock {
  checkBlockShape(block);
  const richTextProps = richTextPropsOf(hooks, block.type);
  const richText = new Map<string, PreparedRichText>();
  for (const key of richTextProps) {
    const value = block.props[key];
    if (value === undefined) continue;
    try {
      richText.set(key, prepareRichText(value));
    } catch (error) {
      if (error instanceof RichTextError) {
        throw new SiteEditError("invalid", `block ${block.id}, prop ${key}: ${error.message}`);
      }
      throw error;
    }
  }
  return { block, richText, richTextProps };
}

function flatten(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  const visit = (block: Block): void => {
    out.push(block);
    block.children?.forEach(visit);
  };
  blocks.forEach(visit);
  return out;
}

function checkUnique(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new SiteEditError("duplicate-id", `${what} id ${id} is used twice`);
    seen.add(id);
  }
}

function prepareForest(
  blocks: readonly Block[],
  hooks: SiteSchemaHooks,
  taken: (id: string) => boolean,
): Map<string, PreparedBlock> {
  const all = blocks.flatMap((block) => flatten([block]));
  checkUnique(
    all.map((b) => b.id),
    "block",
  );
  const prepared = new Map<string, PreparedBlock>();
  for (const block of all) {
    if (taken(block.id))
      throw new SiteEditError("duplicate-id", `block id ${block.id} is already taken`);
    prepared.set(block.id, prepareBlock(block, hooks));
  }
  return prepared;
}

function prepareSubtree(
  block: Block,
  hooks: SiteSchemaHooks,
  taken: (id: string) => boolean,
): Map<string, PreparedBlock> {
  return prepareForest([block], hooks, taken);
}

/** Checks `block` may sit in `parentType`, and every block of its subtree in its parent. */
function checkContainment(hooks: SiteSchemaHooks, parentType: string, block: Block): void {
  if (!canContain(hooks, parentType, block.type)) {
    throw new SiteEditError(
      "not-allowed",
      `a ${block.type} block cannot go in ${describeParent(parentType)}`,
    );
  }
  for (const child of block.children ?? []) checkContainment(hooks, block.type, child);
}

function createSubtree(
  maps: SiteMaps,
  prepared: ReadonlyMap<string, PreparedBlock>,
  block: Block,
  place: { parent: string; order: string; page: string },
): void {
  createBlockEntry(maps, prepared.get(block.id)!, place);
  if (block.children !== undefined)
    createForest(maps, prepared, block.children, block.id, place.page);
}

function createForest(
  maps: SiteMaps,
  prepared: ReadonlyMap<string, PreparedBlock>,
  blocks: readonly Block[],
  parent: string,
  page: string,
): void {
  const orders = assignOrders(new Array<undefined>(blocks.length).fill(undefined));
  blocks.forEach((block, i) =>
    createSubtree(maps, prepared, block, { parent, order: orders[i]!, page }),
  );
}

/** The site without block content, for validating page, nav, theme and settings changes. */
function shallowSite(maps: SiteMaps): JsonObject {
  return {
    ...readRecord(maps.site),
    theme: readRecord(maps.theme),
    settings: readRecord(maps.settings),
    pages: orderedEntries(maps.pages).map(({ id, entry }) => {
      const fields = entryFields(entry);
      return { id, ...(fields === undefined ? {} : readRecord(fields)), blocks: [] };
    }),
    nav: orderedEntries(maps.nav).map(({ id, entry }) => {
      const fields = entryFields(entry);
      return { id, ...(fields === undefined ? {} : readRecord(fields)) };
    }),
  };
}

type Issue = { readonly path: ReadonlyArray<PropertyKey>; readonly message: string };

/** Refuses a change that brings new schema issues; issues already there (elsewhere) do not block it. */
function checkSite(before: JsonObject, after: JsonObject): void {
  const issuesOf = (site: JsonObject): Issue[] => {
    const result = ZSiteDoc.safeParse(site);
    return result.success
      ? []
      : result.error.issues.filter((issue) => !issue.path.includes("blocks"));
  };
  const key = (issue: Issue): string => `${issue.path.map(String).join(".")}\u0000${issue.message}`;
  const known = new Set(issuesOf(before).map(key));
  const added = issuesOf(after).filter((issue) => !known.has(key(issue)));
  if (added.length > 0) throw new SiteEditError("invalid", formatIssues(added));
}

function formatIssues(issues: readonly Issue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join(".") || "(document)"}: ${issue.message}`)
    .join("; ");
}
