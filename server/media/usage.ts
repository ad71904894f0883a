import type { Block, SiteDoc } from "../../blocks/doc/schema.ts";
import type { StorefrontCollection, StorefrontProduct } from "../../blocks/render/commerce.ts";
import { getBlockDefinition } from "../../blocks/registry.ts";

/** Where a use was found: the draft, the live (published) document, or the live catalog. */
export type SiteVersionName = "draft" | "published" | "catalog";

/** One place an image is used: a block prop, a page's SEO image, the site logo. */
export type MediaUse = {
  /** Stable for the same place across the draft and the published version. */
  key: string;
  /** In words: "Home › Hero › image". */
  label: string;
  pageId: string | null;
  pageTitle: string | null;
  blockId: string | null;
  blockType: string | null;
  /** The prop path inside the block (or the document), e.g. "images.2.src". */
  field: string;
  /** Where it is used: the draft, the live (published) store, or both. */
  versions: SiteVersionName[];
};

/**
 * Every place a document refers to an image, found by the image's id in any string (URLs in
 * props, the logo, SEO images, rich text links): `/media/<siteId>/<mediaId>/...`.
 */
export function findMediaUses(doc: SiteDoc, mediaId: string, version: SiteVersionName): MediaUse[] {
  const needle = `/${mediaId}/`;
  const uses: MediaUse[] = [];
  const add = (use: Omit<MediaUse, "versions" | "key">) =>
    uses.push({
      ...use,
      key: `${use.pageId ?? "-"}:${use.blockId ?? "-"}:${use.field}`,
      versions: [version],
    });

  for (const path of stringPathsContaining(doc.settings, needle)) {
    add({
      label: path.startsWith("logo") ? "Site settings › Logo" : `Site settings › ${path}`,
      pageId: null,
      pageTitle: null,
      blockId: null,
      blockType: null,
      field: `settings.${path}`,
    });
  }
  for (const page of doc.pages) {
    const pageName = page.title || (page.slug === "" ? "Home" : page.slug);
    for (const path of stringPathsContaining(page.seo ?? {}, needle)) {
      add({
        label: `${pageName} › SEO image`,
        pageId: page.id,
        pageTitle: pageName,
        blockId: null,
        blockType: null,
        field: `seo.${path}`,
      });
    }
    const walk = (blocks: readonly Block[]) => {
      for (const block of blocks) {
        const blockName = getBlockDefinition(block.type)?.label ?? block.type;
        for (const path of stringPathsContaining(block.props, needle)) {
          add({
            label: `${pageName} › ${blockName} › ${path.replace(/\.src$/, "")}`,
            pageId: page.id,
            pageTitle: pageName,
            blockId: block.id,
            blockType: block.type,
            field: path,
          });
        }
        walk(block.children ?? []);
      }
    };
    walk(page.blocks);
  }
  return uses;
}

/** Every product and collection of the live catalog that shows the image. */
export function findCatalogUses(
  catalog: { products: StorefrontProduct[]; collections: StorefrontCollection[] },
  mediaId: string,
): MediaUse[] {
  const needle = `/${mediaId}/`;
  const uses: MediaUse[] = [];
  for (const product of catalog.products) {
    for (const path of stringPathsContaining(product.images, needle)) {
      uses.push({
        key: `product:${product.id}:${path}`,
        label: `Products › ${product.title}`,
        pageId: null,
        pageTitle: null,
        blockId: null,
        blockType: null,
        field: `images.${path}`,
        versions: ["catalog"],
      });
    }
  }
  for (const collection of catalog.collections) {
    if (collection.image?.src.includes(needle)) {
      uses.push({
        key: `collection:${collection.id}`,
        label: `Collections › ${collection.title}`,
        pageId: null,
        pageTitle: null,
        blockId: null,
        blockType: null,
        field: "image.src",
        versions: ["catalog"],
      });
    }
  }
  return uses;
}

/** Uses in several versions, one entry per place, listing the versions it is in. */
export function mergeUses(...lists: MediaUse[][]): MediaUse[] {
  const byKey = new Map<string, MediaUse>();
  for (const use of lists.flat()) {
    const seen = byKey.get(use.key);
    if (!seen) byKey.set(use.key, { ...use, versions: [...use.versions] });
    else for (const v of use.versions) if (!seen.versions.includes(v)) seen.versions.push(v);
  }
  return [...byKey.values()];
}

/** Dotted paths of the strings in `value` that contain `needle`. */
function stringPathsContaining(value: unknown, needle: string, path = "", depth = 0): string[] {
  if (depth > 40) return [];
  if (typeof value === "string") return value.includes(needle) ? [path] : [];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) =>
      stringPathsContaining(item, needle, path ? `${path}.${i}` : String(i), depth + 1),
    );
  }
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      stringPathsContaining(v, needle, path ? `${path}.${k}` : k, depth + 1),
    );
  }
  return [];
}

/** Ids of every Pegasus media image of `siteId` that `value` (a document, store data) refers to. */
export function mediaIdsIn(value: unknown, siteId: string): string[] {
  const text = JSON.stringify(value) ?? "";
  const pattern = new RegExp(
    `/media/${siteId}/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/`,
    "g",
  );
  return [...new Set([...text.matchAll(pattern)].map((m) => m[1]!))];
}
