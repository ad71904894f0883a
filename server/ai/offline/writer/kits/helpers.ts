import type { Random } from "../../random.ts";
import type { Subject } from "../kit.ts";

/**
 * Small helpers every kit writes with: drawing one of the brief's facts for a candidate, and
 * casing. Language rules (articles, agreement, typography) stay in each kit.
 */

/** One named offering of the brief, or null when it names none. */
export function oneNamed(s: Subject, r: Random): string | null {
  return s.named.length > 0 ? r.pick(s.named) : null;
}

/** One highlight of the brief, or null. */
export function oneHighlight(s: Subject, r: Random): string | null {
  return s.highlights.length > 0 ? r.pick(s.highlights) : null;
}

/** Up to `count` named offerings, in the brief's order. */
export function firstNamed(s: Subject, count: number): string[] | null {
  return s.named.length > 0 ? s.named.slice(0, count) : null;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  // Keep acronyms and names written in capitals ("DIY", "IKEA") as they are.
  return /^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Services are what the business sells (services mode, or both with services named). */
export function sellsServices(s: Subject): boolean {
  return s.sells !== "products";
}

/** Only services: no cart, no shipping, no returns. */
export function onlyServices(s: Subject): boolean {
  return s.sells === "services";
}

/** Goods are what the business sells (products or both): carts, orders, checkout. */
export function sellsGoods(s: Subject): boolean {
  return s.sells !== "services";
}

/**
 * Names for a business whose brief gives none, as shops are often named after where they stand:
 * a sign ("Mill Lane Bakery", "Comptoir des Lilas") from a first word (the trade's business word,
 * or a house word) and a street. Every pair is a candidate, drawn by the brief's own random
 * source, so two nameless stores of a trade rarely share a name and, with it, their sentences.
 */
export function streetNames(
  firsts: readonly string[],
  streets: readonly string[],
  join: (first: string, street: string) => string = (first, street) => `${first} ${street}`,
): string[] {
  return firsts.flatMap((first) => streets.map((street) => join(first, street)));
}
