import type { Block } from "../doc/schema.ts";
import type { PricingPlan } from "./schema.ts";

/**
 * Sample cards. A pricing card the AI added as an example of what the business might offer (the
 * brief did not name it) carries `sampleOf`: a fingerprint of its name, price and description as
 * the AI wrote them. While the card still matches it, the card is a sample, and publishing warns
 * until it is replaced; once the merchant edits any of the three, the card is theirs, with no flag
 * to remember to clear (as a sample product stops being one when its title, description or price
 * changes). See docs/decisions/0008-sample-cards-by-fingerprint.md.
 */

type CardWords = Pick<PricingPlan, "name" | "price" | "description">;

/** FNV-1a over the card's words: short, stable, the same in the browser and on the server. */
export function sampleFingerprint(card: CardWords): string {
  let hash = 0x811c9dc5;
  for (const char of `${card.name}\u0000${card.price}\u0000${card.description}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function isSampleCard(card: PricingPlan): boolean {
  return card.sampleOf !== "" && card.sampleOf === sampleFingerprint(card);
}

/**
 * How many sample cards the pages still hold: each counted once, also when the same service is
 * shown on the home page and on the services page (a card edited on one page and not the other is
 * still a sample where shoppers see it as written).
 */
export function countSampleCards(pages: readonly { blocks: readonly Block[] }[]): number {
  const samples = new Set<string>();
  const visit = (block: Block): void => {
    if (block.type === "pricing-table")
      for (const card of (block.props as { plans?: PricingPlan[] }).plans ?? [])
        if (isSampleCard(card)) samples.add(card.sampleOf);
    block.children?.forEach(visit);
  };
  for (const page of pages) page.blocks.forEach(visit);
  return samples.size;
}
