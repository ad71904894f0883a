/**
 * The editor's read side of a site's Y.Doc. Components subscribe to exactly what they draw: one
 * block's data, one parent's list of children, the pages, the theme. A keystroke in one block's
 * props notifies that block's subscribers and nobody else, which is what keeps a 1,000-block page
 * smooth. The tree is only derived again when a transaction moved, added or removed blocks.
 *
 * Writes never go through here: they are the shared operations of `collab/doc/ops.ts`.
 */
import type { NavItem, Seo, SiteSettings, Theme } from "../../../../blocks/doc/schema.ts";
import {
  getBlockDefinition,
  parseBlockProps,
  type ParseBlockPropsResult,
} from "../../../../blocks/registry.ts";
import { defaultTheme, ZTheme } from "../../../../blocks/theme/index.ts";
import {
  BLOCK_ORDER,
  BLOCK_PAGE,
  BLOCK_PARENT,
  BLOCK_PROPS,
  BLOCK_TYPE,
  isEmptySiteYDoc,
  pageParent,
  siteMaps,
  type SiteMaps,
} from "../../../../collab/doc/layout.ts";
import { readRecord } from "../../../../collab/doc/records.ts";
import type { BlockTree } from "../../../../collab/doc/tree.ts";
import * as Y from "yjs";
import { readBlockTree, readOrderedEntries, readPropsForDisplay } from "./ydocRead.ts";

export type BlockSnapshot = {
  readonly id: string;
  readonly type: string;
  /** The props as stored (rich text as Lexical JSON); missing props take their defaults on parse. */
  readonly props: Readonly<Record<string, unknown>>;
  /** The props after the block type's migrations and schema (defaults filled in), or the problem. */
  readonly parsed: ParseBlockPropsResult<Record<string, unknown>>;
};

export type PageInfo = {
  readonly id: string;
  readonly title: string;
  readonly slug: string;
  readonly seo: Seo | undefined;
};

type Listener = () => void;

/** A map of listener sets by key, for per-block and per-parent subscriptions. */
class KeyedEmitter {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(key: string, listener: Listener): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  emit(key: string): void {
    const set = this.listeners.get(key);
    if (set) for (const listener of [...set]) listener();
  }
}

class Emitter {
  private readonly listeners = new Set<Listener>();
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

const STRUCTURE_KEYS = new Set([BLOCK_PARENT, BLOCK_ORDER, BLOCK_PAGE, BLOCK_TYPE]);
const EMPTY: readonly string[] = Object.freeze([]);

export class DocStore {
  readonly maps: SiteMaps;
  private tree: BlockTree;
  private readonly blockCache = new Map<string, BlockSnapshot | null>();
  private readonly blockEvents = new KeyedEmitter();
  private readonly childrenEvents = new KeyedEmitter();
  private pagesCache: readonly PageInfo[] | null = null;
  private themeCache: Theme | null = null;
  private settingsCache: SiteSettings | null = null;
  private navCache: readonly NavItem[] | null = null;
  private readonly pagesEvents = new Emitter();
  private readonly themeEvents = new Emitter();
  private readonly siteEvents = new Emitter();
  private readonly treeEvents = new Emitter();
  /** Every change of the document, after its observers ran (overlays re-measure, publish state). */
  private readonly changeEvents = new Emitter();
  private treeVersion = 0;
  private readonly cleanups: Array<() => void> = [];

  constructor(readonly ydoc: Y.Doc) {
    this.maps = siteMaps(ydoc);
    this.tree = readBlockTree(this.maps);

    const onBlocks = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => this.onBlocks(events);
    this.maps.blocks.observeDeep(onBlocks);
    this.cleanups.push(() => this.maps.blocks.unobserveDeep(onBlocks));

    const onPages = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
      this.pagesCache = null;
      // Adding or removing a page changes which blocks are shown.
      if (events.some((event) => event.target === this.maps.pages)) this.rebuildTree();
      this.pagesEvents.emit();
    };
    this.maps.pages.observeDeep(onPages);
    this.cleanups.push(() => this.maps.pages.unobserveDeep(onPages));

    const onTheme = () => {
      this.themeCache = null;
      this.themeEvents.emit();
    };
    this.maps.theme.observeDeep(onTheme);
    this.cleanups.push(() => this.maps.theme.unobserveDeep(onTheme));

    const onSite = () => {
      this.settingsCache = null;
      this.navCache = null;
      this.siteEvents.emit();
    };
    this.maps.settings.observeDeep(onSite);
    this.maps.nav.observeDeep(onSite);
    this.cleanups.push(() => {
      this.maps.settings.unobserveDeep(onSite);
      this.maps.nav.unobserveDeep(onSite);
    });

    const onAfterTransaction = (transaction: Y.Transaction) => {
      if (transaction.changed.size > 0) this.changeEvents.emit();
    };
    ydoc.on("afterTransaction", onAfterTransaction);
    this.cleanups.push(() => ydoc.off("afterTransaction", onAfterTransaction));
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  /** True before the first sync (or local load) filled the doc. */
  get isEmpty(): boolean {
    return isEmptySiteYDoc(this.ydoc);
  }

  // -------------------------------------------------------------------------------------------
  // Blocks

  getBlock = (id: string): BlockSnapshot | null => {
    if (this.blockCache.has(id)) return this.blockCache.get(id)!;
    const entry = this.maps.blocks.get(id);
    let snapshot: BlockSnapshot | null = null;
    if (entry instanceof Y.Map) {
      const type =
        typeof entry.get(BLOCK_TYPE) === "string" ? (entry.get(BLOCK_TYPE) as string) : "";
      let props: Record<string, unknown>;
      let parsed: BlockSnapshot["parsed"];
      try {
        props = readPropsForDisplay(entry);
        parsed = parseBlockProps(type, props);
      } catch (error) {
        props = {};
        parsed = { ok: false, error: `its content cannot be read (${(error as Error).message})` };
      }
      snapshot = { id, type, props, parsed };
    }
    this.blockCache.set(id, snapshot);
    return snapshot;
  };

  subscribeBlock = (id: string, listener: Listener): (() => void) =>
    this.blockEvents.subscribe(id, listener);

  /** The shown children of a block id or of `page:<id>`, sorted. Stable until they change. */
  getChildren = (parentKey: string): readonly string[] =>
    this.tree.children.get(parentKey) ?? EMPTY;

  subscribeChildren = (parentKey: string, listener: Listener): (() => void) =>
    this.childrenEvents.subscribe(parentKey, listener);

  getTree = (): BlockTree => this.tree;
  getTreeVersion = (): number => this.treeVersion;
  subscribeTree = (listener: Listener): (() => void) => this.treeEvents.subscribe(listener);

  /** The block's type, or the page type for `page:<id>` keys. */
  typeOf(parentKey: string): string {
    if (parentKey.startsWith("page:")) return "page";
    return this.tree.nodes.get(parentKey)?.type ?? "";
  }

  /** Whether a block is shown on a page (exists and is not detached). */
  isShown(id: string): boolean {
    return this.tree.pageOf.has(id);
  }

  /** The chain of shown ancestors of a block, nearest first (block ids only). */
  ancestorsOf(id: string): string[] {
    const out: string[] = [];
    let current = this.tree.parentOf.get(id);
    while (current !== undefined && !current.startsWith("page:")) {
      out.push(current);
      current = this.tree.parentOf.get(current);
    }
    return out;
  }

  /** A short name for a block in the merchant's words: its type's label and its first text. */
  describeBlock(id: string): string {
    const snapshot = this.getBlock(id);
    if (!snapshot) return "Block";
    return getBlockDefinition(snapshot.type)?.label ?? snapshot.type;
  }

  private onBlocks(events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void {
    const changed = new Set<string>();
    let structure = false;
    for (const event of events) {
      if (event.target === this.maps.blocks) {
        for (const key of event.keys.keys()) changed.add(key);
        structure = true;
        continue;
      }
      const path = event.path;
      const id = path[0];
      if (typeof id !== "string") continue;
      if (path.length === 1) {
        // The entry map itself: a move (parent, order) or a new props map.
        for (const key of event.keys.keys()) {
          if (STRUCTURE_KEYS.has(key)) structure = true;
          if (key === BLOCK_PROPS || key === BLOCK_TYPE) changed.add(id);
        }
      } else {
        changed.add(id);
      }
    }
    for (const id of changed) this.blockCache.delete(id);
    if (structure) this.rebuildTree();
    for (const id of changed) this.blockEvents.emit(id);
  }

  private rebuildTree(): void {
    const before = this.tree;
    const after = readBlockTree(this.maps);
    this.tree = after;
    this.treeVersion++;
    const parents = new Set<string>([...before.children.keys(), ...after.children.keys()]);
    for (const parent of parents) {
      const a = before.children.get(parent);
      const b = after.children.get(parent);
      if (!sameList(a, b)) this.childrenEvents.emit(parent);
    }
    this.treeEvents.emit();
  }

  // -------------------------------------------------------------------------------------------
  // Pages, theme, settings, nav

  getPages = (): readonly PageInfo[] => {
    if (this.pagesCache) return this.pagesCache;
    this.pagesCache = readOrderedEntries(this.maps.pages).map(({ id, fields: record }) => {
      return {
        id,
        title: typeof record.title === "string" ? record.title : "Untitled",
        slug: typeof record.slug === "string" ? record.slug : "",
        seo: (record.seo as Seo | undefined) ?? undefined,
      };
    });
    return this.pagesCache;
  };

  subscribePages = (listener: Listener): (() => void) => this.pagesEvents.subscribe(listener);

  /** The theme, or the default theme field by field where the stored one is not valid. */
  getTheme = (): Theme => {
    if (this.themeCache) return this.themeCache;
    const raw = readRecord(this.maps.theme);
    const parsed = ZTheme.safeParse(raw);
    this.themeCache = parsed.success ? parsed.data : mergeTheme(raw);
    return this.themeCache;
  };

  subscribeTheme = (listener: Listener): (() => void) => this.themeEvents.subscribe(listener);

  getSettings = (): SiteSettings => {
    if (this.settingsCache) return this.settingsCache;
    const raw = readRecord(this.maps.settings) as Partial<SiteSettings>;
    this.settingsCache = {
      locale: "en",
      currency: "USD",
      social: [],
      ...raw,
      name: typeof raw.name === "string" ? raw.name : "",
    };
    return this.settingsCache;
  };

  getNav = (): readonly NavItem[] => {
    if (this.navCache) return this.navCache;
    this.navCache = readOrderedEntries(this.maps.nav).map(
      ({ id, fields }) => ({ id, ...fields }) as NavItem,
    );
    return this.navCache;
  };

  subscribeSite = (listener: Listener): (() => void) => this.siteEvents.subscribe(listener);

  subscribeChanges = (listener: Listener): (() => void) => this.changeEvents.subscribe(listener);

  /** The page's top-level key in the tree. */
  static pageKey(pageId: string): string {
    return pageParent(pageId);
  }
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A theme with every invalid field replaced by the default's, so the canvas always has one. */
function mergeTheme(raw: Record<string, unknown>): Theme {
  const colors = { ...defaultTheme.colors, ...((raw.colors as object | undefined) ?? {}) };
  const fonts = { ...defaultTheme.fonts, ...((raw.fonts as object | undefined) ?? {}) };
  const candidate = { ...defaultTheme, ...raw, colors, fonts };
  const parsed = ZTheme.safeParse(candidate);
  return parsed.success ? parsed.data : defaultTheme;
}
