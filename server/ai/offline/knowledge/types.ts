import type { IconName } from "../../../../blocks/shared/icons.tsx";
import type { HomeSection, IndustryId, Mood } from "../../site/vocabulary.ts";

/**
 * What the offline generator knows about one kind of shop. Text may use these variables, filled
 * by ../copy.ts; a template that names {place} is only chosen when the brief gave a place:
 *   {name}   the business name             {place}  town or region ("Lisbon")
 *   {noun}   what the shop sells            {goods}  the items, plural
 *   {makers} who makes them ("our roasters")
 *   {threshold} the free-shipping threshold in the store's currency ("$50")
 */
export type Point = { icon: IconName; title: string; text: string };

export type OptionSeed = {
  name: string;
  /** Each value, with what it adds to the base price in major units (0 when omitted). */
  values: readonly (string | readonly [label: string, addMajor: number])[];
};

export type ProductSeed = {
  title: string;
  /** Two to four sentences. */
  description: string;
  /** Price range in major units; the generator picks a round price inside it. */
  price: readonly [min: number, max: number];
  options?: readonly OptionSeed[];
  /** Shown on sale (a "was" price about 20% higher). */
  onSale?: boolean;
};

export type IndustryKnowledge = {
  id: IndustryId;
  /** Words in a brief that point here, with weights (2 = a strong sign, 1 = a hint). */
  keywords: readonly (readonly [word: string, weight: number])[];
  noun: string;
  goods: string;
  makers: string;
  /** Moods that suit this trade, the most fitting first. */
  moods: readonly Mood[];
  /** Orders of home sections that work for this trade (one is chosen). */
  recipes: readonly (readonly HomeSection[])[];
  eyebrows: readonly string[];
  heroHeadings: readonly string[];
  heroSubheadings: readonly string[];
  taglines: readonly string[];
  announcements: readonly string[];
  valueProps: readonly Point[];
  collection: { headings: readonly string[]; texts: readonly string[] };
  story: { headings: readonly string[]; paragraphs: readonly (readonly string[])[] };
  stats: readonly { value: string; label: string }[];
  testimonials: readonly { quote: string; name: string; detail: string }[];
  faqs: readonly { question: string; answer: string }[];
  gallery: readonly { alt: string; caption: string }[];
  products: readonly ProductSeed[];
  productNote: string;
  /** Free-shipping threshold in major units, for {threshold} (default 50). */
  freeShippingOver?: number;
  /** What the pictures show, for alt text of the generated illustrations. */
  art: { hero: string; story: string };
};
