import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { sampleProducts } from "../../blocks/render/testing.ts";
import { GeneratedAssets } from "../../server/media/generated/assets.ts";
import { LOGO_VARIANTS } from "../../server/media/generated/logo.ts";
import { OG_HEIGHT, OG_WIDTH, openGraphPng } from "../../server/media/generated/og.ts";
import { placeholderPng } from "../../server/media/generated/placeholder.ts";
import { demoSiteDoc } from "../../demo-store/index.ts";
import { call, registerUser, useTestApp } from "../helpers/app.ts";
import { createSite, setDraft, uploadReady } from "./helpers.ts";
import { photo } from "./images.ts";

const brand = {
  name: demoSiteDoc.settings.name,
  colors: demoSiteDoc.theme.colors,
  fonts: demoSiteDoc.theme.fonts,
};

/** How far apart two #rrggbb colours are (sum of channel differences). */
function distance(a: { r: number; g: number; b: number }, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return Math.abs(a.r - r!) + Math.abs(a.g - g!) + Math.abs(a.b - b!);
}

async function notBlank(png: Buffer) {
  const stats = await sharp(png).stats();
  return Math.max(...stats.channels.slice(0, 3).map((c) => c.stdev));
}

describe("Open Graph cards", () => {
  it("are 1200x630 PNGs in the brand's colours, with and without a picture, and not blank", async () => {
    const withPhoto = await openGraphPng({
      brand,
      title: "Ethiopia Kochere",
      subtitle: "From $18.00",
      image: await photo(900, 900),
    });
    const plain = await openGraphPng({ brand, title: "About us" });
    for (const png of [withPhoto, plain]) {
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["png", OG_WIDTH, OG_HEIGHT]);
      expect(await notBlank(png)).toBeGreaterThan(25);
      // The brand panel (primary colour) is what most of the card is.
      const { dominant } = await sharp(png).stats();
      expect(distance(dominant, brand.colors.primary)).toBeLessThan(60);
    }
    // A long title must not push the picture off the card: its side still shows the photo.
    const long = await openGraphPng({
      brand,
      title:
        "Direct-trade coffee, roasted in small batches in Duluth and shipped within a day of roasting",
      image: await photo(900, 900),
    });
    const sidePng = await sharp(long)
      .extract({ left: 760, top: 0, width: 440, height: 630 })
      .png()
      .toBuffer();
    const side = await sharp(sidePng).stats();
    expect(distance(side.dominant, brand.colors.primary)).toBeGreaterThan(80);
    // The title is drawn: a different title gives a different card.
    const other = await openGraphPng({ brand, title: "Contact" });
    expect(Buffer.compare(other, plain)).not.toBe(0);
  });

  it("has a card per product that changes its URL when the product changes", async () => {
    const catalog = { products: sampleProducts, collections: [] };
    const target = { kind: "product" as const, handle: sampleProducts[0]!.handle };
    const file = GeneratedAssets.socialFile(target, catalog)!;
    expect(file).toMatch(/^product\/linen-apron\.[0-9a-f]{12}\.png$/);
    const renamed = { ...catalog, products: [{ ...sampleProducts[0]!, title: "Renamed apron" }] };
    expect(GeneratedAssets.socialFile(target, renamed)).not.toBe(file);
    expect(GeneratedAssets.socialFile({ kind: "product", handle: "no-such" }, catalog)).toBeNull();
    expect(GeneratedAssets.socialFile({ kind: "page", slug: "" }, catalog)).toBe("page/_home.png");
  });
});

describe("placeholders", () => {
  it("are calm pictures in the palette, different for different seeds", async () => {
    const pictures = await Promise.all(
      [0, 1, 2, 3].map((seed) => placeholderPng(brand.colors, "square", seed)),
    );
    expect(new Set(pictures.map((p) => p.style)).size).toBe(4);
    for (const picture of pictures) {
      const meta = await sharp(picture.png).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 1200]);
      expect(await notBlank(picture.png)).toBeGreaterThan(10);
    }
    const again = await placeholderPng(brand.colors, "square", 2);
    expect(Buffer.compare(again.png, pictures[2]!.png)).toBe(0);
    expect(
      (await sharp((await placeholderPng(brand.colors, "wide", 0)).png).metadata()).width,
    ).toBe(1600);
  });
});

describe("logos, icons and placeholders over the API", async () => {
  const { app, deps } = await useTestApp();
  const owner = await registerUser(app);

  it("offers every logo design as SVG whose text is drawn, not scripted", async () => {
    const result = await call(app, "query", "media.logoOptions", brand, { cookie: owner.cookie });
    expect(result.status).toBe(200);
    expect(result.data.logos.map((l: { variant: string }) => l.variant)).toEqual([
      ...LOGO_VARIANTS,
    ]);
    for (const logo of result.data.logos as { dataUrl: string; width: number; height: number }[]) {
      const svg = Buffer.from(
        logo.dataUrl.replace("data:image/svg+xml;base64,", ""),
        "base64",
      ).toString();
      expect(svg).toMatch(/^<svg /);
      expect(svg).not.toMatch(/<script|<text|on\w+=/i);
      expect(logo.width).toBeGreaterThan(200);
      const stats = await sharp(Buffer.from(svg)).png().stats();
      expect(stats.isOpaque).toBe(false); // transparent around the mark
      expect(stats.channels[3]!.stdev).toBeGreaterThan(20); // and a mark that covers something
    }
    const anonymous = await call(app, "query", "media.logoOptions", brand);
    expect(anonymous.status).toBe(401);
    const bad = await call(
      app,
      "query",
      "media.logoOptions",
      { ...brand, colors: { ...brand.colors, primary: "red;}" } },
      { cookie: owner.cookie },
    );
    expect(bad.status).toBe(400);
  });

  it("saves a chosen logo to the library as PNG variants plus its SVG", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const saved = await call(
      app,
      "mutation",
      "media.saveLogo",
      { siteId, brand, variant: "monogram" },
      { cookie: owner.cookie },
    );
    expect(saved.status).toBe(200);
    await deps.media.whenProcessed(saved.data.media.id);
    const item = (await deps.media.get(siteId, saved.data.media.id))!;
    expect(item).toMatchObject({ status: "ready", origin: "logo", alt: brand.name });
    const svg = await app.inject({ url: item.svg! });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers["content-type"]).toBe("image/svg+xml");
    expect(svg.headers["content-security-policy"]).toMatch(/sandbox/);
    expect((await app.inject({ url: item.src! })).statusCode).toBe(200);
  });

  it("fills a new store's library with placeholders in its palette", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    await setDraft(deps, siteId, { ...demoSiteDoc, settings: { ...demoSiteDoc.settings } });
    const made = await call(
      app,
      "mutation",
      "media.createPlaceholders",
      { siteId, shapes: ["wide", "square", "portrait"] },
      { cookie: owner.cookie },
    );
    expect(made.status).toBe(200);
    expect(made.data.items).toHaveLength(3);
    await deps.media.whenIdle();
    const items = (await deps.media.list(siteId)).items;
    expect(items.every((i) => i.status === "ready" && i.origin === "placeholder")).toBe(true);
    expect(items.map((i) => `${i.width}x${i.height}`).sort()).toEqual([
      "1200x1200",
      "1200x1500",
      "1600x900",
    ]);
  });

  it("makes a product's card with its picture when the store has the product", async () => {
    const { siteId } = await createSite(app, owner.cookie);
    const picture = await uploadReady(
      app,
      deps,
      owner.cookie,
      siteId,
      await photo(800, 800),
      "apron.jpg",
    );
    await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
    const versionId = (await deps.db.prisma.site.findUniqueOrThrow({ where: { id: siteId } }))
      .publishedVersionId!;
    const product = {
      ...sampleProducts[0]!,
      images: [{ src: picture.src!, alt: "Apron", width: 800, height: 800 }],
    };
    const assets = new GeneratedAssets({
      db: deps.db,
      siteStore: deps.siteStore,
      library: deps.media,
      catalog: async () => ({ products: [product], collections: [] }),
    });
    const file = GeneratedAssets.socialFile(
      { kind: "product", handle: product.handle },
      { products: [product], collections: [] },
    )!;
    const [, kind, name] = /^(\w+)\/(.+)\.png$/.exec(file)!;
    const png = (await assets.socialCard(siteId, versionId, kind!, name!))!;
    expect((await sharp(png).metadata()).width).toBe(1200);
    expect(await notBlank(png)).toBeGreaterThan(25);
    // A stale fingerprint (the product changed since the page was rendered) has no card.
    expect(
      await assets.socialCard(siteId, versionId, "product", `${product.handle}.000000000000`),
    ).toBeNull();
  });
});
