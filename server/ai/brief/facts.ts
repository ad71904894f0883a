import { z } from "zod";
import { ZFontFamily, ZHexColor } from "../../../blocks/theme/index.ts";
import { MOODS, TONES } from "../../../domain/ai-vocabulary.ts";

/**
 * What Pegasus understood of a merchant's brief, before a word of the store is written: the one
 * structure both writers (offline and model) build from, that the wizard shows as "what we
 * understood" for the merchant to correct, and that the coverage check holds a plan against.
 *
 * Everything here is the merchant's own: names, offerings and phrases keep the brief's words and
 * language. A fact the brief does not give is null, false or empty, never guessed; the writers
 * write around what is missing rather than inventing it.
 *
 * The merchant edits this in the wizard, so it is outside input: every string is bounded and the
 * schema is the validation at the edge.
 */

/** Languages the built-in writer writes whole stores in; any other goes to a model. */
export const OFFLINE_LANGUAGES = ["en", "fr", "de", "es", "pt", "it"] as const;
export type OfflineLanguage = (typeof OFFLINE_LANGUAGES)[number];

export const SELLS = ["products", "services", "both"] as const;
export type Sells = (typeof SELLS)[number];

export const COLOR_ROLES = ["primary", "accent", "background", "text"] as const;
export const THEME_HINTS = ["dark", "light", "cream", "pastel"] as const;

const words = (max: number) => z.string().trim().min(1).max(max);

export const ZOffering = z.object({
  /** As the merchant named it: "Pain de campagne", "Violin set-up". */
  name: words(80),
  kind: z.enum(["product", "service"]),
  /** In minor units of the store's currency; null when the brief gives no price. */
  price: z.number().int().min(0).max(100_000_000).nullable(),
  /** "from 40 €", "à partir de": the price is where it starts. */
  priceFrom: z.boolean(),
  options: z.array(z.object({ name: words(30), values: z.array(words(30)).min(1).max(8) })).max(3),
  /** What the brief says about it beyond name and price, in its words. */
  details: z.string().trim().max(300).nullable(),
});
export type Offering = z.infer<typeof ZOffering>;

export const ZDeliveryFacts = z.object({
  /** Ships by post or courier; null when the brief does not say. */
  shipping: z.boolean().nullable(),
  localPickup: z.boolean(),
  localDelivery: z.boolean(),
  /** Fresh food, flowers: no returns, short delivery windows. */
  perishable: z.boolean(),
  /** Made or done to order (bespoke, commissions): lead times instead of stock. */
  madeToOrder: z.boolean(),
  /** As the brief puts it: "3 to 4 weeks", "48 h". */
  leadTime: z.string().trim().max(60).nullable(),
  /** Where it delivers or works: "Lyon and around", "within 10 km". */
  area: z.string().trim().max(80).nullable(),
});
export type DeliveryFacts = z.infer<typeof ZDeliveryFacts>;

export const ZBriefFacts = z.object({
  /** BCP 47 primary tag of the brief's language ("fr"). */
  language: z.string().regex(/^[a-z]{2}$/, "a language is a two-letter code such as fr"),
  name: z.string().trim().min(1).max(80).nullable(),
  /** Town or region, as written: "Lyon", "North Carolina", "Cambridge, Massachusetts". */
  place: z.string().trim().min(1).max(80).nullable(),
  /** ISO 3166-1 alpha-2, when the place or the brief says. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  /** The store's locale ("fr-FR") and currency ("EUR"), from country, language and brief. */
  locale: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/, "a locale looks like fr-FR"),
  currency: z.string().regex(/^[A-Z]{3}$/, "a currency is a three-letter ISO code such as EUR"),
  trade: z.object({
    /** A trade of the catalogue, or "general" when none fits. */
    id: z.string().regex(/^[a-z][a-z-]*$/),
    /** What it sells in the brief's own words ("violins and bows"), for any trade. */
    words: z.string().trim().max(80).nullable(),
  }),
  sells: z.enum(SELLS),
  offerings: z.array(ZOffering).max(24),
  delivery: ZDeliveryFacts,
  audience: z.string().trim().max(120).nullable(),
  tone: z.enum(TONES),
  mood: z.enum(MOODS).nullable(),
  colors: z
    .array(
      z.object({
        word: words(40),
        hex: ZHexColor,
        /** The role the brief gives it ("navy buttons", "a cream background"), when it does. */
        role: z.enum(COLOR_ROLES).nullable(),
      }),
    )
    .max(4),
  fonts: z.array(z.object({ asked: words(60), font: ZFontFamily })).max(2),
  themeHints: z.array(z.enum(THEME_HINTS)).max(2),
  /** Things the store must not say ("no mention of vegan", "don't say cheap"). */
  avoid: z.array(words(120)).max(10),
  /** Other facts worth saying, short and in the brief's words ("organic flour", "since 1987"). */
  highlights: z.array(words(160)).max(12),
});
export type BriefFacts = z.infer<typeof ZBriefFacts>;
