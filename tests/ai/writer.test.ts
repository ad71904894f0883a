import { describe, expect, it } from "vitest";
import { renderPage } from "../../renderer/index.ts";
import { allElements, textOf } from "../../renderer/testing/html.ts";
import { ZBriefFacts, type BriefFacts } from "../../server/ai/brief/facts.ts";
import { offlineSitePlan } from "../../server/ai/offline/site-plan.ts";
import { TRADE_ENTRIES } from "../../server/ai/offline/trades/index.ts";
import { kitFor, KITS } from "../../server/ai/offline/writer/kits/index.ts";
import { contradiction } from "../../server/ai/offline/writer/rivals.ts";
import {
  planOverlap,
  planTexts,
  sentenceOverlap,
} from "../../server/ai/offline/writer/sameness.ts";
import { AiUnavailableError } from "../../server/ai/port.ts";
import { buildSite } from "../../server/ai/site/build.ts";
import {
  findPlaceholderText,
  sitePlanProblems,
  ZSitePlan,
  type SitePlan,
} from "../../server/ai/site/plan.ts";
import { toStorefrontProducts } from "../../server/ai/site/products.ts";
import { ZSiteBrief } from "../../server/ai/tasks.ts";

/**
 * The offline writer from the brief's facts: named offerings first in the merchant's words and
 * prices, samples only topping up and never contradicting the brief, services mode, delivery
 * copy from the facts, nothing invented, the brief's language, and stores of one trade that do
 * not read alike.
 */

type Brief = { description: string; facts: BriefFacts };

const NO_DELIVERY = {
  shipping: null,
  localPickup: false,
  localDelivery: false,
  perishable: false,
  madeToOrder: false,
  leadTime: null,
  area: null,
};

function brief(description: string, facts: Partial<BriefFacts>): Brief {
  return {
    description,
    facts: ZBriefFacts.parse({
      language: "en",
      name: null,
      place: null,
      country: null,
      locale: "en-GB",
      currency: "GBP",
      trade: { id: "general", words: null },
      sells: "products",
      offerings: [],
      delivery: NO_DELIVERY,
      audience: null,
      tone: "warm",
      mood: null,
      colors: [],
      fonts: [],
      themeHints: [],
      avoid: [],
      highlights: [],
      ...facts,
    }),
  };
}

const product = (name: string, price: number | null, details: string | null = null) => ({
  name,
  kind: "product" as const,
  price,
  priceFrom: false,
  options: [],
  details,
});
const service = (name: string, price: number | null, details: string | null = null) => ({
  name,
  kind: "service" as const,
  price,
  priceFrom: price !== null,
  options: [],
  details,
});

const BRIEFS = {
  lyonBakery: brief(
    "Le Fournil des Pentes, boulangerie à Lyon : pain de campagne 4,50 €, baguette tradition 1,30 €, brioche au beurre 9 €. Farine bio, retrait en boutique.",
    {
      language: "fr",
      name: "Le Fournil des Pentes",
      place: "Lyon",
      country: "FR",
      locale: "fr-FR",
      currency: "EUR",
      trade: { id: "bakery", words: null },
      offerings: [
        product("Pain de campagne", 450, "au levain naturel"),
        product("Baguette tradition", 130),
        product("Brioche au beurre", 900),
      ],
      delivery: { ...NO_DELIVERY, localPickup: true, perishable: true },
      highlights: ["farine bio"],
    },
  ),
  bristolBakery: brief(
    "Crumb & Co is a sourdough bakery in Bristol: seeded rye £5.20 and cinnamon buns. We deliver around Bristol on Saturdays.",
    {
      name: "Crumb & Co",
      place: "Bristol",
      country: "GB",
      trade: { id: "bakery", words: "sourdough" },
      offerings: [product("Seeded rye", 520), product("Cinnamon buns", null)],
      delivery: { ...NO_DELIVERY, localDelivery: true, perishable: true, area: "Bristol" },
      highlights: ["slow-fermented for two days"],
      audience: "families in Bristol",
    },
  ),
  chicagoBakery: brief("Kettle & Crumb, a bakery in Chicago selling bagels and rye bread.", {
    name: "Kettle & Crumb",
    place: "Chicago",
    country: "US",
    locale: "en-US",
    currency: "USD",
    trade: { id: "bakery", words: "bagels and rye bread" },
    offerings: [product("Everything bagel", 250)],
    delivery: { ...NO_DELIVERY, localPickup: true },
  }),
  ashevilleViolin: brief(
    "Violin lessons for adult beginners in Asheville, North Carolina: beginner lessons from $45, violin set-ups on request.",
    {
      name: "Fiddle & Bow Studio",
      place: "Asheville, North Carolina",
      country: "US",
      locale: "en-US",
      currency: "USD",
      trade: { id: "lessons", words: "violin lessons" },
      sells: "services",
      offerings: [
        service("Beginner violin lesson", 4500, "30 or 60 minutes"),
        service("Violin set-up", null),
      ],
      audience: "adult beginners",
      colors: [{ word: "navy", hex: "#1f2a44", role: "primary" }],
      fonts: [{ asked: "Garamond", font: "Libre Baskerville" }],
    },
  ),
  nantesRepairs: brief("Réparation de vélos à Nantes, révision complète à partir de 60 €.", {
    language: "fr",
    name: "Rayon Vert",
    place: "Nantes",
    country: "FR",
    locale: "fr-FR",
    currency: "EUR",
    trade: { id: "repairs", words: "réparation de vélos" },
    sells: "services",
    offerings: [service("Révision complète", 6000)],
  }),
  silverJeweller: brief("Sterling silver rings and pendants, handmade in Portland.", {
    name: "Argent Moon",
    place: "Portland",
    country: "US",
    locale: "en-US",
    currency: "USD",
    trade: { id: "jewellery", words: "silver rings and pendants" },
    offerings: [product("Silver moon ring", 8500)],
    delivery: { ...NO_DELIVERY, shipping: true, madeToOrder: true, leadTime: "3 to 4 weeks" },
  }),
  halalButcher: brief("Halal butcher in Leeds: lamb chops £12/kg, chicken thighs.", {
    name: "Green Crescent Butchers",
    place: "Leeds",
    country: "GB",
    trade: { id: "butcher", words: "halal meat" },
    offerings: [product("Lamb chops", 1200), product("Chicken thighs", null)],
    delivery: { ...NO_DELIVERY, perishable: true, localPickup: true },
  }),
  violinMaker: brief("I make and restore violins and bows in Cremona-style, in Edinburgh.", {
    name: "Hollis Violins",
    place: "Edinburgh",
    country: "GB",
    trade: { id: "general", words: "violins and bows" },
    sells: "both",
    offerings: [service("Bow rehair", 6500)],
  }),
  vague: brief("I sell things online.", {}),
  genevaAccountant: brief("Comptabilité pour indépendants à Genève, bilan annuel sur devis.", {
    language: "fr",
    name: "Chiffres & Co",
    place: "Genève",
    country: "CH",
    locale: "fr-CH",
    currency: "CHF",
    trade: { id: "professional-services", words: "comptabilité" },
    sells: "services",
    offerings: [service("Bilan annuel", null)],
    audience: "les indépendants",
  }),
} satisfies Record<string, Brief>;

function plan(b: Brief, seed = 1): SitePlan {
  const siteBrief = ZSiteBrief.parse({
    description: b.description,
    language: b.facts.language,
    facts: b.facts,
  });
  return offlineSitePlan({ brief: siteBrief, competitors: [] }, seed);
}

const STOP_WORDS = {
  en: ["the", "and", "to", "you", "your", "we", "our", "of", "for", "is", "with", "what"],
  fr: ["le", "la", "les", "de", "des", "et", "vous", "nous", "est", "pour", "une", "du", "nos"],
};

/** Which of English and French the words look like, by their commonest little words. */
function languageOf(texts: readonly string[]): "en" | "fr" {
  const words = texts
    .join(" ")
    .toLowerCase()
    .split(/[^a-zà-ÿ’']+/);
  const count = (list: string[]) => words.filter((w) => list.includes(w)).length;
  return count(STOP_WORDS.fr) > count(STOP_WORDS.en) ? "fr" : "en";
}

/** Every text a shopper reads, without the merchant's own product names and details. */
function copyOf(p: SitePlan): string[] {
  return planTexts({ ...p, products: p.products.filter((x) => x.sample) });
}

const INVENTED =
  /verified|★|\b\d(\.\d)?\s*\/\s*5\b|\b\d+ (stars?|étoiles?)\b|reviews?\b|avis clients|certified|certifié|award|best-selling/i;
const PROMISED_DAYS = /\b\d+\s*(-|to|à)?\s*\d*\s*(days?|jours?|working days|jours ouvrés)\b/i;

function renderAll(p: SitePlan) {
  const built = buildSite(p);
  const data = {
    products: toStorefrontProducts(built.products, built.doc.settings.currency),
    collections: [],
  };
  // The pages this store has: the shop's for products, the services page for services.
  const paths = built.doc.pages
    .filter((page) => page.slug !== "product" && page.slug !== "collection")
    .map((page) => `/${page.slug}`);
  const shop = built.doc.pages.some((page) => page.slug === "product");
  if (shop && built.products[0]) paths.push(`/products/${built.products[0].handle}`);
  for (const path of paths) {
    const problems: unknown[] = [];
    const page = renderPage(
      {
        doc: built.doc,
        siteSlug: "t",
        baseUrl: "https://shop.test/s/t",
        versionId: "v1",
        mode: "live",
      },
      path,
      data,
      { onProblem: (problem) => problems.push(problem) },
    );
    expect(page.status, path).toBe(200);
    expect(problems, path).toEqual([]);
    const elements = allElements(page.html);
    expect(
      elements.filter((el) => el.tagName === "h1"),
      path,
    ).toHaveLength(1);
    const visible = textOf(elements.find((el) => el.tagName === "body")!);
    expect(findPlaceholderText(visible), path).toEqual([]);
    expect(visible, path).not.toMatch(/\{[a-z_]+\}|undefined|NaN|\[object Object\]/);
  }
  return built;
}

describe.each(Object.entries(BRIEFS))("offline writer: %s", (_, b) => {
  const p = plan(b);
  const { facts } = b;

  it("writes a valid plan that builds and renders", () => {
    expect(ZSitePlan.safeParse(p).error?.issues ?? []).toEqual([]);
    expect(sitePlanProblems(p)).toEqual([]);
    renderAll(p);
  });

  it("puts the named offerings first, in the brief's words, currency and prices", () => {
    const named = p.products.slice(0, facts.offerings.length);
    expect(named.map((x) => [x.title, x.price, x.priceFrom, x.kind, x.sample])).toEqual(
      facts.offerings.map((o) => [o.name, o.price, o.priceFrom, o.kind, false]),
    );
    expect(p.currency).toBe(facts.currency);
    expect(p.products.length).toBeLessThanOrEqual(Math.max(8, facts.offerings.length));
  });

  it("writes in the brief's language, for its locale", () => {
    expect(p.language).toBe(facts.language);
    expect(languageOf(copyOf(p))).toBe(facts.language);
    expect(p.locale.split("-")[0]).toBe(facts.language);
    if (facts.locale.startsWith(facts.language)) expect(p.locale).toBe(facts.locale);
  });

  it("invents no reviews, ratings, counts or promises", () => {
    expect(p.testimonials).toBeNull();
    expect(p.stats).toBeNull();
    expect(p.homeSections).not.toContain("testimonials");
    expect(p.homeSections).not.toContain("stats");
    const copy = copyOf(p).join("\n");
    expect(copy).not.toMatch(INVENTED);
    if (!PROMISED_DAYS.test(b.description)) expect(copy).not.toMatch(PROMISED_DAYS);
    expect(copy).not.toMatch(/refund|remboursement sous/i);
  });

  it("marks samples, which never contradict the brief", () => {
    const samples = p.products.filter((x) => x.sample);
    expect(p.products.slice(facts.offerings.length).every((x) => x.sample)).toBe(true);
    const entry = TRADE_ENTRIES.get(facts.trade.id as never);
    for (const sample of samples) {
      const seed = entry?.samples[facts.language as "en"].find((s) => s.name === sample.title);
      expect(seed, sample.title).toBeDefined();
      expect(contradiction(seed!.traits, b.description)).toBeNull();
    }
    if (!entry) expect(samples).toEqual([]);
  });

  it("books services instead of selling them when the brief sells services", () => {
    expect(p.business.sells).toBe(facts.sells);
    if (facts.sells === "products") {
      expect(p.services).toBeNull();
      return;
    }
    expect(p.services).not.toBeNull();
    const faq = JSON.stringify(p.faq);
    if (facts.sells === "services") {
      expect(p.products.every((x) => x.kind === "service")).toBe(true);
      expect(faq).not.toMatch(/ship|return|expédi|retourner/i);
      expect(faq).toMatch(/book|réserv/i);
      expect(p.homeSections).not.toContain("featured");
    }
  });
});

describe("the offline writer follows the facts", () => {
  it("writes fresh goods without returns, and the lead time the brief gives", () => {
    const bakery = JSON.stringify(plan(BRIEFS.lyonBakery).faq);
    expect(bakery).toMatch(
      /produits frais ne sont ni repris ni échangés|le frais ne se reprend pas/,
    );
    expect(bakery).toMatch(/retir/);
    const jeweller = plan(BRIEFS.silverJeweller);
    expect(JSON.stringify(jeweller)).toContain("3 to 4 weeks");
  });

  it("writes French typography: non-breaking spaces, guillemets, apostrophes", () => {
    const texts = planTexts(plan(BRIEFS.lyonBakery)).join("\n");
    expect(texts).not.toMatch(/[^\u00a0\u202f][:;!?](\s|$)/u);
    expect(texts).not.toMatch(/'/);
    expect(texts).toMatch(/\u00a0:/u);
  });

  it("leaves out samples that contradict the brief: no gold for a silver jeweller", () => {
    expect(contradiction(["gold", "or"], "Sterling silver rings")).toBe("silver");
    expect(contradiction(["silver", "argent"], "Sterling silver rings")).toBeNull();
    expect(contradiction(["gold"], "rings in gold or silver")).toBeNull();
    expect(contradiction(["cat", "chat"], "Toys for dogs and puppies")).toBe("dog");
    expect(contradiction(["pork", "porc"], "Boucherie halal à Lyon")).toBe("halal");
    expect(contradiction(["dairy", "lait"], "Vegan bakery")).toBe("vegan");
    expect(contradiction(["chat"], "Chaton et chats bienvenus; catering")).toBeNull();
    const titles = plan(BRIEFS.silverJeweller).products.map((x) => x.title.toLowerCase());
    expect(titles.some((t) => /\bgold\b/.test(t))).toBe(false);
  });

  it("uses the colours and fonts asked for, and says what it could not honour", () => {
    const p = plan(BRIEFS.ashevilleViolin);
    expect(p.style.colors.primary).toBe("#1f2a44");
    expect(p.style.headingFont).toBe("Libre Baskerville");
    expect(p.notes.join(" ")).toMatch(/Garamond/);
    const dark = plan({ ...BRIEFS.vague, facts: { ...BRIEFS.vague.facts, themeHints: ["dark"] } });
    const { theme } = buildSite(dark).doc;
    expect(theme.colors.background).not.toBe(plan(BRIEFS.vague).style.colors.background);
  });

  it("writes a store from the brief's own nouns when the trade has no entry, and may sell nothing yet", () => {
    const maker = plan(BRIEFS.violinMaker);
    expect(JSON.stringify(maker)).toContain("violins and bows");
    expect(JSON.stringify(maker)).not.toMatch(/Signature Piece|tote|gift card/i);
    const vague = plan(BRIEFS.vague);
    expect(vague.products).toEqual([]);
    expect(vague.homeSections).not.toContain("products");
    expect(vague.notes.join(" ")).toMatch(/no products/i);
  });

  it("gives the same store for the same brief and seed, and another for another seed", () => {
    const a = plan(BRIEFS.bristolBakery, 11);
    expect(JSON.stringify(plan(BRIEFS.bristolBakery, 11))).toBe(JSON.stringify(a));
    const others = [12, 13, 14].map((seed) => JSON.stringify(plan(BRIEFS.bristolBakery, seed)));
    expect(others.some((o) => o !== JSON.stringify(a))).toBe(true);
  });

  it("refuses a language it has no kit for, naming it and the model it needs", () => {
    const dutch = { ...BRIEFS.vague, facts: { ...BRIEFS.vague.facts, language: "nl" } };
    expect(() => plan(dutch)).toThrow(AiUnavailableError);
    expect(() => plan(dutch)).toThrow(/Dutch.*(model|OPENAI_API_KEY)/);
  });
});

describe("sameness", () => {
  it("measures shared sentences", () => {
    expect(
      sentenceOverlap(["One two three four. Five six seven eight."], ["one two three four!"]),
    ).toBe(1);
    expect(sentenceOverlap(["One two three four."], ["Nine ten eleven twelve."])).toBe(0);
    expect(sentenceOverlap(["Short."], ["Short."])).toBe(0);
  });

  const pairs: [string, Brief, Brief][] = [
    ["en bakeries", BRIEFS.bristolBakery, BRIEFS.chicagoBakery],
    [
      "fr bakeries",
      BRIEFS.lyonBakery,
      brief("Boulangerie Martin à Bordeaux : croissants et pains au levain.", {
        language: "fr",
        name: "Boulangerie Martin",
        place: "Bordeaux",
        country: "FR",
        locale: "fr-FR",
        currency: "EUR",
        trade: { id: "bakery", words: null },
        offerings: [product("Croissant", 120)],
        delivery: { ...NO_DELIVERY, shipping: false, perishable: true },
      }),
    ],
    [
      "en lessons",
      BRIEFS.ashevilleViolin,
      brief("Maths tutoring in Leeds for GCSE students.", {
        name: "Number Nook",
        place: "Leeds",
        country: "GB",
        trade: { id: "lessons", words: null },
        sells: "services",
        highlights: ["small groups"],
      }),
    ],
  ];
  it.each(pairs)("two %s from different briefs share under 25%% of their sentences", (_, a, b) => {
    for (const seed of [1, 2, 3])
      expect(planOverlap(plan(a, seed), plan(b, seed))).toBeLessThan(0.25);
  });
});

describe("every trade in every offline language and locale", () => {
  const cases = [...TRADE_ENTRIES.keys()].flatMap((trade) =>
    [...KITS.values()].flatMap((kit) =>
      kit.locales.map((locale) => [trade, kit.language, locale] as const),
    ),
  );
  it.each(cases)("%s in %s for %s generates a valid store", (trade, language, locale) => {
    const kit = kitFor(language)!;
    const p = plan(
      brief(`A ${trade} brief.`, {
        language,
        locale,
        currency: locale.endsWith("US")
          ? "USD"
          : locale.endsWith("GB")
            ? "GBP"
            : locale.endsWith("CH")
              ? "CHF"
              : "EUR",
        trade: { id: trade, words: null },
        sells: TRADE_ENTRIES.get(trade)!.samples[kit.language].some((s) => s.kind === "product")
          ? "products"
          : "services",
      }),
    );
    expect(ZSitePlan.safeParse(p).error?.issues ?? []).toEqual([]);
    expect(sitePlanProblems(p)).toEqual([]);
    expect(p.locale).toBe(locale);
    buildSite(p);
  });
});
