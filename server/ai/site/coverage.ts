import type { BriefFacts, Offering } from "../brief/facts.ts";
import type { PlanProduct, SitePlan } from "./plan.ts";

/**
 * Whether a store plan keeps what the brief says: every offering the merchant named is in the
 * catalogue under its name with its price, items the brief did not name are marked as samples,
 * and the plan's language, currency and services mode are the ones understood from the brief.
 * Each problem is a sentence a model can act on; `runTask` sends them back once.
 */
export function coverageProblems(plan: SitePlan, facts: BriefFacts): string[] {
  const problems: string[] = [];
  if (plan.language !== facts.language)
    problems.push(
      `language is "${plan.language}" but the brief is in "${facts.language}"; write every text in that language.`,
    );
  if (plan.currency !== facts.currency)
    problems.push(`currency is ${plan.currency}; the brief's currency is ${facts.currency}.`);
  if (plan.business.sells !== facts.sells)
    problems.push(`business.sells is "${plan.business.sells}"; the brief sells ${facts.sells}.`);

  const named = new Set<number>();
  for (const offering of facts.offerings) {
    const at = plan.products.findIndex((p) => sameName(p.title, offering.name));
    if (at === -1) {
      problems.push(
        `products: the brief names "${offering.name}"${priceWords(offering)}; add it, titled as the brief names it, with sample false.`,
      );
      continue;
    }
    named.add(at);
    const product = plan.products[at]!;
    if (offering.price !== null && product.price !== offering.price)
      problems.push(
        `products[${at}] "${product.title}" must cost ${offering.price} (minor units), as the brief says, not ${product.price ?? "null"}.`,
      );
    if (product.sample)
      problems.push(
        `products[${at}] "${product.title}" is named in the brief; set sample to false.`,
      );
  }
  plan.products.forEach((product: PlanProduct, i) => {
    if (!named.has(i) && !product.sample)
      problems.push(
        `products[${i}] "${product.title}" is not named in the brief; set sample to true, or remove it.`,
      );
  });
  return problems;
}

/** Names compared as a reader would: case, accents, punctuation and spacing aside. */
export function sameName(title: string, name: string): boolean {
  const a = normalName(title);
  const b = normalName(name);
  return a === b || (b.length >= 4 && a.includes(b));
}

function normalName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function priceWords(offering: Offering): string {
  if (offering.price === null) return " (no price given: price null)";
  return ` at ${offering.price} minor units${offering.priceFrom ? " (a 'from' price: priceFrom true)" : ""}`;
}
