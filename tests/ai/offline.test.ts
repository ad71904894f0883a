import { describe, expect, it } from "vitest";
import { ZSiteDoc } from "../../blocks/doc/schema.ts";
import { checkThemeContrast, contrastRatio } from "../../blocks/theme/index.ts";
import { renderPage } from "../../renderer/index.ts";
import { allElements, attr, skippedHeadingLevels, textOf } from "../../renderer/testing/html.ts";
import { generateSite } from "../../server/ai/generate.ts";
import { analyseBrief } from "../../server/ai/offline/brief.ts";
import { OfflineAiProvider } from "../../server/ai/offline/index.ts";
import { KNOWLEDGE } from "../../server/ai/offline/knowledge/index.ts";
import { findPlaceholderText } from "../../server/ai/site/plan.ts";
import { toStorefrontProducts } from "../../server/ai/site/products.ts";
import { INDUSTRY_IDS, type IndustryId } from "../../server/ai/site/vocabulary.ts";
import { ZSiteBrief } from "../../server/ai/tasks.ts";

/** A brief a merchant of each trade might type, without naming the industry field. */
const BRIEFS: Record<IndustryId, string> = {
  coffee:
    "Blue Fern Roasters is a small-batch coffee roastery in Portland selling single origin beans and espresso.",
  bakery:
    "Crumb & Co is a sourdough bakery in Bristol with croissants, cakes and bread for pickup.",
  fashion: "We are Linea, a slow fashion label making linen clothing and knitwear in small runs.",
  jewellery:
    "Hollis Studio makes handmade jewellery: recycled gold rings, necklaces and earrings, from Dublin.",
  skincare:
    "Dew Botanics sells gentle skincare: cleansers, serums and moisturiser for sensitive skin.",
  "furniture-decor":
    "Oakline is a furniture and home decor shop with oak tables, lamps and rugs, based in Toronto.",
  "electronics-accessories":
    "Voltline sells phone cases, USB-C chargers, cables and headphones for everyday tech.",
  books:
    "Page Turner is an independent bookshop in Edinburgh selling novels, poetry and children's books.",
  florist:
    "Wild Stem is a florist in Melbourne delivering seasonal flowers and bouquets the same day.",
  "fitness-gear": "IronNest sells home gym fitness gear: dumbbells, kettlebell sets and yoga mats.",
  "pet-supplies":
    "Happy Paws sells pet supplies for dogs and cats: natural treats, collars and beds.",
  "art-prints":
    "Studio Kanso publishes limited-edition art prints and posters by independent illustrators.",
  wine: "Vine & Table is a wine shop selling natural wine from small vineyards across Europe.",
  tea: "Leaf Lane sells loose leaf tea, matcha and oolong, blended by hand in Brighton.",
  "handmade-crafts": "Ember & Thread makes handmade candles, macramé and crochet crafts at home.",
  toys: "Little Oak makes wooden toys, puzzles and games for toddlers and kids.",
  "outdoor-gear": "Far Ridge sells outdoor gear for hiking and camping: tents, packs and jackets.",
  bicycles:
    "Spoke Works is a bike shop in Amsterdam selling city bikes, e-bike models and cycling gear.",
  ceramics: "Kiln House is a pottery studio making stoneware mugs, bowls and plates on the wheel.",
  stationery:
    "Good Margin designs stationery: notebooks, planners and fountain pen friendly paper.",
  general:
    "Harbour Goods is a small shop in Cornwall selling surfboard wax, beach towels and sunglasses.",
};

const provider = new OfflineAiProvider();

async function generate(industry: IndustryId, seed = 7) {
  const brief = ZSiteBrief.parse({ description: BRIEFS[industry] });
  return generateSite(provider, brief, { seed, fetch: null });
}

const PAGES = ["/", "/shop", "/about", "/contact", "/faq"];

describe.each(INDUSTRY_IDS)("offline generateSite: %s", (industry) => {
  it("classifies the brief and builds a valid, accessible store without placeholder text", async () => {
    const site = await generate(industry);
    expect(site.plan.business.industry).toBe(industry);
    expect(ZSiteDoc.safeParse(site.doc).success).toBe(true);
    expect(site.doc.pages.map((p) => p.slug).sort()).toEqual(
      ["", "about", "collection", "contact", "faq", "product", "shop"].sort(),
    );
    expect(site.products.length).toBeGreaterThanOrEqual(6);
    expect(site.products.length).toBeLessThanOrEqual(12);
    for (const product of site.products) {
      expect(product.variants.length).toBeGreaterThan(0);
      for (const variant of product.variants)
        expect(Number.isInteger(variant.price) && variant.price > 0).toBe(true);
    }
    // Contrast: every pair the theme rules name, and AA for body text.
    expect(checkThemeContrast(site.doc.theme)).toEqual([]);
    expect(
      contrastRatio(site.doc.theme.colors.text, site.doc.theme.colors.background),
    ).toBeGreaterThanOrEqual(4.5);
    // SEO within what search engines show.
    for (const page of site.doc.pages.filter((p) => p.seo)) {
      expect(page.seo!.title!.length).toBeLessThanOrEqual(60);
      expect(page.seo!.description!.length).toBeLessThanOrEqual(160);
    }

    const data = {
      products: toStorefrontProducts(site.products, site.doc.settings.currency),
      collections: [],
    };
    const paths = [...PAGES, `/products/${site.products[0]!.handle}`];
    for (const path of paths) {
      const problems: unknown[] = [];
      const page = renderPage(
        {
          doc: site.doc,
          siteSlug: "test",
          baseUrl: "https://shop.example/s/test",
          versionId: "v1",
          mode: "live",
        },
        path,
        data,
        { onProblem: (p) => problems.push(p) },
      );
      expect(page.status, path).toBe(200);
      expect(problems, path).toEqual([]);
      const elements = allElements(page.html);
      expect(
        elements.filter((el) => el.tagName === "h1"),
        path,
      ).toHaveLength(1);
      expect(skippedHeadingLevels(page.html), path).toEqual([]);
      for (const img of elements.filter((el) => el.tagName === "img")) {
        const alt = attr(img, "alt");
        expect(alt, `${path} ${JSON.stringify(img.attrs)}`).toBeDefined();
        expect(alt!.trim().length, `${path}: an image has empty alt text`).toBeGreaterThan(3);
      }
      const visible = textOf(elements.find((el) => el.tagName === "body")!);
      expect(findPlaceholderText(visible), path).toEqual([]);
      expect(visible).not.toMatch(/\{[a-z_]+\}|undefined|NaN|\[object Object\]/);
    }
  });

  it("gives the same store for the same brief and seed, and another for another seed", async () => {
    const a = await generate(industry, 11);
    const b = await generate(industry, 11);
    expect(JSON.stringify(b.doc)).toBe(JSON.stringify(a.doc));
    expect(JSON.stringify(b.products)).toBe(JSON.stringify(a.products));
    const others = await Promise.all([12, 13, 14].map((seed) => generate(industry, seed)));
    expect(others.some((c) => JSON.stringify(c.doc) !== JSON.stringify(a.doc))).toBe(true);
  });
});

describe("reading a brief offline", () => {
  it("has a knowledge base of at least 20 trades with 6 to 12 products each", () => {
    const trades = INDUSTRY_IDS.filter((id) => id !== "general");
    expect(trades.length).toBeGreaterThanOrEqual(20);
    for (const id of INDUSTRY_IDS) {
      expect(KNOWLEDGE[id].products.length, id).toBeGreaterThanOrEqual(6);
      expect(KNOWLEDGE[id].products.length, id).toBeLessThanOrEqual(12);
    }
  });

  it("picks up the business name, place, tone and colours", () => {
    const facts = analyseBrief(
      "Blue Fern Roasters is a playful coffee roastery based in Leeds. We love forest green and mustard.",
    );
    expect(facts).toMatchObject({
      industry: "coffee",
      name: "Blue Fern Roasters",
      place: "Leeds",
      tone: "playful",
      region: { locale: "en-GB", currency: "GBP" },
    });
    expect(facts.colors).toEqual(["#24452f", "#b5891c"]);
    expect(analyseBrief('We run a bakery called "Rise & Shine" in Portland').name).toBe(
      "Rise & Shine",
    );
    expect(analyseBrief("I sell things.").industry).toBe("general");
    expect(analyseBrief("A florist in Melbourne delivering bouquets.").place).toBe("Melbourne");
    expect(analyseBrief("A bakery in Stratford upon Avon.").place).toBe("Stratford upon Avon");
  });

  it("writes the name and place into the store, and American spelling for US stores", async () => {
    const site = await generateSite(
      provider,
      ZSiteBrief.parse({
        name: "Kettle & Crumb",
        description: "A bakery in Chicago selling sourdough and cakes.",
      }),
      { seed: 3, fetch: null },
    );
    expect(site.doc.settings).toMatchObject({
      name: "Kettle & Crumb",
      locale: "en-US",
      currency: "USD",
    });
    const text = JSON.stringify(site.doc);
    expect(text).toContain("Kettle & Crumb");
    expect(text).not.toMatch(/\bfavourite|colour\b/i);
  });

  it("follows the mood and colours the merchant asked for", async () => {
    const site = await generateSite(
      provider,
      ZSiteBrief.parse({
        description: "A tea shop selling matcha.",
        style: { mood: "bold", colors: ["#123456"] },
      }),
      { seed: 1, fetch: null },
    );
    expect(site.plan.style.mood).toBe("bold");
    expect(site.plan.style.colors.primary).toBe("#123456");
  });

  it("says so when asked for another language it cannot write", async () => {
    const site = await generateSite(
      provider,
      ZSiteBrief.parse({ description: "A florist in Lyon.", language: "fr" }),
      {
        seed: 1,
        fetch: null,
      },
    );
    expect(site.warnings.join(" ")).toMatch(/English/);
  });
});
