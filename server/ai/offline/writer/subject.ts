import { formatMinor } from "../../../../domain/money.ts";
import type { BriefFacts } from "../../brief/facts.ts";
import type { TradeEntry } from "../trades/types.ts";
import type { LanguageKit, Subject } from "./kit.ts";

/**
 * The brief's facts made ready to write with: the trade's words in the kit's language (or words
 * from the brief's own nouns when the trade has no entry), the named offerings split by kind, the
 * lowest stated price formatted for the store. The name is filled in by the composer when the
 * brief gives none (it is drawn from the kit, which needs the rest of the subject).
 */
export function subjectOf(
  facts: BriefFacts,
  entry: TradeEntry | undefined,
  kit: LanguageKit,
  locale: string,
): Subject {
  const own = entry?.words[kit.language];
  const offerings = facts.offerings;
  const products = offerings.filter((o) => o.kind === "product").map((o) => o.name);
  const services = offerings.filter((o) => o.kind === "service").map((o) => o.name);
  const briefGoods =
    facts.trade.words ??
    (offerings.length > 0 ? kit.list(offerings.slice(0, 3).map((o) => o.name)) : null);
  // Whole amounts print without decimals ("45 €", "$45"), as shops write them.
  const price = (minor: number) =>
    formatMinor(minor, facts.currency, locale).replace(/([.,])00(?!\d)/, "");
  const prices = offerings.map((o) => o.price).filter((p): p is number => p !== null && p > 0);
  const delivery = {
    ...facts.delivery,
    perishable: facts.delivery.perishable || (entry?.perishable ?? false),
    madeToOrder: facts.delivery.madeToOrder || (entry?.madeToOrder ?? false),
  };
  return {
    name: facts.name ?? "",
    place: facts.place,
    trade: entry?.id ?? "general",
    words: own ?? kit.fallbackWords(briefGoods, facts.sells),
    wordsFromBrief: !own && briefGoods !== null,
    products,
    services,
    named: [...products, ...services],
    lowestPrice: prices.length > 0 ? price(Math.min(...prices)) : null,
    highlights: facts.highlights,
    audience: facts.audience,
    sells: facts.sells,
    delivery,
    tone: facts.tone,
    locale,
    currency: facts.currency,
    price,
  };
}
