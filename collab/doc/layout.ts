/**
 * The layout of a site's Y.Doc. These names are the wire format shared by every replica (editor,
 * server, stored Yjs state): renaming one is a migration.
 *
 *   site      Y.Map   schemaVersion and any other top-level field of the site document
 *                     except the four below (nested objects as nested Y.Maps)
 *   theme     Y.Map   the theme, nested objects as nested Y.Maps (so colours merge one by one)
 *   settings  Y.Map   the site settings, same layout as theme
 *   pages     Y.Map   pageId -> Y.Map { order: string, fields: Y.Map }
 *                     fields = every page field except id and blocks (seo as a nested Y.Map)
 *   nav       Y.Map   navItemId -> Y.Map { order: string, fields: Y.Map } (fields except id)
 *   blocks    Y.Map   blockId -> Y.Map {
 *                       type: string,
 *                       parent: string,    a block id, or "page:<pageId>" for a page's top level
 *                       order: string,     fractional index among siblings; ties broken by id
 *                       page: string,      the page the block was last placed on (cycle repair hint)
 *                       container: boolean the JSON block carried a `children` array (even empty)
 *                       props: Y.Map       one key per prop: plain JSON, or a Y.XmlText for rich text
 *                     }
 */
import type * as Y from "yjs";

export const SITE = "site";
export const THEME = "theme";
export const SETTINGS = "settings";
export const PAGES = "pages";
export const NAV = "nav";
export const BLOCKS = "blocks";

/** Keys of a page or nav entry. */
export const ENTRY_ORDER = "order";
export const ENTRY_FIELDS = "fields";

/** Keys of a block entry. */
export const BLOCK_TYPE = "type";
export const BLOCK_PARENT = "parent";
export const BLOCK_ORDER = "order";
export const BLOCK_PAGE = "page";
export const BLOCK_CONTAINER = "container";
export const BLOCK_PROPS = "props";

const PAGE_PARENT_PREFIX = "page:";

/** The `parent` value of a block at the top level of a page. Block ids cannot contain ":". */
export function pageParent(pageId: string): string {
  return PAGE_PARENT_PREFIX + pageId;
}

/** The page id when `parent` names a page's top level, otherwise null (it names a block). */
export function pageIdOfParent(parent: string): string | null {
  return parent.startsWith(PAGE_PARENT_PREFIX) ? parent.slice(PAGE_PARENT_PREFIX.length) : null;
}

export type BlockEntry = Y.Map<unknown>;
export type SiteMaps = {
  site: Y.Map<unknown>;
  theme: Y.Map<unknown>;
  settings: Y.Map<unknown>;
  pages: Y.Map<Y.Map<unknown>>;
  nav: Y.Map<Y.Map<unknown>>;
  blocks: Y.Map<BlockEntry>;
};

export function siteMaps(ydoc: Y.Doc): SiteMaps {
  return {
    site: ydoc.getMap(SITE),
    theme: ydoc.getMap(THEME),
    settings: ydoc.getMap(SETTINGS),
    pages: ydoc.getMap(PAGES),
    nav: ydoc.getMap(NAV),
    blocks: ydoc.getMap(BLOCKS),
  };
}

/** Every shared type the site lives in: the scope of a per-user undo manager. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Y.UndoManager takes AbstractType<any>
export function sharedTypes(ydoc: Y.Doc): Array<Y.AbstractType<any>> {
  const maps = siteMaps(ydoc);
  return [maps.site, maps.theme, maps.settings, maps.pages, maps.nav, maps.blocks];
}

/** True for a Y.Doc that holds no site yet (a new doc before its first sync or seeding). */
export function isEmptySiteYDoc(ydoc: Y.Doc): boolean {
  const maps = siteMaps(ydoc);
  return maps.site.size === 0 && maps.pages.size === 0 && maps.blocks.size === 0;
}

export function stringField(map: Y.Map<unknown>, key: string): string | undefined {
  const value = map.get(key);
  return typeof value === "string" ? value : undefined;
}
