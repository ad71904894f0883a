import { TRADES, type IndustryId } from "../../../domain/ai-vocabulary.ts";
import { ZBriefFacts, type BriefFacts, type Offering, type Sells } from "./facts.ts";
import { detectBriefLanguage } from "./language.ts";
import { findName } from "./name.ts";
import { explicitCurrency, findPlace, regionOf } from "./place.ts";
import { recogniseTrade, tradeWords } from "./trade.ts";
import { findDelivery } from "./delivery.ts";
import { findOfferings } from "./offerings.ts";
import { findColours, findFonts, findThemeHints } from "./style.ts";
import { findAudience, findAvoid, findHighlights, findMood, findTone } from "./voice.ts";

/**
 * Reads a merchant's brief into `BriefFacts`, without a model: the first step of every
 * generation, and what the wizard shows as "what we understood". Deterministic: the same brief
 * and hints give the same facts. Each fact has its own reader in this folder (language, place and
 * money, trade, name, offerings, delivery, style, voice); this only puts them together.
 *
 * The hints are what the wizard's fields say besides the description (a name typed on its own, a
 * trade chosen from the list, a language picked); they win over what is read from the text.
 */
export type BriefHints = {
  name?: string;
  industry?: IndustryId;
  language?: string;
};

export function understandBrief(description: string, hints: BriefHints = {}): BriefFacts {
  const text = description.replace(/[ \t]+/g, " ").trim();
  const language = hints.language || detectBriefLanguage(text);
  const { place, country } = findPlace(text);
  const named = explicitCurrency(text, country);
  const { locale, currency } = regionOf(language, country, named);
  const avoid = findAvoid(text);
  // "Nothing about fast fashion" says nothing of the trade.
  const told = avoid.reduce((rest, phrase) => rest.split(phrase).join(" "), text);
  const trade = hints.industry ?? recogniseTrade(told);
  // "We don't sell bikes, we repair them": a bike shop's trade, a repairer's offerings.
  const base = SELLS_NO_PRODUCTS.test(told) ? "services" : TRADES[trade].sells;
  const offerings = findOfferings(text, { currency, language, sells: base, place });
  const name = hints.name?.trim() || findName(text, place);
  return ZBriefFacts.parse({
    language,
    name: name ? name.slice(0, 80) : null,
    place,
    country,
    locale,
    currency,
    trade: { id: trade, words: tradeWords(text) },
    sells: sellsOf(base, offerings, told),
    offerings,
    delivery: findDelivery(text, trade),
    audience: findAudience(text),
    tone: findTone(text),
    mood: findMood(text),
    colors: findColours(text, name),
    fonts: findFonts(text),
    themeHints: findThemeHints(text),
    avoid,
    highlights: findHighlights(text),
  });
}

/**
 * Products, services or both: the trade's default, widened when the brief names offerings of the
 * other kind ("a violin maker who also does repairs", "a bakery with baking classes").
 */
function sellsOf(base: Sells, offerings: Offering[], text: string): Sells {
  const kinds = new Set(offerings.map((offering) => offering.kind));
  if (SERVICE_VERBS.test(text)) kinds.add("service");
  const hasProducts = base !== "services" || kinds.has("product");
  const hasServices = base !== "products" || kinds.has("service");
  return hasProducts && hasServices ? "both" : hasServices ? "services" : "products";
}

/** Verbs and nouns that say the business also does work for people, in six languages. */
const SERVICE_VERBS =
  /(?<![\p{L}])(?:lessons|classes|workshops|repair\p{L}*|servicing|consultations?|commissions|cours|ateliers|répar\p{L}*|unterricht|kurse|workshops|reparier\p{L}*|reparatur\p{L}*|clases|talleres|reparaci\p{L}+|reparamos|reparar|aulas|oficinas|consert\p{L}*|reparaç\p{L}+|lezioni|corsi|laboratori|riparazion\p{L}*|ripar(?:iamo|are|a|o)?)(?![\p{L}])/iu;

/** The brief says it sells no goods ("I don't sell instruments", "wir verkaufen keine Räder"). */
const SELLS_NO_PRODUCTS =
  /(?:(?:don't|do not|doesn't|does not|never)\s+sell|(?:ne|n')\s*(?:vend|vendons|vends)\s+(?:pas|plus|aucun)|(?:verkaufen?|verkauft)\s+(?:keine|nicht)|no\s+vend(?:o|emos|e)|não\s+vend(?:o|emos|e)|non\s+vend(?:o|iamo|e))(?![\p{L}])/iu;
