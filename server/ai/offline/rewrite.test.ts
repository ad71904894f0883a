import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AiUnavailableError } from "../port.ts";
import { judgeRewrite, knownNames } from "../quality.ts";
import type { RewriteData, RewriteMode } from "../tasks.ts";
import { lostFacts } from "../text/facts.ts";
import { detectLanguage } from "../brief/language.ts";
import { endsSentence, splitSentences, wordsOf } from "../text/sentences.ts";
import { offlineRewrite } from "./rewrite.ts";

const site = {
  name: "Kiln House",
  industry: "ceramics",
  locale: "en-GB",
  description:
    "Kiln House is a pottery studio in Bath making stoneware mugs and bowls. Every piece is glazed by hand.",
  products: [
    { title: "Stoneware mug", price: "£24" },
    { title: "Serving bowl", price: "£48" },
  ],
};
const frSite = {
  name: "Maison Lavande",
  industry: "bakery",
  locale: "fr-FR",
  description: "Boulangerie artisanale à Lyon. Nous cuisons chaque matin nos pains au levain.",
  products: [{ title: "Pain de campagne", price: "4,50 €" }],
};
const texts = [
  { path: "heading", text: "Handmade pottery for everyday rituals", maxLength: 160 },
  {
    path: "subheading",
    text: "We do not use moulds: every piece is thrown by hand in our studio, so no two are quite the same. It is made to be used every day.",
    maxLength: 400,
  },
  { path: "buttons.0.label", text: "Shop now", maxLength: 60 },
];

function rewriteOne(
  mode: RewriteMode,
  text: string,
  options: { site?: RewriteData["site"]; maxLength?: number; path?: string } = {},
): string {
  const data: RewriteData = {
    mode,
    targetLanguage: null,
    site: options.site ?? site,
    texts: [{ path: options.path ?? "text", text, maxLength: options.maxLength ?? 600 }],
  };
  return offlineRewrite(data, 7).texts[0]!.text;
}

const rewrite = (mode: RewriteMode) =>
  Object.fromEntries(
    offlineRewrite({ mode, targetLanguage: null, site, texts }, 1).texts.map((t) => [
      t.path,
      t.text,
    ]),
  );

// Random store copy: sentences in English or French, some carrying facts (prices, names, numbers).
const EN_SENTENCES = [
  "We bake every loaf by hand in our little kitchen, slowly and with care.",
  "Our flour comes from a mill down the road, and we use nothing else.",
  "It is the kind of bread that keeps for days, if it lasts that long.",
  "Come early on Saturdays, because the rye sells out before noon.",
  "Every order is wrapped in paper, tied with string and ready to travel.",
  "You can taste the difference in the crust, which crackles as it cools.",
  "We really love what we do, and we think you will too.",
  "Simply put, this is honest food made by people who care about it.",
];
const FR_SENTENCES = [
  "Nous pétrissons chaque pain à la main dans notre petit fournil, avec patience.",
  "Notre farine vient d'un moulin voisin, et nous n'utilisons rien d'autre.",
  "Venez tôt le samedi, car le pain de seigle part avant midi.",
  "Chaque commande est emballée dans du papier, prête à voyager.",
  "Vous sentirez la différence dans la croûte, qui craque en refroidissant.",
  "Nous aimons vraiment notre métier, et nous pensons que vous l'aimerez aussi.",
];
const EN_FACTS = [
  "Loaves start at £4.50 each.",
  "Find us on Mill Street in Bath.",
  "We open at 7 every morning.",
  "Ask Hannah about the sourdough starter.",
];
const FR_FACTS = [
  "Le pain de campagne coûte 4,50 €.",
  "Retrouvez-nous rue Mercière à Lyon.",
  "Nous ouvrons à 7 h chaque matin.",
];

const storeText = fc.oneof(
  fc
    .tuple(
      fc.shuffledSubarray(EN_SENTENCES, { minLength: 1, maxLength: 5 }),
      fc.subarray(EN_FACTS, { maxLength: 2 }),
    )
    .map(([plain, facts]) => ({ text: [...plain, ...facts].join(" "), language: "en" as const })),
  fc
    .tuple(
      fc.shuffledSubarray(FR_SENTENCES, { minLength: 1, maxLength: 4 }),
      fc.subarray(FR_FACTS, { maxLength: 2 }),
    )
    .map(([plain, facts]) => ({ text: [...plain, ...facts].join(" "), language: "fr" as const })),
);

describe("offline rewrite: shorter", () => {
  it("is shorter, ends on a sentence or clause boundary, keeps every fact and the language", () => {
    fc.assert(
      fc.property(storeText, ({ text, language }) => {
        const s = language === "fr" ? frSite : site;
        const out = rewriteOne("shorter", text, { site: s });
        if (out === text) return; // nothing could go without losing a fact: not offered
        expect(out.length).toBeLessThan(text.length);
        expect(endsSentence(out)).toBe(true);
        // Only words of the original, none cut in half, and the last one ends a clause there.
        const words = new Set(wordsOf(text));
        for (const w of wordsOf(out)) expect(words).toContain(w);
        expect(lostFacts(text, out, { known: knownNames(s), language })).toEqual([]);
        expect(detectLanguage(out) ?? language).toBe(language);
        expect(
          judgeRewrite("shorter", text, out, {
            maxLength: 600,
            known: knownNames(s),
            locale: s.locale,
          }),
        ).toEqual([]);
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it("cuts a heading at a clause, never inside a word", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "handmade",
            "pottery",
            "for",
            "everyday",
            "rituals",
            "and",
            "slow",
            "mornings",
            "with",
            "friends",
          ),
          { minLength: 3, maxLength: 9 },
        ),
        (words) => {
          const heading = words.join(" ").replace(/^./, (c) => c.toUpperCase());
          const out = rewriteOne("shorter", heading, { path: "heading" });
          expect(out.length).toBeLessThanOrEqual(heading.length);
          expect(heading.startsWith(out) || out === heading).toBe(true);
          const next = heading.charAt(out.length);
          expect(next === "" || next === " ").toBe(true);
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it("shortens the example texts the way a person would", () => {
    const out = rewrite("shorter");
    expect(out.heading).toBe("Handmade pottery");
    expect(out.subheading).toBe(
      "We do not use moulds: every piece is thrown by hand in our studio, so no two are the same.",
    );
  });
});

describe("offline rewrite: longer", () => {
  it("is longer, keeps every original sentence, adds only the store's facts, within the limit", () => {
    fc.assert(
      fc.property(storeText, fc.integer({ min: 200, max: 900 }), ({ text, language }, max) => {
        fc.pre(text.length <= max);
        const s = language === "fr" ? frSite : site;
        const out = rewriteOne("longer", text, { site: s, maxLength: max });
        expect(out.length).toBeLessThanOrEqual(max);
        if (out === text) return;
        expect(out.length).toBeGreaterThan(text.length);
        for (const sentence of splitSentences(text)) expect(out).toContain(sentence);
        const added = out.slice(text.length).trim();
        // Each added sentence comes from the description, the products or the place.
        for (const sentence of splitSentences(added)) {
          const fromStore =
            s.description.includes(sentence) ||
            s.products.some((p) => sentence.includes(p.title)) ||
            sentence.includes(language === "fr" ? "Lyon" : "Bath");
          expect(fromStore, sentence).toBe(true);
        }
        expect(detectLanguage(added) ?? language).toBe(language);
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it("adds nothing when the store gives nothing to add", () => {
    const bare = { name: "Kiln House", industry: "ceramics", locale: "en-GB" };
    const text = "Every piece is thrown by hand.";
    expect(rewriteOne("longer", text, { site: bare })).toBe(text);
  });
});

describe("offline rewrite: tone", () => {
  const EN_SAMPLES = [
    "We're glad you're here! Grab a mug, it's just £24 😀",
    "Hey there! Pop in to our shop on Mill Street and say hello, we don't bite.",
    "We are a small pottery in Bath. Every mug costs £24.",
  ];
  const FR_SAMPLES = [
    "Salut ! Tu trouveras chez nous du pain au levain à 4,50 €. Découvre nos viennoiseries !",
    "Nous sommes une boulangerie de quartier à Lyon. Veuillez nous contacter pour toute commande de plus de 10 pains.",
    "On est ouverts dès 7 h, viens goûter nos croissants, c'est super bon !",
  ];

  it.each([
    ...EN_SAMPLES.map((t) => [t, site] as const),
    ...FR_SAMPLES.map((t) => [t, frSite] as const),
  ])("formal and friendly both rewrite %j and keep its facts", (text, s) => {
    for (const mode of ["more-formal", "friendlier"] as const) {
      const out = rewriteOne(mode, text, { site: s });
      expect(out, mode).not.toBe(text);
      expect(lostFacts(text, out, { known: knownNames(s) }), mode).toEqual([]);
      expect(
        judgeRewrite(mode, text, out, { maxLength: 600, known: knownNames(s), locale: s.locale }),
      ).toEqual([]);
    }
  });

  it("speaks to the customer as vous when formal in French, with no exclamation marks", () => {
    const out = rewriteOne("more-formal", FR_SAMPLES[0]!, { site: frSite });
    expect(out).toBe(
      "Bonjour. Vous trouverez chez nous du pain au levain à 4,50 €. Découvrez nos viennoiseries.",
    );
  });

  it("uses Sie when formal in German, du when friendly", () => {
    const deSite = { name: "Backstube", industry: "bakery", locale: "de-DE" };
    expect(
      rewriteOne("more-formal", "Hallo! Du findest bei uns frisches Brot für 3 Euro.", {
        site: deSite,
      }),
    ).toBe("Guten Tag. Sie finden bei uns frisches Brot für 3 Euro.");
    expect(
      rewriteOne("friendlier", "Entdecken Sie unsere Brötchen. Wir freuen uns auf Ihren Besuch.", {
        site: deSite,
      }),
    ).toMatch(/^Entdecke unsere Brötchen\. Wir freuen uns auf deinen Besuch\./);
  });

  it("makes English friendlier: contractions, a warm line, a friendlier button", () => {
    const out = rewrite("friendlier");
    expect(out.subheading).toMatch(/don't/);
    expect(out.subheading).toMatch(/It's/);
    expect(out["buttons.0.label"]).toBe("Take a look");
    expect(out.heading).toMatch(/!$/);
  });

  it("makes English more formal", () => {
    expect(rewriteOne("more-formal", "We're glad you're here! Grab a mug.")).toBe(
      "We are glad you are here. Purchase a mug.",
    );
  });
});

it("refuses to translate without a model, saying why", () => {
  expect(() =>
    offlineRewrite({ mode: "translate", targetLanguage: "French", site, texts }, 1),
  ).toThrow(AiUnavailableError);
});
