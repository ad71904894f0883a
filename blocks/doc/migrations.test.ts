import { describe, expect, it } from "vitest";
import { checkThemeContrast } from "../theme/contrast.ts";
import siteV1 from "./fixtures/site-v1.json";
import { BLOCK_VERSIONS_AT, migrateSiteDoc, SiteDocError, siteDocV1toV2 } from "./migrations.ts";
import { CURRENT_SCHEMA_VERSION, ZSiteDoc, type Block } from "./schema.ts";

function findBlock(blocks: Block[], id: string): Block | undefined {
  for (const b of blocks) {
    if (b.id === id) return b;
    const inner = b.children ? findBlock(b.children, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

describe("migrateSiteDoc from the v1 fixture", () => {
  const before = JSON.stringify(siteV1);
  const { doc, migratedFrom, warnings } = migrateSiteDoc(siteV1);

  it("reports the version it started from and validates as current", () => {
    expect(migratedFrom).toBe(1);
    expect(warnings).toEqual([]);
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(ZSiteDoc.safeParse(doc).success).toBe(true);
  });

  it("does not touch the stored input", () => {
    expect(JSON.stringify(siteV1)).toBe(before);
  });

  it("gives the theme readable on-colours, curated fonts and a button shape", () => {
    expect(doc.theme.colors.onPrimary).toBe("#ffffff");
    expect(doc.theme.colors.onSecondary).toBe("#111111");
    expect(doc.theme.fonts).toEqual({
      heading: "Playfair Display",
      body: "Inter",
      headingWeight: 700,
    });
    expect(doc.theme.buttonStyle).toBe("solid");
    expect(doc.theme.buttonShape).toBe("pill");
    expect(checkThemeContrast(doc.theme)).toEqual([]);
  });

  it("normalises settings and fills new ones", () => {
    expect(doc.settings).toEqual({
      name: "Rust & Crumb",
      locale: "en-US",
      currency: "USD",
      social: [],
    });
  });

  it("upgrades hero props to v2 everywhere in the tree, and leaves other blocks alone", () => {
    const home = doc.pages[0]!;
    expect(findBlock(home.blocks, "blk_hero")!.props).toEqual({
      heading: "Sourdough, baked at dawn",
      subheading: "Naturally leavened loaves and laminated pastries from our Oakland bakehouse.",
      buttons: [
        { label: "Order for pickup", href: "/order", variant: "primary" },
        { label: "See the menu", href: "/menu", variant: "outline" },
      ],
      image: {
        decorative: false,
        src: "/media/loaves.jpg",
        alt: "Three sourdough loaves cooling on a rack",
      },
      align: "start",
      background: "surface",
    });
    expect(findBlock(home.blocks, "blk_promo")!.props).toEqual({
      heading: "Weekend pastry box",
      buttons: [{ label: "Reserve yours", href: "/order", variant: "primary" }],
      align: "center",
    });
    expect(findBlock(home.blocks, "blk_story_title")!.props).toEqual({
      text: "Forty-eight hours in the making",
      level: 2,
    });
  });

  it("is idempotent: a current document comes back unchanged", () => {
    const again = migrateSiteDoc(JSON.parse(JSON.stringify(doc)));
    expect(again.migratedFrom).toBe(CURRENT_SCHEMA_VERSION);
    expect(again.doc).toEqual(doc);
  });
});

describe("siteDocV1toV2", () => {
  it("is pure and tolerates missing parts", () => {
    const input = { schemaVersion: 1, pages: [] };
    const output = siteDocV1toV2(input);
    expect(input).toEqual({ schemaVersion: 1, pages: [] });
    expect(output).toEqual({ schemaVersion: 2, pages: [] });
  });

  it("keeps existing on-colours", () => {
    const out = siteDocV1toV2({
      schemaVersion: 1,
      theme: { colors: { primary: "#000000", onPrimary: "#eeeeee" }, buttonStyle: "outline" },
    });
    expect(out.theme).toEqual({
      colors: { primary: "#000000", onPrimary: "#eeeeee" },
      buttonStyle: "outline",
      buttonShape: "rounded",
    });
  });
});

describe("migrateSiteDoc refuses what it cannot read", () => {
  const current = migrateSiteDoc(siteV1).doc;

  it.each([
    ["not an object", "hello", /JSON object/],
    ["no version", { ...current, schemaVersion: undefined }, /no valid schemaVersion/],
    [
      "a newer version",
      { ...current, schemaVersion: CURRENT_SCHEMA_VERSION + 1 },
      /newer version of Pegasus/,
    ],
  ])("%s", (_name, raw, message) => {
    expect(() => migrateSiteDoc(raw)).toThrow(SiteDocError);
    expect(() => migrateSiteDoc(raw)).toThrow(message);
  });

  it("lists zod issues with paths for an invalid document", () => {
    const broken = structuredClone(siteV1) as Record<string, unknown> & typeof siteV1;
    broken.theme.colors.primary = "crimson";
    broken.pages[1]!.title = "";
    try {
      migrateSiteDoc(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SiteDocError);
      const issues = (error as SiteDocError).issues.map((i) => i.path.join("."));
      // No on-colour can be derived from an invalid primary, so both are reported.
      expect(issues).toEqual(["theme.colors.primary", "theme.colors.onPrimary", "pages.1.title"]);
      expect((error as Error).message).toMatch(/after upgrading it from version 1/);
      expect((error as Error).message).toMatch(/colour is written #rrggbb/);
    }
  });

  it("refuses two pages with the same address", () => {
    const twins = structuredClone(siteV1);
    twins.pages[1]!.slug = "";
    expect(() => migrateSiteDoc(twins)).toThrow(/two pages use the slug ""/);
  });

  it("refuses duplicate block ids, which collab's flat block map cannot hold", () => {
    const dup = structuredClone(current);
    dup.pages[1]!.blocks.push({ id: "blk_hero", type: "heading", props: {} });
    expect(() => migrateSiteDoc(dup)).toThrow(/block id "blk_hero" is used twice/);
  });

  it("refuses absurdly deep block trees before validating them", () => {
    const deep = structuredClone(current);
    let blocks: Block[] = [];
    deep.pages[1]!.blocks = blocks;
    for (let i = 0; i < 5000; i++) {
      const child: Block = { id: `b${i}`, type: "section", props: {}, children: [] };
      blocks.push(child);
      blocks = child.children!;
    }
    expect(() => migrateSiteDoc(deep)).toThrow(/nested more than/);
  });
});

describe("BLOCK_VERSIONS_AT", () => {
  it("has a row for every document version", () => {
    for (let v = 1; v <= CURRENT_SCHEMA_VERSION; v++) expect(BLOCK_VERSIONS_AT[v]).toBeDefined();
  });
});
