/**
 * Test and benchmark support for the collab server (imported by tests and bench/ only): valid site
 * documents of a given size, built from the real block registry.
 */
import type { Block, Page, SiteDoc } from "../../blocks/doc/schema.ts";
import { CURRENT_SCHEMA_VERSION, ZSiteDoc } from "../../blocks/doc/schema.ts";
import { getBlockDefinition } from "../../blocks/registry.ts";
import { defaultTheme } from "../../blocks/theme/index.ts";

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
