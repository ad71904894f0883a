import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { migrateSiteDoc } from "../blocks/doc/migrations.ts";
import { CURRENT_SCHEMA_VERSION, type Block } from "../blocks/doc/schema.ts";
import { canContain, getBlockDefinition, parseBlockProps } from "../blocks/registry.ts";
import { demoCollections, demoImagePath, demoImagesDir, demoProducts, demoSiteDoc } from ".";

function walk(
  blocks: Block[],
  parentType: string,
  visit: (block: Block, parentType: string) => void,
) {
  for (const block of blocks) {
    visit(block, parentType);
    if (block.children) walk(block.children, block.type, visit);
  }
}

describe("demo store fixture", () => {
  it("is a current site document that needs no migration", async () => {
    const raw: unknown = JSON.parse(
      (await import("node:fs")).readFileSync(new URL("./site.json", import.meta.url), "utf8"),
    );
    const { migratedFrom, warnings } = migrateSiteDoc(raw);
    expect(migratedFrom).toBe(CURRENT_SCHEMA_VERSION);
    expect(warnings).toEqual([]);
  });

  it("uses only registered block types, placed where they may go, with valid props", () => {
    const problems: string[] = [];
    for (const page of demoSiteDoc.pages) {
      walk(page.blocks, "page", (block, parentType) => {
        if (!getBlockDefinition(block.type))
          problems.push(`${page.slug}/${block.id}: unknown type ${block.type}`);
        else if (!canContain(parentType, block.type))
          problems.push(`${page.slug}/${block.id}: not allowed in ${parentType}`);
        const parsed = parseBlockProps(block.type, block.props);
        if (!parsed.ok) problems.push(`${page.slug}/${block.id}: ${parsed.error}`);
      });
    }
    expect(problems).toEqual([]);
    expect(demoSiteDoc.pages.map((p) => p.slug).sort()).toEqual(
      ["", "about", "collection", "contact", "faq", "product", "shop"].sort(),
    );
  });

  it("has products with options, variants in minor units and local images", () => {
    expect(demoProducts.length).toBeGreaterThanOrEqual(8);
    expect(demoProducts.length).toBeLessThanOrEqual(12);
    const handles = new Set(demoProducts.map((p) => p.handle));
    expect(handles.size).toBe(demoProducts.length);
    for (const product of demoProducts) {
      expect(product.variants.length).toBeGreaterThan(0);
      for (const variant of product.variants) {
        expect(Number.isInteger(variant.price) && variant.price > 0).toBe(true);
        for (const option of product.options)
          expect(option.values).toContain(variant.options[option.name]);
      }
      expect(product.priceMin).toBe(Math.min(...product.variants.map((v) => v.price)));
      expect(product.priceMax).toBe(Math.max(...product.variants.map((v) => v.price)));
      expect(product.available).toBe(product.variants.some((v) => v.available));
      for (const image of product.images) {
        expect(image.src).toMatch(/^\/media\/demo-store\/[a-z0-9-]+\.svg$/);
        expect(demoImagePath(image.src.split("/").pop()!)).not.toBeNull();
        expect(image.alt.length).toBeGreaterThan(10);
      }
    }
    expect(demoProducts.some((p) => p.options.some((o) => o.name === "Grind"))).toBe(true);
    expect(demoProducts.some((p) => !p.available)).toBe(true);
  });

  it("has collections that point at real products", () => {
    const ids = new Set(demoProducts.map((p) => p.id));
    for (const collection of demoCollections) {
      expect(collection.productIds.length).toBeGreaterThan(0);
      for (const id of collection.productIds) expect(ids).toContain(id);
    }
  });

  it("ships every image the site and products refer to, and no external URLs", () => {
    const json = JSON.stringify([demoSiteDoc, demoProducts, demoCollections]);
    const referenced = new Set(
      [...json.matchAll(/\/media\/demo-store\/([a-z0-9-]+\.svg)/g)].map((m) => m[1]!),
    );
    const shipped = new Set(readdirSync(demoImagesDir));
    for (const file of referenced) expect(shipped).toContain(file);
    const images = [...json.matchAll(/"src":"([^"]*)"/g)].map((m) => m[1]!).filter(Boolean);
    for (const src of images) expect(src).toMatch(/^\/media\/demo-store\//);
    expect(demoImagePath("../site.json")).toBeNull();
  });
});
