import { blockText } from "../../../blocks/ai/slots.ts";
import { blockRegistry } from "../../../blocks/registry.ts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { judgeCopy, judgeProductDescription, judgeSeo, knownNames } from "../quality.ts";
import { readStore, seoStoreOf } from "../store-facts.ts";
import { SEO_LIMITS, type BlockCopyData, type StoreSite } from "../tasks.ts";
import { languageScores } from "../brief/language.ts";
import type { TextLanguage } from "../brief/language.ts";
import { missingFacts } from "../text/facts.ts";
import { offlineBlockCopy } from "./fill.ts";
import { factsAskedFor } from "./instruction.ts";
import { offlineProductDescription } from "./product-description.ts";
import { offlineSeo } from "./seo.ts";

/** A store in each language the offline writer writes, as the editor's actions see it. */
const STORES: Record<TextLanguage, StoreSite> = {
  en: store(
    "Crumb & Co",
    "en-GB",
    "GBP",
    "Crumb & Co is a bakery in Bristol for breads and pastries.",
    [["Country sourdough", "£4.50"]],
  ),
  fr: store(
    "Boulangerie Martin",
    "fr-FR",
    "EUR",
    "Boulangerie Martin vend des pains et viennoiseries à Lyon.",
    [["Pain de campagne", "4,50 €"]],
  ),
  de: store(
    "Uhrenatelier Keller",
    "de-CH",
    "CHF",
    "Uhrenatelier Keller repariert alte Uhren in Zürich.",
    [],
  ),
  es: store(
    "Academia Tarrega",
    "es-ES",
    "EUR",
    "Academia Tarrega da clases de guitarra en Valencia.",
    [],
  ),
  pt: store("Padaria Sol", "pt-PT", "EUR", "A Padaria Sol vende pão e bolos em Lisboa.", []),
  it: store(
    "Pelletteria Rossi",
    "it-IT",
    "EUR",
    "Pelletteria Rossi è una pelletteria a Firenze.",
    [],
  ),
};

function store(
  name: string,
  locale: string,
  currency: string,
  description: string,
  products: [string, string][],
): StoreSite {
  const site = { name, locale, currency, description, products: [] };
  const read = readStore(site);
  return {
    ...site,
    industry: read.trade,
    place: read.place,
    products: products.map(([title, price]) => ({ title, price })),
  };
}

const LANGUAGES = Object.keys(STORES) as TextLanguage[];
const PAGES = [
  ["", "Home"],
  ["shop", "Shop"],
  ["about", "About"],
  ["contact", "Contact"],
  ["faq", "FAQ"],
  ["gift-cards", "Gift cards"],
] as const;

describe("SEO titles and descriptions, offline", () => {
  it.each(LANGUAGES)(
    "name the store, its trade and place within search engines' lengths (%s)",
    (language) => {
      const site = STORES[language];
      const seo = seoStoreOf(readStore(site));
      for (const [slug, title] of PAGES) {
        const out = offlineSeo({ site, target: { kind: "page", title, slug, text: "" } });
        expect(judgeSeo(null, out, seo), `${slug}: ${JSON.stringify(out)}`).toEqual([]);
        expect(out.title.length).toBeGreaterThanOrEqual(SEO_LIMITS.minTitle);
        expect(out.title.length).toBeLessThanOrEqual(SEO_LIMITS.title);
        expect(out.description.length).toBeGreaterThanOrEqual(SEO_LIMITS.minDescription);
        expect(out.description.length).toBeLessThanOrEqual(SEO_LIMITS.description);
        expect(out.title).toContain(site.name);
        expect(`${out.title} ${out.description}`).toContain(site.place!);
        const said = `${out.title} ${out.description}`.toLowerCase();
        expect(seo.trade.some((word) => said.includes(word.toLowerCase()))).toBe(true);
        // Its own language scores at least as high as any other of the six.
        const scores = languageScores(`${out.title} ${out.description}`);
        for (const other of LANGUAGES)
          expect(scores[language]).toBeGreaterThanOrEqual(scores[other]!);
      }
    },
  );

  it("writes French as French shops do", () => {
    const out = offlineSeo({
      site: STORES.fr,
      target: { kind: "page", title: "About", slug: "about", text: "" },
    });
    expect(out.title).toBe("À propos | Boulangerie Martin – Boulangerie à Lyon");
    expect(out.description).toMatch(
      /^Qui se cache derrière Boulangerie Martin, une boulangerie à Lyon\./,
    );
  });

  it("never offers SEO worse than the page's", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.constantFrom(...PAGES),
        fc.string({ maxLength: 80 }),
        fc.string({ maxLength: 200 }),
        (language, [slug, title], currentTitle, currentDescription) => {
          const site = STORES[language];
          const seo = seoStoreOf(readStore(site));
          const before = { title: currentTitle, description: currentDescription };
          const out = offlineSeo({ site, target: { kind: "page", title, slug, text: "" } });
          if (judgeSeo(before, out, seo).length > 0) return;
          expect(out.title.length).toBeLessThanOrEqual(SEO_LIMITS.title);
          expect(out.description.length).toBeLessThanOrEqual(SEO_LIMITS.description);
          // Offered: it says at least as much of name, trade and place as what was there.
          const says = (text: string) =>
            [seo.name, seo.place!, ...seo.trade].filter((w) =>
              text.toLowerCase().includes(w.toLowerCase()),
            ).length;
          if (
            currentTitle.length >= SEO_LIMITS.minTitle &&
            currentTitle.length <= SEO_LIMITS.title &&
            currentDescription.length >= SEO_LIMITS.minDescription &&
            currentDescription.length <= SEO_LIMITS.description
          )
            expect(says(`${out.title} ${out.description}`)).toBeGreaterThanOrEqual(
              Math.min(says(`${currentTitle} ${currentDescription}`), 2),
            );
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** The hero's fields: where its words are. */
const HERO_FIELDS = blockRegistry.hero.fields;

const HERO_PROPS = [
  { prop: "eyebrow", tone: "", maxLength: 30 },
  { prop: "heading", tone: "", maxLength: 60 },
  { prop: "subheading", tone: "", maxLength: 160 },
  { prop: "buttons", tone: "", maxLength: 30 },
];

function fill(site: StoreSite, current: Record<string, unknown>, instruction: string, seed = 1) {
  const data: BlockCopyData = {
    site: { ...site, pages: [] },
    block: { type: "hero", description: "", props: HERO_PROPS, current },
    instruction,
    asked: factsAskedFor(instruction, site),
  };
  const after = offlineBlockCopy(data, seed).props;
  const reasons = judgeCopy(current, after, {
    fields: HERO_FIELDS,
    limits: Object.fromEntries(HERO_PROPS.map((p) => [p.prop, p.maxLength])),
    known: knownNames(site),
    locale: site.locale,
    asked: data.asked,
  });
  return { after, reasons, asked: data.asked };
}

const HERO = {
  eyebrow: "Fresh daily",
  heading: "Bread worth getting up for",
  subheading: "Loaves and pastries, baked every morning.",
  buttons: [{ label: "Shop now", href: "/shop", variant: "primary" }],
};

describe("fill follows the instruction", () => {
  it("mentions free delivery in Lyon when asked, in the store's language", () => {
    const en = fill(STORES.en, HERO, "mention free delivery in Lyon");
    expect(en.reasons).toEqual([]);
    expect(en.asked).toEqual(["Lyon"]);
    expect(String(en.after.subheading)).toMatch(/Free delivery in Lyon\./);
    const fr = fill(STORES.fr, HERO, "mention free delivery in Lyon");
    expect(String(fr.after.subheading)).toMatch(/Livraison gratuite à Lyon\./);
    const frOwn = fill(STORES.fr, HERO, "mentionne la livraison gratuite le samedi à Lyon");
    expect(String(frOwn.after.subheading)).toMatch(/La livraison gratuite le samedi à Lyon\./);
  });

  it("names the products and prices it is asked to, and takes its tone", () => {
    const { after, reasons, asked } = fill(
      STORES.en,
      HERO,
      "talk about our Pain de campagne at €4.50 and croissants, and make it more formal",
    );
    expect(reasons).toEqual([]);
    expect(asked).toEqual(expect.arrayContaining(["Pain de campagne", "4.50"]));
    const text = blockText(HERO_FIELDS, after);
    expect(text).toContain("Pain de campagne");
    expect(text).toContain("€4.50");
    expect(text).not.toMatch(/!/);
    // ", and make it more formal" is how to write, not something to say.
    expect(text).not.toMatch(/make it/i);
  });

  it("says why when the copy would not mention what was asked", () => {
    const reasons = judgeCopy(
      HERO,
      { ...HERO, heading: "Good bread" },
      {
        fields: HERO_FIELDS,
        limits: { heading: 60 },
        locale: "en-GB",
        asked: ["Lyon"],
      },
    );
    expect(reasons).toEqual(["it would not mention “Lyon” as asked"]);
  });

  const price = fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 99 }));
  const instructions = [
    "",
    "mention free delivery in Lyon",
    "make it friendlier",
    "make it more formal",
    "talk about our Pain de campagne at €4.50",
    "mentionne le retrait sur place",
  ];

  it("never offers copy worse than the block's: no fact lost, within limits, all asked said", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        price,
        fc.constantFrom(...instructions),
        fc.integer({ min: 0, max: 10_000 }),
        (language, [units, cents], instruction, seed) => {
          const site = STORES[language];
          const amount = `${units}.${String(cents).padStart(2, "0")}`;
          const current = {
            ...HERO,
            subheading: `Loaves from €${amount}, baked every morning in ${site.place}.`,
          };
          const { after, reasons, asked } = fill(site, current, instruction, seed);
          if (reasons.length > 0) return;
          const text = blockText(HERO_FIELDS, after);
          const digits = new Set(
            [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/\D/g, "")),
          );
          expect(digits.has(amount.replace(/\D/g, ""))).toBe(true);
          expect(text).toContain(site.place!);
          // Every fact asked for is said, a price in the store's own format ("4,50 €" for 4.50).
          expect(missingFacts(text, asked)).toEqual([]);
          for (const { prop, maxLength } of HERO_PROPS)
            if (typeof after[prop] === "string")
              expect((after[prop] as string).length).toBeLessThanOrEqual(maxLength);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("product descriptions, offline", () => {
  it.each(LANGUAGES)("keep the merchant's description and name the product (%s)", (language) => {
    const site = STORES[language];
    const product = {
      title: "Signature loaf",
      description: "800 g, baked on stone.",
      options: [{ name: "Size", values: ["500 g", "1 kg"] }],
      price: "4,50",
    };
    const out = offlineProductDescription({ site, product });
    expect(out.description).toContain(product.title);
    expect(out.description).toContain(product.description);
    expect(out.highlights.length).toBeGreaterThanOrEqual(2);
    expect(
      judgeProductDescription(product.description, out.description, {
        known: [...knownNames(site), product.title],
        locale: site.locale,
      }),
    ).toEqual([]);
  });

  it("never offers a description that loses a fact or runs over its limit", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.array(fc.constantFrom("Hand made.", "Weighs 800 g.", "Since 1987.", "Serves 4 to 6."), {
          maxLength: 4,
        }),
        fc.integer({ min: 0, max: 40 }),
        (language, sentences, repeat) => {
          const site = STORES[language];
          const description = [...sentences, ...Array(repeat).fill("Baked with care.")].join(" ");
          const out = offlineProductDescription({
            site,
            product: { title: "House loaf", description, options: [], price: "4,50" },
          });
          const reasons = judgeProductDescription(description, out.description, {
            known: [...knownNames(site), "House loaf"],
            locale: site.locale,
          });
          if (reasons.length > 0) return;
          expect(out.description.length).toBeLessThanOrEqual(1200);
          for (const number of description.match(/\d+/g) ?? [])
            expect(out.description).toContain(number);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("fill of a block with a list", () => {
  const FEATURES_FIELDS = blockRegistry.features.fields;
  const FEATURES_PROPS = [
    { prop: "heading", tone: "", maxLength: 60 },
    { prop: "intro", tone: "", maxLength: 200 },
    { prop: "items", tone: "", maxLength: 200 },
  ];
  // Four items, each title a line of its own that starts with a capital (not a name), and a
  // price in the last one: a draft with fewer items must still keep it, and still be new.
  const FEATURES = {
    heading: "Why people come back",
    intro: "Small batches, honest prices.",
    items: [
      { icon: "star", title: "Made to order", text: "Baked when you order it." },
      { icon: "star", title: "Write to us", text: "We answer within a day." },
      { icon: "star", title: "Prices stay fair", text: "The same price all year." },
      { icon: "star", title: "Loaves from £4.50", text: "Every loaf, every morning." },
    ],
  };

  // The route seeds each fill with the clock: every seed must give new copy the gate accepts.
  it.each([0, 1, 7, 42, 999, 12_345, 54_321, 99_999])(
    "offers new copy that keeps every fact, whatever the seed (%i)",
    (seed) => {
      const site = STORES.en;
      const data: BlockCopyData = {
        site: { ...site, pages: [] },
        block: { type: "features", description: "", props: FEATURES_PROPS, current: FEATURES },
        instruction: "",
        asked: [],
      };
      const after = offlineBlockCopy(data, seed).props;
      const reasons = judgeCopy(FEATURES, after, {
        fields: FEATURES_FIELDS,
        limits: Object.fromEntries(FEATURES_PROPS.map((p) => [p.prop, p.maxLength])),
        known: knownNames(site),
        locale: site.locale,
      });
      expect(reasons).toEqual([]);
      expect(blockText(FEATURES_FIELDS, after)).toContain("4.50");
    },
  );
});
