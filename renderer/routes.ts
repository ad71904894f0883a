import type { Page, SiteDoc } from "../blocks/doc/schema.ts";
import type { StorefrontCollection, StorefrontProduct } from "../blocks/render/commerce.ts";
import type { StorefrontData } from "./types.ts";
import { TEMPLATE_SLUGS } from "./seo.ts";

/** What a storefront path points at. */
export type Route =
  | { kind: "page"; page: Page }
  | { kind: "product"; product: StorefrontProduct; template?: Page }
  | {
      kind: "collection";
      collection: StorefrontCollection;
      products: StorefrontProduct[];
      template?: Page;
    }
  | { kind: "cart"; page?: Page }
  | { kind: "sitemap" }
  | { kind: "robots" }
  | { kind: "not-found" };

/**
 * The path's segments, decoded. Query and fragment are ignored (the renderer draws the same
 * page for any query), as are empty segments from repeated or trailing slashes.
 */
export function pathSegments(path: string): string[] | null {
  const bare = path.split(/[?#]/, 1)[0] ?? "";
  const segments: string[] = [];
  for (const raw of bare.split("/")) {
    if (raw === "") continue;
    try {
      segments.push(decodeURIComponent(raw));
    } catch {
      return null; // malformed percent-encoding: no page has that address
    }
  }
  return segments;
}

export function resolveRoute(doc: SiteDoc, path: string, data: StorefrontData): Route {
  const segments = pathSegments(path);
  if (segments === null || segments.length > 2) return { kind: "not-found" };
  const pageBySlug = (slug: string) => doc.pages.find((page) => page.slug === slug);
  const [first = "", second] = segments;

  if (second !== undefined) {
    if (first === "products") {
      const product = data.products.find((p) => p.handle === second);
      return product
        ? { kind: "product", product, template: pageBySlug("product") }
        : { kind: "not-found" };
    }
    if (first === "collections") {
      const collection = data.collections.find((c) => c.handle === second);
      if (!collection) return { kind: "not-found" };
      const byId = new Map(data.products.map((p) => [p.id, p]));
      const products = collection.productIds
        .map((id) => byId.get(id))
        .filter((p): p is StorefrontProduct => p !== undefined);
      return { kind: "collection", collection, products, template: pageBySlug("collection") };
    }
    return { kind: "not-found" };
  }

  if (first === "sitemap.xml") return { kind: "sitemap" };
  if (first === "robots.txt") return { kind: "robots" };
  if (first === "cart") return { kind: "cart", page: pageBySlug("cart") };
  // Templates only make sense with a product or collection behind them.
  if (TEMPLATE_SLUGS.has(first)) return { kind: "not-found" };
  const page = pageBySlug(first);
  return page ? { kind: "page", page } : { kind: "not-found" };
}
