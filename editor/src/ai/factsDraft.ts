import { parseDecimalAmount, toDecimalString } from "../../../domain/money.ts";
import type { BriefFacts, Offering } from "../../../server/ai/brief/facts.ts";

/**
 * "What we understood" while the merchant edits it: the facts as the server read them, with each
 * offering's price kept as typed ("4,50") until it is sent. `toFacts` turns the draft back into
 * facts for `ai.generateSite`, or says which inputs need a change, next to which field.
 */
export type OfferingDraft = Omit<Offering, "price"> & { key: string; priceText: string };
export type FactsDraft = Omit<BriefFacts, "offerings"> & { offerings: OfferingDraft[] };

let nextKey = 0;
const newKey = () => `offering-${++nextKey}`;

export function toDraft(facts: BriefFacts): FactsDraft {
  return {
    ...facts,
    offerings: facts.offerings.map((offering) => ({
      ...offering,
      key: newKey(),
      priceText: offering.price === null ? "" : toDecimalString(offering.price, facts.currency),
    })),
  };
}

export function blankOffering(sells: BriefFacts["sells"]): OfferingDraft {
  return {
    key: newKey(),
    name: "",
    kind: sells === "services" ? "service" : "product",
    priceText: "",
    priceFrom: false,
    options: [],
    details: null,
  };
}

/** Errors keyed by field: `offering-3.name`, `offering-3.price`. */
export type DraftErrors = Record<string, string>;

/**
 * The facts to generate from, in the language the merchant chose (the locale follows it, keeping
 * the store's region: French for a shop in Geneva is fr-CH).
 */
export function toFacts(
  draft: FactsDraft,
  chosen: { name: string; language: string },
): { facts: BriefFacts; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const offerings: Offering[] = [];
  for (const { key, priceText, ...offering } of draft.offerings) {
    const name = offering.name.trim();
    if (!name) errors[`${key}.name`] = "Name it, or remove it.";
    else if (name.length > 80) errors[`${key}.name`] = "Keep the name under 80 characters.";
    const price = priceText.trim()
      ? parseDecimalAmount(priceText, draft.currency, { decimalComma: true })
      : null;
    if (priceText.trim() && price === null)
      errors[`${key}.price`] =
        `Write a price such as ${toDecimalString(450, draft.currency)}, or leave it empty.`;
    offerings.push({ ...offering, name, price });
  }
  const region = draft.country ?? draft.locale.slice(3);
  const locale =
    draft.locale.slice(0, 2) === chosen.language ? draft.locale : `${chosen.language}-${region}`;
  const clean = (list: string[]) => list.map((item) => item.trim()).filter(Boolean);
  const facts: BriefFacts = {
    ...draft,
    name: chosen.name.trim() || null,
    place: draft.place?.trim() || null,
    language: chosen.language,
    locale,
    trade: { ...draft.trade, words: draft.trade.words?.trim() || null },
    offerings,
    delivery: {
      ...draft.delivery,
      leadTime: draft.delivery.leadTime?.trim() || null,
      area: draft.delivery.area?.trim() || null,
    },
    avoid: clean(draft.avoid),
    highlights: clean(draft.highlights),
  };
  return { facts, errors };
}
