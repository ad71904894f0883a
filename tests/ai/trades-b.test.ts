import { describe, expect, it } from "vitest";
import { OFFLINE_LANGUAGES, type OfflineLanguage } from "../../server/ai/brief/facts.ts";
import { GROUP_B } from "../../server/ai/offline/trades/group-b.ts";
import type { SampleSeed, TradeEntry } from "../../server/ai/offline/trades/types.ts";
import { TRADES, type IndustryId } from "../../domain/ai-vocabulary.ts";

/**
 * The group B trade entries (see ../../server/ai/offline/trades/): every entry speaks all six
 * offline languages with its own samples per market, promises nothing, and draws each sample's
 * motif. Written alongside trades.test.ts (group A) in the same shape, to be folded into it.
 */

const GROUP_B_IDS: readonly IndustryId[] = [
  "books",
  "fitness-gear",
  "art-prints",
  "toys",
  "outdoor-gear",
  "bicycles",
  "stationery",
  "musical-instruments",
  "games-hobbies",
  "crafts-supplies",
  "records",
  "lessons",
  "home-services",
  "repairs",
  "professional-services",
  "photography",
  "wellness",
  "pet-services",
  "electronics-accessories",
  "pet-supplies",
  "kids-baby",
];

/**
 * Words that make a claim a sample cannot stand behind, in the six languages: awards,
 * certifications, guarantees, superlatives, rankings, percentages and cures. Matched as whole
 * words (letters on neither side), so "bestellen" or "garantía de devolución" in a name are not
 * mistaken for them but "garantiert" is.
 */
const CLAIMS = [
  /#\s?1/,
  /\d\s?%/,
  /\d+\s*(stars?|étoiles?|sterne|estrellas|estrelas|stelle)(?!\p{L})/iu,
  /(?<!\p{L})(award|awards|award-winning|certified|certificate|guaranteed?|guarantees|best|proven|clinically|cures|heals|healing)(?!\p{L})/iu,
  /(?<!\p{L})(primée?s?|récompensée?s?|certifiée?s?|garantie?s?|meilleure?s?|guérit|soigne)(?!\p{L})/iu,
  /(?<!\p{L})(preisgekrönte?[nrs]?|ausgezeichnete?[nrs]?|zertifizierte?[nrs]?|garantiert|beste[nrs]?|heilt)(?!\p{L})/iu,
  /(?<!\p{L})(premiad[oa]s?|galardonad[oa]s?|certificad[oa]s?|garantizad[oa]s?|garantid[oa]s?|mejor(es)?|melhor(es)?|curativ[oa]s?)(?!\p{L})/iu,
  /(?<!\p{L})(premiat[oaie]|certificat[oaie]|garantit[oaie]|miglior[ei]?|guarisce)(?!\p{L})/iu,
];

/** Path commands a stroke-only motif may use (absolute or relative), and how many numbers each takes. */
const PATH_ARITY: Record<string, number> = {
  M: 2,
  L: 2,
  H: 1,
  V: 1,
  C: 6,
  S: 4,
  Q: 4,
  T: 2,
  A: 7,
  Z: 0,
};

/**
 * The end points of a path's segments in absolute coordinates, or the reason it is not plausible
 * path data (a foreign command, a wrong count of numbers, not starting with a move).
 */
function pathEndPoints(d: string): [number, number][] | string {
  if (!/^\s*[Mm]/.test(d)) return "does not start with a move";
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  if (tokens.join("").length !== d.replace(/[\s,]/g, "").length)
    return "has characters that are neither commands nor numbers";
  const points: [number, number][] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let i = 0;
  while (i < tokens.length) {
    const command = tokens[i++]!;
    const upper = command.toUpperCase();
    const arity = PATH_ARITY[upper];
    if (arity === undefined) return `uses the command ${command}`;
    const relative = command !== upper;
    const numbers: number[] = [];
    while (i < tokens.length && !/[A-Za-z]/.test(tokens[i]!)) numbers.push(Number(tokens[i++]));
    if (arity === 0) {
      if (numbers.length) return "has numbers after Z";
      [x, y] = [startX, startY];
      continue;
    }
    if (numbers.length === 0 || numbers.length % arity)
      return `has ${numbers.length} numbers for ${command}`;
    for (let k = 0; k < numbers.length; k += arity) {
      const args = numbers.slice(k, k + arity);
      if (upper === "H") x = (relative ? x : 0) + args[0]!;
      else if (upper === "V") y = (relative ? y : 0) + args[0]!;
      else {
        const [ex, ey] = args.slice(-2) as [number, number];
        [x, y] = relative ? [x + ex, y + ey] : [ex, ey];
      }
      if (upper === "M" && k === 0) [startX, startY] = [x, y];
      points.push([x, y]);
    }
  }
  return points;
}

const textsOf = (sample: SampleSeed) => [
  sample.name,
  sample.description,
  ...(sample.options ?? []).flatMap((o) => [
    o.name,
    ...o.values.map((v) => (typeof v === "string" ? v : v[0])),
  ]),
];

/** Trades that sell only services (lessons, repairs): every sample is a service. */
const servicesOnly = (entry: TradeEntry) => TRADES[entry.id].sells === "services";

describe("group B trade entries", () => {
  it("are the group's trades, each once", () => {
    const ids = GROUP_B.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...GROUP_B_IDS].sort());
  });

  describe.each(GROUP_B.map((entry) => [entry.id, entry] as const))("%s", (_id, entry) => {
    it("has its words and six to eight samples with unique names in every offline language", () => {
      expect(Object.keys(entry.words).sort()).toEqual([...OFFLINE_LANGUAGES].sort());
      expect(Object.keys(entry.samples).sort()).toEqual([...OFFLINE_LANGUAGES].sort());
      for (const language of OFFLINE_LANGUAGES) {
        const words = entry.words[language];
        for (const text of [words.business, words.goods, words.craft, words.makers]) {
          expect(text.trim(), `${language} words`).not.toBe("");
        }
        const samples = entry.samples[language];
        expect(samples.length, language).toBeGreaterThanOrEqual(6);
        expect(samples.length, language).toBeLessThanOrEqual(8);
        const names = samples.map((s) => s.name.toLocaleLowerCase(language));
        expect(new Set(names).size, `${language} names`).toBe(names.length);
      }
    });

    it("prices every sample in a positive range, with option names and values filled in", () => {
      for (const language of OFFLINE_LANGUAGES) {
        for (const sample of entry.samples[language]) {
          const [min, max] = sample.price;
          expect(min, `${language} ${sample.name}`).toBeGreaterThan(0);
          expect(min, `${language} ${sample.name}`).toBeLessThanOrEqual(max);
          for (const option of sample.options ?? []) {
            expect(
              option.values.length,
              `${language} ${sample.name} ${option.name}`,
            ).toBeGreaterThanOrEqual(2);
            for (const value of option.values) {
              if (typeof value !== "string") expect(value[1]).toBeGreaterThanOrEqual(0);
            }
          }
        }
      }
    });

    it("describes each sample in one to three sentences, without numbers or claims", () => {
      for (const language of OFFLINE_LANGUAGES) {
        for (const sample of entry.samples[language]) {
          const where = `${language} ${sample.name}: ${sample.description}`;
          const sentences = sample.description.split(/(?<=[.!?])\s+/).filter(Boolean);
          expect(sentences.length, where).toBeGreaterThanOrEqual(1);
          expect(sentences.length, where).toBeLessThanOrEqual(3);
          expect(sample.description, where).toMatch(/[.!?]$/);
          expect(sample.description, where).not.toMatch(/\d/);
          for (const text of textsOf(sample)) {
            for (const claim of CLAIMS)
              expect(text, `${language} ${sample.name}`).not.toMatch(claim);
          }
        }
      }
    });

    it("writes its own samples for each market rather than the same names translated", () => {
      for (const [i, a] of OFFLINE_LANGUAGES.entries()) {
        for (const b of OFFLINE_LANGUAGES.slice(i + 1)) {
          const names = new Set(entry.samples[a].map((s) => s.name.toLowerCase()));
          const shared = entry.samples[b].filter((s) => names.has(s.name.toLowerCase()));
          expect(
            shared.length,
            `${a} and ${b} share ${shared.map((s) => s.name).join(", ")}`,
          ).toBeLessThanOrEqual(2);
        }
      }
    });

    it("uses the typography of each language", () => {
      /** Writing that is wrong in a language whatever the sentence. */
      const typography: Partial<Record<OfflineLanguage, (text: string) => boolean>> = {
        // A (narrow) no-break space before ; : ! ? and », never a plain one or none.
        fr: (text) => /[^\u00a0\u202f][;:!?»]|«[^\u00a0\u202f]/.test(text),
        // German quotes are „…“, and ß stays ß.
        de: (text) => /"|(?<!\p{L})(Strasse|Grösse|gross|Fuss)/u.test(text),
        // A question or exclamation opens with ¿ or ¡.
        es: (text) =>
          (text.includes("?") && !text.includes("¿")) ||
          (text.includes("!") && !text.includes("¡")),
      };
      for (const language of OFFLINE_LANGUAGES) {
        const wrong = typography[language] ?? (() => false);
        const words = entry.words[language];
        const texts = [
          ...entry.samples[language].flatMap(textsOf),
          words.business,
          words.goods,
          words.craft,
          words.makers,
        ];
        for (const text of texts) {
          expect(text, language).not.toMatch(/'/); // typographic apostrophes (’) only
          expect(wrong(text), `${language}: ${text}`).toBe(false);
        }
      }
    });

    it("sells services as services where the trade sells only services", () => {
      const kinds = OFFLINE_LANGUAGES.flatMap((l) => entry.samples[l].map((s) => s.kind));
      if (servicesOnly(entry)) expect(new Set(kinds)).toEqual(new Set(["service"]));
      if (TRADES[entry.id].sells === "products")
        expect(new Set(kinds)).toEqual(new Set(["product"]));
    });

    it("draws every sample with one of its motifs: 24x24 stroke-only path data", () => {
      const used = new Set(OFFLINE_LANGUAGES.flatMap((l) => entry.samples[l].map((s) => s.motif)));
      for (const motif of used) expect(Object.keys(entry.motifs), motif).toContain(motif);
      for (const motif of Object.keys(entry.motifs))
        expect(used, `motif ${motif} is drawn for no sample`).toContain(motif);
      expect(Object.keys(entry.motifs).length).toBeGreaterThanOrEqual(3);
      for (const [key, d] of Object.entries(entry.motifs)) {
        const points = pathEndPoints(d);
        if (typeof points === "string") throw new Error(`motif ${key} ${points}: ${d}`);
        for (const [x, y] of points) {
          expect(x, `motif ${key}`).toBeGreaterThanOrEqual(0);
          expect(x, `motif ${key}`).toBeLessThanOrEqual(24);
          expect(y, `motif ${key}`).toBeGreaterThanOrEqual(0);
          expect(y, `motif ${key}`).toBeLessThanOrEqual(24);
        }
      }
      expect(new Set(Object.values(entry.motifs)).size, "motifs differ").toBe(
        Object.keys(entry.motifs).length,
      );
    });

    it("writes traits as English keys in lower case, each beside its word in the sample's language", () => {
      const english = new Set(entry.samples.en.flatMap((sample) => sample.traits));
      for (const language of OFFLINE_LANGUAGES) {
        for (const sample of entry.samples[language]) {
          const where = `${language} ${sample.name}: ${sample.traits.join(", ")}`;
          // Beyond English, pairs: the English key, then this language's word (["cat", "chat"]).
          if (language !== "en") expect(sample.traits.length % 2, where).toBe(0);
          const keys =
            language === "en" ? sample.traits : sample.traits.filter((_, i) => i % 2 === 0);
          for (const key of keys) expect(key, where).toBe(key.toLowerCase());
          for (const trait of sample.traits) expect(trait, where).toBe(trait.trim());
          // A key the English catalogue also uses, so a rival named in any language is found.
          if (sample.traits.length)
            expect(
              keys.some((key) => english.has(key)),
              where,
            ).toBe(true);
        }
      }
    });

    it("offers both products and services in every language where the trade sells both", () => {
      if (TRADES[entry.id].sells !== "both") return;
      for (const language of OFFLINE_LANGUAGES) {
        const kinds = new Set(entry.samples[language].map((s) => s.kind));
        expect(kinds, language).toEqual(new Set(["product", "service"]));
      }
    });
  });

  it("uses the same pair of words for a trait across samples, so rivals can be excluded", () => {
    // For each language, an English trait word is always paired with the same translations.
    for (const entry of GROUP_B) {
      for (const language of OFFLINE_LANGUAGES.filter((l) => l !== "en")) {
        const seen = new Map<string, string>();
        for (const sample of entry.samples[language]) {
          for (let k = 0; k + 1 < sample.traits.length; k += 2) {
            const [english, local] = [sample.traits[k]!, sample.traits[k + 1]!];
            const before = seen.get(english);
            if (before !== undefined)
              expect(local, `${entry.id} ${language} ${english}`).toBe(before);
            seen.set(english, local);
          }
        }
      }
    }
  });
});
