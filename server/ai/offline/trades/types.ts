import type { IndustryId, Mood } from "../../../../domain/ai-vocabulary.ts";
import type { OfflineLanguage } from "../../brief/facts.ts";

/**
 * What the offline writer knows about one trade, in each language it writes. The writer's
 * language kits (../writer/) write the sentences; a trade gives them its words and its sample
 * catalogue, so copy reads as written for this trade in this language, not translated.
 */

/** The grammatical gender of a noun phrase's head (French, Spanish, Portuguese, Italian, German). */
export type Gender = "m" | "f" | "n";

export type TradeWords = {
  /** What the business is, without article: "bakery", "boulangerie", "Bäckerei". */
  business: string;
  businessGender: Gender;
  /** What it sells, plural, without article: "breads and pastries", "pains et viennoiseries". */
  goods: string;
  goodsGender: Gender;
  /** The craft or service, as a noun: "baking", "la boulangerie" without article: "boulangerie". */
  craft: string;
  /** Who does the work: "our bakers", "nos boulangers" (with its possessive). */
  makers: string;
};

export type SampleOption = {
  name: string;
  /** Each value, with what it adds to the base price in major units (0 when omitted). */
  values: readonly (string | readonly [label: string, addMajor: number])[];
};

export type SampleSeed = {
  /** As a shop in this language would name it. */
  name: string;
  /** One to three sentences, true of any such item (no numbers, awards or claims). */
  description: string;
  /** Price range in major units of EUR/USD-like currencies; the writer rescales per currency. */
  price: readonly [min: number, max: number];
  kind: "product" | "service";
  options?: readonly SampleOption[];
  /** Key of this trade's `motifs`: the illustration drawn for it. */
  motif: string;
  /**
   * Words that make this sample wrong for a brief that says otherwise, in English and in this
   * language: a gold ring has ["gold", "or"], a cat toy ["cat", "chat"]. The writer leaves a
   * sample out when the brief names a rival word of the same kind (silver, dog).
   */
  traits: readonly string[];
};

export type TradeEntry = {
  id: IndustryId;
  moods: readonly Mood[];
  /** Fresh food, flowers: no returns, short delivery windows. */
  perishable: boolean;
  /** Bespoke or made to order by default (lead times rather than stock). */
  madeToOrder: boolean;
  words: Record<OfflineLanguage, TradeWords>;
  /** Six to eight per language, written for that language (not translated word for word). */
  samples: Record<OfflineLanguage, readonly SampleSeed[]>;
  /** 24x24 line drawings (stroke only, SVG path data), one per kind of item the trade sells. */
  motifs: Record<string, string>;
};
