import { describe, expect, expectTypeOf, it } from "vitest";
import { BLOCK_VERSIONS_AT } from "./doc/migrations.ts";
import { CURRENT_SCHEMA_VERSION } from "./doc/schema.ts";
import { BLOCK_LAYOUTS } from "./definition.ts";
import type { HeroProps } from "./hero/index.ts";
import {
  blockCss,
  blockRegistry,
  blockTypes,
  canContain,
  currentBlockVersions,
  getBlockDefinition,
  pageLayoutCss,
  parseBlockProps,
  richTextPropsOf,
  type BlockPropsOf,
} from "./registry.ts";
import { BASE_CSS } from "./style/baseCss.ts";

/** Class names and the first class of every selector in a stylesheet (comments stripped). */
function selectorsOf(css: string): string[] {
  const out: string[] = [];
  const body = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const re = /([^{}]+)\{/g;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const prelude = m[1]!.trim();
    if (prelude.startsWith("@")) continue;
    out.push(...prelude.split(",").map((s) => s.trim()));
  }
  return out;
}

describe("block registry", () => {
  it("has at least 26 block types, each under its own name", () => {
    expect(blockTypes.length).toBeGreaterThanOrEqual(26);
    for (const type of blockTypes) expect(blockRegistry[type].type).toBe(type);
    expect(new Set(blockTypes).size).toBe(blockTypes.length);
  });

  it.each(blockTypes)("%s has every part a block needs", (type) => {
    const def = getBlockDefinition(type);
    expect(def.label).not.toBe("");
    expect(def.description).not.toBe("");
    expect(["layout", "content", "commerce", "site"]).toContain(def.category);
    expect(def.icon).toMatch(/^[MmLlHhVvCcSsQqTtAaZz0-9 .,-]+$/);
    expect(typeof def.component).toBe("function");
    expect(def.migrations).toHaveLength(def.version - 1);
    expect(def.ai.description.length).toBeGreaterThan(10);
    expect(type).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(blockTypes)("%s's CSS only styles its own pg-%s classes", (type) => {
    const css = getBlockDefinition(type).css;
    const own = new RegExp(`^\\.pg-${type}(__[a-z0-9-]+|--[a-z0-9-]+)?(?![a-z0-9_-])`);
    for (const selector of selectorsOf(css)) expect(selector, selector).toMatch(own);
    for (const [, cls] of css.matchAll(/\.(pg-[a-z0-9_-]+)/g)) {
      const ownClass =
        cls === `pg-${type}` || cls!.startsWith(`pg-${type}__`) || cls!.startsWith(`pg-${type}--`);
      expect(ownClass || cls!.startsWith("pg-ui-"), cls).toBe(true);
    }
    expect(css).not.toMatch(/url\(|@import|expression\(/);
  });

  it("shared CSS styles only pg-ui- classes", () => {
    for (const [, cls] of BASE_CSS.matchAll(/\.(pg-[a-z0-9_-]+)/g)) expect(cls).toMatch(/^pg-ui-/);
  });

  it("every block declares its width on the page, and the page's layout follows it", () => {
    const css = pageLayoutCss();
    const [contained, padded, wide] = css.split("\n");
    for (const type of blockTypes) {
      const def = getBlockDefinition(type);
      expect(BLOCK_LAYOUTS, type).toContain(def.layout);
      // Full-bleed blocks stay out of the page's column; every other block sits in it.
      expect(contained!.includes(`.pg-${type},`) || contained!.includes(`.pg-${type})`)).toBe(
        def.layout === "full-bleed",
      );
      expect(padded!.includes(`.pg-${type},`) || padded!.includes(`.pg-${type})`)).toBe(
        def.layout === "full-bleed" || def.ownSpacing === true,
      );
      expect(wide?.includes(`.pg-ui-page>.pg-${type}`) ?? false, type).toBe(def.layout === "wide");
    }
    expect(contained).toMatch(/\{width:min\(100% - 2 \* var\(--pg-gutter\),/);
    expect(padded).toContain("{padding-block:var(--pg-block-space)}");
  });

  it("every allowed child names a registered type", () => {
    for (const type of blockTypes) {
      const allowed = getBlockDefinition(type).allowedChildren;
      if (typeof allowed === "string") continue;
      for (const child of allowed) expect(blockTypes, `${type} allows ${child}`).toContain(child);
    }
  });

  it("pins block props versions to the document version", () => {
    const pinned = BLOCK_VERSIONS_AT[CURRENT_SCHEMA_VERSION]!;
    for (const [type, version] of Object.entries(currentBlockVersions())) {
      expect(
        pinned[type] ?? 1,
        `${type} is at version ${version}; bump CURRENT_SCHEMA_VERSION and BLOCK_VERSIONS_AT`,
      ).toBe(version);
    }
  });

  it("types props by block type", () => {
    expectTypeOf<BlockPropsOf<"hero">>().toEqualTypeOf<HeroProps>();
    const parsed = parseBlockProps("hero", {});
    if (parsed.ok) expectTypeOf(parsed.props.heading).toEqualTypeOf<string>();
  });

  it("blockCss prints each requested type once", () => {
    const css = blockCss(["hero", "hero", "faq", "no-such-block"]);
    expect(css.match(/\.pg-hero\{/g)).toHaveLength(1);
    expect(css).toContain(".pg-faq{");
  });
});

describe("canContain", () => {
  it("follows the page's layout rules", () => {
    expect(canContain("page", "section")).toBe(true);
    expect(canContain("page", "hero")).toBe(true);
    expect(canContain("page", "column")).toBe(false);
    expect(canContain("columns", "column")).toBe(true);
    expect(canContain("columns", "heading")).toBe(false);
    expect(canContain("section", "heading")).toBe(true);
    expect(canContain("section", "columns")).toBe(true);
    expect(canContain("section", "section")).toBe(false);
    expect(canContain("section", "header")).toBe(false);
    expect(canContain("column", "product-grid")).toBe(true);
    expect(canContain("grid", "image")).toBe(true);
    expect(canContain("heading", "image")).toBe(false);
    expect(canContain("section", "no-such-block")).toBe(false);
    expect(canContain("no-such-block", "heading")).toBe(false);
  });
});

describe("richTextPropsOf", () => {
  it("names the rich-text props collab stores as Y.XmlText", () => {
    expect(richTextPropsOf("rich-text")).toEqual(["content"]);
    expect(richTextPropsOf("hero")).toEqual([]);
    expect(richTextPropsOf("no-such-block")).toEqual([]);
  });
});

describe("parseBlockProps", () => {
  it("fills defaults and strips unknown props", () => {
    const parsed = parseBlockProps("heading", { text: "Our bakers", colour: "pink" });
    expect(parsed).toEqual({
      ok: true,
      props: expect.objectContaining({ text: "Our bakers", level: 2 }),
    });
    expect(parsed.ok && "colour" in parsed.props).toBe(false);
  });

  it("explains invalid props without throwing", () => {
    const parsed = parseBlockProps("heading", { level: 7, text: 42 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(/level/);
      expect(parsed.error).toMatch(/text/);
    }
    for (const raw of [null, "x", [], 3]) expect(parseBlockProps("heading", raw).ok).toBe(false);
  });

  it("refuses unknown types and versions from the future", () => {
    expect(parseBlockProps("marquee", {})).toEqual({
      ok: false,
      error: 'there is no block type called "marquee"',
    });
    const future = parseBlockProps("hero", {}, 99);
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.error).toMatch(/newer Pegasus/);
    expect(parseBlockProps("hero", {}, 0).ok).toBe(false);
  });

  it("runs prop migrations from the given version", () => {
    const parsed = parseBlockProps(
      "hero",
      { heading: "Hi", ctaLabel: "Shop", ctaHref: "/shop" },
      1,
    );
    expect(parsed.ok && parsed.props.buttons).toEqual([
      { label: "Shop", href: "/shop", variant: "primary" },
    ]);
  });
});
