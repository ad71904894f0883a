import type { SitePlan } from "../../site/plan.ts";

/**
 * How much two stores say the same thing word for word: the share of sentences they have in
 * common. The writer's tests hold two stores of one trade from different briefs under 25%, and
 * the AI fidelity benchmark reports the same measure.
 */

/** Sentences shorter than this many words (buttons, "Our story") are not counted. */
const MIN_WORDS = 4;

/** The sentences of a text, normalised (case, spacing, typographic spaces and quotes). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((sentence) =>
      sentence
        .toLowerCase()
        .replace(/[\u00a0\u202f\s]+/gu, " ")
        .replace(/[«»"“”„]/gu, "")
        .replace(/[’]/gu, "'")
        .replace(/\s*[.!?…:;]+$/u, "")
        .trim(),
    )
    .filter((sentence) => sentence.split(" ").length >= MIN_WORDS);
}

/**
 * The share of sentences two texts have in common: sentences found in both, over the number of
 * distinct sentences of the one with fewer. 0 for nothing shared, 1 when one text's sentences all
 * appear in the other.
 */
export function sentenceOverlap(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a.flatMap(sentencesOf));
  const right = new Set(b.flatMap(sentencesOf));
  const smaller = Math.min(left.size, right.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const sentence of left) if (right.has(sentence)) shared++;
  return shared / smaller;
}

export type SamenessOptions = {
  /**
   * Count the sample products' texts (true by default). Samples come from the trade's catalogue
   * and are flagged for the merchant to replace, so stores of a trade share them by design;
   * leaving them out measures the copy written for this merchant.
   */
  samples?: boolean;
};

/** Every text of a plan a shopper reads (words only: no colours, codes or prices). */
export function planTexts(plan: SitePlan, options: SamenessOptions = {}): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (key === "style" || key === "language" || key === "locale" || key === "currency") return;
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, ""));
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  const products =
    options.samples === false ? plan.products.filter((p) => !p.sample) : plan.products;
  walk({ ...plan, products, notes: [] }, "");
  return texts;
}

/** `sentenceOverlap` of two plans' shopper-facing texts. */
export function planOverlap(a: SitePlan, b: SitePlan, options: SamenessOptions = {}): number {
  return sentenceOverlap(planTexts(a, options), planTexts(b, options));
}
