import type { IconName } from "../../../../blocks/shared/icons.tsx";
import type { DeliveryFacts, OfflineLanguage, Sells } from "../../brief/facts.ts";
import type { IndustryId, Tone } from "../../../../domain/ai-vocabulary.ts";
import type { Random } from "../random.ts";
import type { TradeWords } from "../trades/types.ts";

/**
 * A language kit: every sentence of a store the offline writer writes, in one language, written
 * for that language (not translated). The composer (./compose.ts) decides which slots a store
 * needs from the brief's facts, draws one variant per slot with the store's seeded random source
 * and fits it to the plan's length limits; a kit only says what can be said.
 *
 * How to write a kit (./kits/en.ts and ./kits/fr.ts are the models):
 *
 * - Every slot is a function of the `Subject` (the brief's facts, ready to write with) and a
 *   random source, returning candidates. A candidate that needs a fact the brief did not give is
 *   `null` (write `s.place && \`…${s.place}…\``): the composer skips it, so a missing fact never
 *   leaves a hole. Give every headline slot six or more candidates and let most of them carry a
 *   fact (name, place, goods, a named product, a highlight, the audience): two stores of the same
 *   trade must share under a quarter of their sentences (./sameness.ts measures it).
 * - Draw with `r` only when a candidate itself needs a choice (which named product to mention);
 *   never from `Math.random`, so the same brief and seed give the same store.
 * - Write candidates within the plan's limits (given beside each slot, in characters); a longer
 *   one is used only when no other fits, and then cut at a word.
 * - Nothing invented: no ratings, counts, reviews, awards, certifications, health or efficacy
 *   claims, no number of days and no refund window. Delivery, returns and booking answers say
 *   only what `s.delivery` says; where the brief is silent, say the merchant will confirm.
 * - Typography and spelling per locale go in `finish` (the composer runs it over every text):
 *   French non-breaking spaces before ; : ! ? » and after «, American spelling for en-US...
 * - Prices are always `s.price(minor)` (domain/money.ts with the store's locale and currency),
 *   "from" prices `kit.from(s.price(minor))`.
 */

/** A candidate, or nothing when it needs a fact the brief does not give. */
export type Maybe<T> = T | null | undefined | false | "";

/** The candidates for one slot. */
export type Variants<T = string> = (s: Subject, r: Random) => readonly Maybe<T>[];

/**
 * A paragraph written as a sequence of sentence slots: one candidate is drawn from each (a slot
 * whose candidates are all missing is skipped) and the sentences are joined with a space. This
 * multiplies the variety of long texts without writing every combination.
 */
export type Paragraph = readonly Variants[];

/** A highlight, value or product-page point: an icon and a short title over one sentence. */
export type Point = { icon: IconName; title: string; text: string };

export type QA = { question: string; answer: string };

/** What the kit writes with: the brief's facts, with names and words resolved for writing. */
export type Subject = {
  /** The business name: the brief's, or one the composer made from its words. */
  name: string;
  /** Town or region as the brief wrote it, or null. */
  place: string | null;
  trade: IndustryId;
  /**
   * The trade's words in this language (./trades), or, for "general" and any trade without an
   * entry, words made from the brief's own nouns by `kit.fallbackWords`.
   */
  words: TradeWords;
  /** True when `words.goods` is the brief's own phrase rather than a catalogue's. */
  wordsFromBrief: boolean;
  /** Names of the products the brief named, in its order and words (may be empty). */
  products: readonly string[];
  /** Names of the services the brief named, in its order and words (may be empty). */
  services: readonly string[];
  /** `products` then `services`: every named offering. */
  named: readonly string[];
  /** The lowest price the brief gives, formatted ("4,50 €"), or null. */
  lowestPrice: string | null;
  /** Short facts in the brief's words ("organic flour", "since 1987"). */
  highlights: readonly string[];
  /** Who it is for, in the brief's words ("new parents"), or null. */
  audience: string | null;
  sells: Sells;
  delivery: DeliveryFacts;
  tone: Tone;
  locale: string;
  currency: string;
  /** A price in minor units of the store's currency, formatted for its locale. */
  price(minor: number): string;
};

/** Questions and answers by topic; the composer picks the topics the facts call for. */
export type FaqKit = {
  /** Group headings: about the business and its goods, about orders, about booking. */
  groupHeadings: { about: Variants; orders: Variants; booking: Variants };
  /** What do you sell/make: names the offerings and goods. */
  offer: Variants<QA>;
  /** Where are you: needs `s.place`. */
  where: Variants<QA>;
  /** Who is it for: needs `s.audience`. */
  audience: Variants<QA>;
  /** A highlight of the brief, asked about ("Is the flour organic?" style, kept generic). */
  highlight: Variants<QA>;
  /** Ships by post (`delivery.shipping` true): no number of days, no price promised. */
  shipping: Variants<QA>;
  /** Does not ship (`delivery.shipping` false): collect or local delivery only. */
  noShipping: Variants<QA>;
  /** The brief says nothing about shipping: the merchant confirms options at checkout. */
  shippingUnknown: Variants<QA>;
  /** Local pickup (`delivery.localPickup`). */
  pickup: Variants<QA>;
  /** Local delivery (`delivery.localDelivery`, `delivery.area` when given). */
  localDelivery: Variants<QA>;
  /** Fresh goods: no returns on them, collected or delivered the same day. */
  perishable: Variants<QA>;
  /** Made to order: with `delivery.leadTime` when given, else "we confirm when you order". */
  madeToOrder: Variants<QA>;
  /** Returns of goods that are neither fresh nor made to order: no window promised. */
  returns: Variants<QA>;
  /** Made-to-order returns: made for you, so talk to us first. */
  returnsMadeToOrder: Variants<QA>;
  /** Services: how booking works (ask, confirm a time, "from" prices). */
  booking: Variants<QA>;
  /** Services: what a service costs ("from" prices, quotes on request). */
  servicePrices: Variants<QA>;
  /** Services: changing or cancelling an appointment (no fee or window invented). */
  reschedule: Variants<QA>;
  /** Paying (products): at checkout, securely. */
  payment: Variants<QA>;
  /** Another question: how to reach the merchant. */
  contact: Variants<QA>;
};

/** Notes for the merchant: what the brief asked that the plan could not honour, and samples. */
export type NotesKit = {
  /** A font asked for that is not among the curated fonts; `font` is the nearest used. */
  font(asked: string, font: string): string;
  /** A colour asked for that could not keep text readable, so it moved to another role. */
  colour(word: string): string;
  /** No products were named and the trade has no samples: the catalogue starts empty. */
  noProducts(): string;
  /** A sample left out because it contradicted the brief ("gold", brief says silver). */
  avoided(word: string): string;
};

export type LanguageKit = {
  language: OfflineLanguage;
  /** The locales this kit writes for; the first is the default for the language. */
  locales: readonly string[];
  /** Locale typography and spelling, run over every text of the plan. */
  finish(text: string, locale: string): string;
  /**
   * Joins the kit's words to the merchant's, run over whole texts after `finish`: French
   * « de Le Fournil » → « du Fournil », « à Les Halles » → « aux Halles ». Identity elsewhere.
   */
  contract(text: string): string;
  /** Words for a store whose trade has no entry: from the brief's noun phrase, or generic. */
  fallbackWords(goods: string | null, sells: Sells): TradeWords;
  /** A business name when the brief gives none ("Atelier de Lyon"), from its words and place. */
  fallbackName: Variants;
  /** "from 40 €" / "à partir de 40 €", around an already formatted price. */
  from(price: string): string;
  /** The word shown for a sample item ("Sample", "Exemple"), and "on request" for no price. */
  sampleLabel: string;
  onRequest: string;
  /** "a, b and c" in this language. */
  list(items: readonly string[]): string;

  tagline: Variants; // 90
  announcement: Variants; // 120
  description: Variants; // 300: the business in two sentences
  hero: {
    eyebrow: Variants; // 30
    heading: Variants; // 70
    subheading: Variants; // 200
    primaryButton: Variants; // 30: to the shop, or to booking in services mode
    secondaryButton: Variants; // 30: to the story
    imageAlt: Variants; // 160
  };
  highlights: { heading: Variants; items: Variants<Point> }; // 60; points 60/200
  collection: { eyebrow: Variants; heading: Variants; text: Variants }; // 30, 80, 240
  story: {
    eyebrow: Variants; // 30
    heading: Variants; // 80
    paragraphs: readonly Paragraph[]; // 400 each; 1 to 3 used
    buttonLabel: Variants; // 30
    imageAlt: Variants; // 160
    caption: Variants; // 160, may be all missing
  };
  featured: { eyebrow: Variants; detailsLabel: Variants }; // 30, 30
  gallery: { heading: Variants; alt: Variants; caption: Variants }; // 80; 160, 120 per picture
  newsletter: { heading: Variants; text: Variants; buttonLabel: Variants; success: Variants };
  closing: { heading: Variants; text: Variants; buttonLabel: Variants }; // 100, 300, 30
  shop: { heading: Variants; intro: Variants }; // 80, 300
  /** Services mode: the services page, with "from" prices and a booking or contact call. */
  services: { heading: Variants; intro: Variants; buttonLabel: Variants }; // 80, 300, 30
  productPage: { note: Variants; points: Variants<Point> }; // 160; 3 points
  about: {
    eyebrow: Variants;
    heading: Variants;
    subheading: Variants; // 200
    paragraphs: readonly Paragraph[]; // 500 each; 2 to 4 used
    values: { heading: Variants; items: Variants<Point> }; // 3 points
    closing: { heading: Variants; text: Variants; buttonLabel: Variants };
  };
  contact: {
    heading: Variants;
    intro: Variants; // 300
    formHeading: Variants; // 60
    formText: Variants; // 200
    success: Variants; // 160
    asideHeading: Variants; // 60
    asideText: Variants; // 400
  };
  faq: { heading: Variants; intro: Variants } & FaqKit;
  footer: Variants; // 200
  seo: {
    home: { title: Variants; description: Variants }; // 60, 160
    shop: { title: Variants; description: Variants };
    about: { title: Variants; description: Variants };
    contact: { title: Variants; description: Variants };
    faq: { title: Variants; description: Variants };
  };
  /** Product texts. `item` is the offering's name; `details` the brief's words about it. */
  product: {
    /** Two to four sentences for a named offering (700): its details first, then facts. */
    description: (s: Subject, r: Random, item: NamedItem) => readonly Maybe<string>[];
    /** One sentence added after a sample's own description, tying it to this store. */
    sampleLine: (s: Subject, r: Random, item: NamedItem) => readonly Maybe<string>[];
    /** Alt text of a product's illustration (160). */
    imageAlt: (s: Subject, item: NamedItem) => string;
    /** "Size: small, medium or large." */
    options: (name: string, labels: readonly string[]) => string;
  };
  notes: NotesKit;
};

/** An item of the catalogue as the product slots see it. */
export type NamedItem = {
  name: string;
  kind: "product" | "service";
  details: string | null;
  /** Formatted price ("4,50 €"), or null when on request. */
  price: string | null;
  priceFrom: boolean;
};
