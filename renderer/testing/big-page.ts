import type { Block, Page, SiteDoc } from "../../blocks/doc/schema.ts";
import { canContain, getBlockDefinition } from "../../blocks/registry.ts";

/** Content blocks a big page cycles through, in this order; types not registered are skipped. */
const CONTENT_TYPES = [
  "heading",
  "rich-text",
  "image",
  "features",
  "button",
  "stats",
  "testimonials",
  "gallery",
  "faq",
  "product-grid",
  "divider",
  "logo-cloud",
] as const;

/**
 * A page with exactly `n` blocks for benchmarks: sections of up to five content blocks each,
 * every block with its type's default props (so it is valid whatever the defaults are). The
 * first block is a level-1 heading so the page has its one h1.
 */
export function bigPage(n: number, slug = "big"): Page {
  const types: string[] = CONTENT_TYPES.filter(
    (type) => getBlockDefinition(type) !== undefined && canContain("section", type),
  );
  const blocks: Block[] = [];
  let remaining = Math.max(0, Math.floor(n));
  let serial = 0;
  const id = (prefix: string) => `${prefix}-${(serial++).toString(36)}`;
  while (remaining > 0) {
    if (remaining === 1 || types.length === 0 || !getBlockDefinition("section")) {
      blocks.push({ id: id("b"), type: types[0] ?? "section", props: {} });
      remaining--;
      continue;
    }
    const section: Block = { id: id("s"), type: "section", props: {}, children: [] };
    remaining--;
    const childCount = Math.min(5, remaining);
    for (let i = 0; i < childCount; i++) {
      const first = blocks.length === 0 && i === 0 && types.includes("heading");
      const type = first ? "heading" : types[serial % types.length]!;
      const props: Record<string, unknown> =
        type === "heading"
          ? { text: first ? "A very long page" : `Part ${serial}`, level: first ? 1 : 2 }
          : {};
      section.children!.push({ id: id("b"), type, props });
    }
    remaining -= childCount;
    blocks.push(section);
  }
  return { id: `page-${slug}`, slug, title: `A page with ${n} blocks`, blocks };
}

/** A copy of `doc` with a big page added at `/big` (or `slug`). */
export function withBigPage(doc: SiteDoc, n: number, slug = "big"): SiteDoc {
  return { ...doc, pages: [...doc.pages.filter((p) => p.slug !== slug), bigPage(n, slug)] };
}
