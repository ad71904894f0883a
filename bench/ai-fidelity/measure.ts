import type { SitePlan } from "../../server/ai/site/plan.ts";

/**
 * The AI fidelity benchmark's measures, as small pure functions over a generated store plan: which
 * of a brief's expected facts reached the store, and which claims
 * it makes that the brief never gave. ../ai-fidelity.bench.ts runs them over generated stores;
 * ../ai-fidelity.test.ts holds them to hand-made plans.
 */

/** What a brief says, as a fixture expects the store to carry it. */
export type FidelityExpect = {
  name?: string;
  place?: string;
  currency?: string;
  language?: string;
  trade?: string;
  sells?: "products" | "services" | "both";
  offerings?: { name: string; price?: number | null }[];
  highlights?: string[];
  /** The brief gives customers' quotes, so a testimonials block is not invented. */
  quotes?: boolean;
  /** The brief gives numbers (years, counts), so a stats block is not invented. */
  numbers?: boolean;
};

export type FactCheck = { fact: string; reached: boolean };

/** Lower case, no accents, typographic quotes and spaces made plain, spacing collapsed. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\u00a0\u202f\s]+/g, " ")
    .trim();
}

/** Every text of a plan a shopper reads (no colours, codes or prices), product titles included. */
export function copyOf(plan: SitePlan): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (["style", "language", "locale", "currency", "notes", "homeSections"].includes(key)) return;
    if (key === "industry" || key === "tone" || key === "sells" || key === "icon") return;
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, ""));
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(plan, "");
  return texts;
}

/** Each fact the fixture expects, and whether the store carries it. */
export function checkFacts(expect: FidelityExpect, plan: SitePlan): FactCheck[] {
  const copy = fold(copyOf(plan).join("\n"));
  const checks: FactCheck[] = [];
  const add = (fact: string, reached: boolean) => checks.push({ fact, reached });
  if (expect.name) add(`name ${expect.name}`, fold(plan.business.name) === fold(expect.name));
  if (expect.place) add(`place ${expect.place}`, copy.includes(fold(expect.place)));
  if (expect.currency) add(`currency ${expect.currency}`, plan.currency === expect.currency);
  if (expect.language) add(`language ${expect.language}`, plan.language === expect.language);
  if (expect.trade) add(`trade ${expect.trade}`, plan.business.industry === expect.trade);
  if (expect.sells) add(`sells ${expect.sells}`, plan.business.sells === expect.sells);
  for (const offering of expect.offerings ?? []) {
    const product = plan.products.find((p) => fold(p.title) === fold(offering.name));
    const priced =
      offering.price === undefined || offering.price === null || product?.price === offering.price;
    add(
      `offering ${offering.name}${offering.price != null ? ` at ${offering.price}` : ""}`,
      Boolean(product) && priced,
    );
  }
  for (const highlight of expect.highlights ?? [])
    add(`highlight ${highlight}`, copy.includes(fold(highlight)));
  return checks;
}

/** Claims a store must not make unless the brief makes them, each with what gives it away. */
const CLAIMS: { kind: string; pattern: RegExp }[] = [
  { kind: "rating", pattern: /\b\d(?:[.,]\d)?\s*\/\s*(?:5|10)\b/giu },
  { kind: "rating", pattern: /[★⭐]/gu },
  {
    kind: "rating",
    pattern: /\b\d(?:[.,]\d)?\s*(?:stars?|étoiles?|sterne?n?|estrellas?|estrelas?|stelle)\b/giu,
  },
  {
    kind: "verified buyer",
    pattern:
      /verified (?:buyer|customer|purchase)|acheteu(?:r|se) vérifié|achat vérifié|verifizierte[rn]? (?:käufer|kunde)|comprador(?:a)? verificad[oa]|acquirente verificat[oa]/giu,
  },
  {
    kind: "day count",
    pattern:
      /\b\d+\s*(?:-|to|à|a|bis)?\s*\d*\s*(?:(?:working |business )?days?|jours?|tagen?|werktagen?|días|dias|giorni|hours?|heures?|stunden|horas|ore|weeks?|semaines?|wochen|semanas|settimane)\b/giu,
  },
  {
    kind: "award or certification",
    pattern:
      /\b(?:awards?|award-winning|prize-winning|primée?s?|preisgekrönt\w*|premiad[oa]s?|premiat[oa]|certified|certifiée?s?|zertifiziert\w*|certificad[oa]s?|certificat[oa])\b/giu,
  },
  { kind: "percentage", pattern: /\b\d+(?:[.,]\d+)?\s*%/gu },
];

export type Claim = { kind: string; text: string };

/**
 * Claims in the store that the brief does not give: ratings, "verified buyer", day counts,
 * awards, certifications and percentages whose words are not in the brief, and testimonials or
 * stats blocks when the brief gives no quotes or numbers.
 */
export function inventedClaims(plan: SitePlan, brief: string, expect: FidelityExpect): Claim[] {
  const said = fold(brief);
  const claims: Claim[] = [];
  for (const text of copyOf(plan)) {
    for (const { kind, pattern } of CLAIMS) {
      for (const match of text.matchAll(pattern)) {
        const digits = match[0].match(/\d+/g) ?? [];
        const given =
          digits.length > 0
            ? digits.every((d) => new RegExp(`(?<!\\d)${d}(?!\\d)`).test(said))
            : said.includes(fold(match[0]));
        if (!given) claims.push({ kind, text: match[0] });
      }
    }
  }
  if (plan.testimonials && !expect.quotes) claims.push({ kind: "testimonials", text: "block" });
  if (plan.stats && !expect.numbers) claims.push({ kind: "stats", text: "block" });
  return claims;
}

/** The p-th percentile of sorted numbers (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
