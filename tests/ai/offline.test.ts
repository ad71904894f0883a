import { describe, expect, it } from "vitest";
import { ZSiteDoc } from "../../blocks/doc/schema.ts";
import { checkThemeContrast, contrastRatio } from "../../blocks/theme/index.ts";
import { renderPage } from "../../renderer/index.ts";
import { allElements, attr, skippedHeadingLevels, textOf } from "../../renderer/testing/html.ts";
import { understandBrief } from "../../server/ai/brief/understand.ts";
import { generateSite } from "../../server/ai/generate.ts";
import { OfflineAiProvider } from "../../server/ai/offline/index.ts";
import { tradeEntry } from "../../server/ai/offline/trades/index.ts";
import { findPlaceholderText } from "../../server/ai/site/plan.ts";
import { toStorefrontProducts } from "../../server/ai/site/products.ts";
import { ZSiteBrief } from "../../server/ai/tasks.ts";

/** A brief a merchant of each trade might type, without naming the industry field. */
type BriefTrade = keyof typeof BRIEFS;

const BRIEFS = {
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
  lessons: "Number Nook offers maths and English tutoring for secondary school pupils in Leeds.",
  repairs:
    "Fix It Corner repairs phones, laptops and bikes in Glasgow, with quotes before any work.",
  photography:
    "Light & Linen is a wedding and portrait photographer in Bath, with prints and albums.",
  "musical-instruments": "Fret & Bow sells guitars, ukuleles and violins in Cardiff.",
  "professional-services":
    "Ledger Lane is an accountant in York for sole traders and small companies.",
  "home-services": "Bright Home does house cleaning and gardening in Oxford.",
  general:
    "Harbour Goods is a small shop in Cornwall selling surfboard wax, beach towels and sunglasses.",
};

const provider = new OfflineAiProvider();

async function generate(industry: BriefTrade, seed = 7) {
  const brief = ZSiteBrief.parse({ description: BRIEFS[industry] });
  return generateSite(provider, brief, { seed, fetch: null });
}

describe("samples never contradict the brief", () => {
  it("a palette of navy and gold is not gold jewellery: a silver jeweller gets no gold samples", async () => {
    const brief = ZSiteBrief.parse({
      name: "Tide & Thread",
      description:
        "Handmade sterling silver jewellery from a small studio in Brighton: rings, earrings and necklaces. We like navy and gold, with Playfair headings.",
    });
    for (const seed of [1, 2, 3, 7]) {
      const site = await generateSite(provider, brief, { seed, fetch: null });
      const samples = site.products.filter((p) => p.sample).map((p) => p.title);
      expect(samples.length).toBeGreaterThan(0);
      expect(samples.filter((name) => /gold/i.test(name))).toEqual([]);
      // The palette still is navy and gold.
      expect(Object.values(site.doc.theme.colors)).toEqual(
        expect.arrayContaining(["#1b2a4a", "#c9a227"]),
      );
    }
  });
});

describe.each(Object.keys(BRIEFS) as BriefTrade[])("offline generateSite: %s", (industry) => {
  it("builds a valid, accessible store without placeholder text", async () => {
    const site = await generate(industry);
    expect(ZSiteDoc.safeParse(site.doc).success).toBe(true);
    // A shop has its shop pages, a services business its services page, and both have both.
    const sells = site.plan.business.sells;
    const shop = sells === "services" ? [] : ["collection", "product", "shop"];
    const services = sells === "products" ? [] : ["services"];
    expect(site.doc.pages.map((p) => p.slug).sort()).toEqual(
      ["", "about", "contact", "faq", ...shop, ...services].sort(),
    );
    // Samples top up a trade with a catalogue entry (fewer when the brief rules some out: no
    // silver for a gold jeweller); without an entry, only what the brief names.
    if (tradeEntry(site.plan.business.industry))
      expect(site.plan.products.length).toBeGreaterThan(0);
    expect(site.products.length).toBeLessThanOrEqual(12);
    expect(site.plan.testimonials).toBeNull();
    expect(site.plan.stats).toBeNull();
    for (const product of site.products) {
      expect(product.variants.length).toBeGreaterThan(0);
      for (const variant of product.variants)
        expect(Number.isInteger(variant.price) && variant.price >= 0).toBe(true);
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
    // Every page the store has (its shop's or its services'), and a product page when it sells.
    const paths = [
      ...site.doc.pages
        .filter((p) => p.slug !== "product" && p.slug !== "collection")
        .map((p) => `/${p.slug}`),
      ...site.products.slice(0, 1).map((p) => `/products/${p.handle}`),
    ];
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
      expect(visible).not.toMatch(/Verified buyer|4\.9\/5|30-day|within 2 days/i);
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
  it("picks up the business name, place, tone and colours", () => {
    const facts = understandBrief(
      "Blue Fern Roasters is a playful coffee roastery based in Leeds. Our colours: forest green and mustard.",
    );
    expect(facts).toMatchObject({
      trade: { id: "coffee" },
      name: "Blue Fern Roasters",
      place: "Leeds",
      tone: "playful",
      locale: "en-GB",
      currency: "GBP",
    });
    expect(facts.colors.map((c) => c.hex)).toEqual(["#24452f", "#b5891c"]);
    expect(understandBrief('We run a bakery called "Rise & Shine" in Portland').name).toBe(
      "Rise & Shine",
    );
    expect(understandBrief("I sell things.").trade.id).toBe("general");
    expect(understandBrief("A florist in Melbourne delivering bouquets.").place).toBe("Melbourne");
    expect(understandBrief("A bakery in Stratford upon Avon.").place).toBe("Stratford upon Avon");
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

  it("writes a French brief in French, and refuses a language it has no kit for", async () => {
    const site = await generateSite(
      provider,
      ZSiteBrief.parse({
        description: "Une boulangerie à Lyon : pains au levain et viennoiseries.",
        language: "fr",
      }),
      { seed: 1, fetch: null },
    );
    expect(site.plan.language).toBe("fr");
    expect(site.doc.settings.locale).toMatch(/^fr-/);
    expect(site.warnings.join(" ")).not.toMatch(/English only/);
    await expect(
      generateSite(
        provider,
        ZSiteBrief.parse({ description: "Eine Bäckerei in Berlin.", language: "nl" }),
        { seed: 1, fetch: null },
      ),
    ).rejects.toThrow(/Dutch.*(model|OPENAI_API_KEY)/);
  });
});
