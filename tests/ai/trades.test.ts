import { describe, expect, it } from "vitest";
import { OFFLINE_LANGUAGES } from "../../server/ai/brief/facts.ts";
import { TRADE_ENTRIES } from "../../server/ai/offline/trades/index.ts";
import { TRAIT_KEYS, traits } from "../../server/ai/offline/trades/traits.ts";
import { isMotifPath } from "../../server/ai/site/art.ts";
import { INDUSTRY_IDS } from "../../domain/ai-vocabulary.ts";

/**
 * The offline trade catalogue (server/ai/offline/trades/): every entry, whichever group wrote
 * it, is complete in the six languages, written for each market rather than translated, and
 * claims nothing a merchant would have to prove.
 */

const entries = [...TRADE_ENTRIES.values()];

/** Claims no sample may make, in any of the six languages (whole words: "provençale" is not "proven"). */
const CLAIMS =
  /\d\s*%|%\s*\d|#\s*1\b|\b\d+\s*(?:stars?|étoiles?|sterne|estrellas|estrelas|stelle)\b|(?<![\p{L}\p{N}])(?:best|award|awards|award-winning|certified|certificate|guaranteed|clinically|proven|cures|organic|bio|biologique|biologisch|ökologisch|ecológic[oa]s?|biológic[oa]s?|biologic[oa]|biologici|biologiche|meilleure?s?|primée?s?|certifiée?s?|garantie?s?|beste[nrs]?|preisgekrönt|zertifiziert|garantiert|mejor(?:es)?|premiad[oa]s?|certificad[oa]s?|garantizad[oa]s?|melhor(?:es)?|miglior[ei]?|premiat[oaie]|certificat[oaie]|garantit[oaie])(?![\p{L}\p{N}])/iu;

describe("the offline trade catalogue", () => {
  it("holds entries for known trades only, each once", () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const [id, entry] of TRADE_ENTRIES) {
      expect(entry.id).toBe(id);
      expect(INDUSTRY_IDS).toContain(id);
      expect(id).not.toBe("general");
    }
  });

  describe.each(entries.map((entry) => [entry.id, entry] as const))("%s", (_id, entry) => {
    it("has its words and six to eight samples in each of the six languages", () => {
      expect(Object.keys(entry.words).sort()).toEqual([...OFFLINE_LANGUAGES].sort());
      expect(Object.keys(entry.samples).sort()).toEqual([...OFFLINE_LANGUAGES].sort());
      expect(entry.moods.length).toBeGreaterThan(0);
      for (const language of OFFLINE_LANGUAGES) {
        const words = entry.words[language];
        for (const field of ["business", "goods", "craft", "makers"] as const) {
          expect(words[field].trim(), `${language} ${field}`).not.toBe("");
        }
        expect(["m", "f", "n"]).toContain(words.businessGender);
        expect(["m", "f", "n"]).toContain(words.goodsGender);
        const samples = entry.samples[language];
        expect(samples.length, language).toBeGreaterThanOrEqual(6);
        expect(samples.length, language).toBeLessThanOrEqual(8);
        const names = samples.map((sample) => sample.name.toLowerCase());
        expect(new Set(names).size, `${language} names are unique`).toBe(names.length);
      }
    });

    it("prices, options and traits every sample", () => {
      for (const language of OFFLINE_LANGUAGES) {
        for (const sample of entry.samples[language]) {
          const where = `${language} ${sample.name}`;
          const [min, max] = sample.price;
          expect(min, where).toBeGreaterThan(0);
          expect(max, where).toBeGreaterThanOrEqual(min);
          expect(["product", "service"]).toContain(sample.kind);
          for (const option of sample.options ?? []) {
            expect(option.name.trim(), where).not.toBe("");
            expect(option.values.length, where).toBeGreaterThanOrEqual(2);
          }
          const sentences = sample.description.split(/(?<=[.!?])\s+/).filter(Boolean);
          expect(sentences.length, where).toBeGreaterThanOrEqual(1);
          expect(sentences.length, where).toBeLessThanOrEqual(3);
          expect(
            sample.traits.every((trait) => trait.trim() !== ""),
            where,
          ).toBe(true);
        }
      }
    });

    it("draws every sample with a motif of its own, in valid path data", () => {
      const keys = Object.keys(entry.motifs);
      expect(keys.length).toBeGreaterThan(1);
      for (const [key, path] of Object.entries(entry.motifs)) {
        expect(key).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
        expect(isMotifPath(path), `${key}: ${path}`).toBe(true);
        const numbers = (path.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
        expect(
          numbers.every((n) => n >= -24 && n <= 24),
          `${key} stays in 24x24`,
        ).toBe(true);
      }
      const used = new Set<string>();
      for (const language of OFFLINE_LANGUAGES) {
        for (const sample of entry.samples[language]) {
          expect(keys, `${language} ${sample.name}`).toContain(sample.motif);
          used.add(sample.motif);
        }
      }
      expect([...used].sort(), "every motif is drawn for some sample").toEqual(keys.sort());
    });

    it("makes no claims a merchant would have to prove", () => {
      for (const language of OFFLINE_LANGUAGES) {
        for (const sample of entry.samples[language]) {
          const text = `${sample.name} ${sample.description}`;
          expect(text, `${language} ${sample.name}`).not.toMatch(CLAIMS);
          expect(sample.description, `${language} ${sample.name}: no numbers`).not.toMatch(/\d/);
        }
      }
    });

    it("is written for each market, not translated word for word", () => {
      const names = (language: (typeof OFFLINE_LANGUAGES)[number]) =>
        new Set(entry.samples[language].map((sample) => sample.name.toLowerCase()));
      for (const a of OFFLINE_LANGUAGES) {
        for (const b of OFFLINE_LANGUAGES) {
          if (a >= b) continue;
          const shared = [...names(a)].filter((name) => names(b).has(name));
          expect(shared.length, `${a} and ${b} share ${shared.join(", ")}`).toBeLessThanOrEqual(2);
        }
        const descriptions = entry.samples[a].map((sample) => sample.description);
        for (const b of OFFLINE_LANGUAGES) {
          if (a === b) continue;
          const theirs = new Set(entry.samples[b].map((sample) => sample.description));
          expect(
            descriptions.filter((d) => theirs.has(d)),
            `${a} and ${b}`,
          ).toEqual([]);
        }
      }
    });

    it("gives the English key beside every known trait word of the sample's language", () => {
      // The writer reasons on the English keys (gold is a rival of silver): a sample that says
      // "argent" must also say "silver", or a French brief for silver could still get gold.
      for (const language of OFFLINE_LANGUAGES) {
        if (language === "en") continue;
        for (const sample of entry.samples[language]) {
          for (const key of TRAIT_KEYS) {
            if (!sample.traits.includes(traits(language, key).at(-1)!)) continue;
            expect(sample.traits, `${language} ${sample.name}`).toContain(key);
          }
        }
      }
    });
  });
});
