import type { BriefFacts, Offering } from "./brief/facts.ts";
import type { SeoStore } from "./quality.ts";
import { parsePrice } from "./brief/offerings.ts";
import { findPlace } from "./brief/place.ts";
import { recogniseTrade } from "./brief/trade.ts";
import { understandBrief } from "./brief/understand.ts";
import { tradeEntry } from "./offline/trades/index.ts";
import type { TradeWords } from "./offline/trades/types.ts";
import { kitFor } from "./offline/writer/kits/index.ts";
import { INDUSTRY_IDS, type IndustryId } from "../../domain/ai-vocabulary.ts";
import { languageOfLocale, type TextLanguage } from "./brief/language.ts";

/**
 * What the editor's AI actions know about a store once it exists: the brief is not kept with the
 * site, so its facts are read again, by the brief readers (./brief/), from what the site holds:
 * its name, locale and currency, the description in its settings (written from the brief when the
 * store was generated, and the merchant's to edit), its page headings and its catalogue. Every
 * action reads the store the same way, so a suggestion is written and judged against one set of
 * facts: the store's name, trade and place, in the store's language.
 */
export type StoreContext = {
  name: string;
  locale: string;
  currency?: string;
  description?: string;
  /** The trade already read for this store (`SiteContext.industry`); read again when absent. */
  industry?: string;
  /** Headings of the store's pages: they tell the trade when the description is short. */
  headings?: readonly string[];
  products?: readonly { title: string; price: string }[];
};

export type StoreFacts = {
  name: string;
  locale: string;
  description: string;
  /** Town or region, as the description names it ("Lyon", "North Carolina"), or null. */
  place: string | null;
  products: { title: string; price: string }[];
  /** The language the offline writer writes for the store: its locale's, English for another. */
  language: TextLanguage;
  trade: IndustryId;
  /** The brief's facts as the writer takes them, rebuilt from the store. */
  facts: BriefFacts;
};

export function readStore(site: StoreContext): StoreFacts {
  const description = site.description?.trim() ?? "";
  const language = languageOfLocale(site.locale) ?? "en";
  const products = [...(site.products ?? [])];
  const read = understandBrief(description || site.name, { name: site.name, language });
  const trade = tradeOf(description, read.trade.id, site);
  const currency = site.currency ?? read.currency;
  const offerings: Offering[] = products.slice(0, 24).map((p) => ({
    name: p.title.slice(0, 80),
    kind: "product",
    price: priceOf(p.price, currency),
    priceFrom: false,
    options: [],
    details: null,
  }));
  const place = findPlace(description).place;
  return {
    name: site.name,
    locale: site.locale,
    description,
    place,
    products,
    language,
    trade,
    facts: {
      ...read,
      name: site.name.slice(0, 80),
      place,
      locale: /^[a-z]{2}-[A-Z]{2}$/.test(site.locale) ? site.locale : read.locale,
      currency,
      trade: { id: trade, words: read.trade.words },
      offerings: offerings.length > 0 ? offerings : read.offerings,
    },
  };
}

/** The trade given, else the description's, else the one the headings and products point to. */
function tradeOf(description: string, read: string, site: StoreContext): IndustryId {
  for (const id of [site.industry, read])
    if (id && id !== "general" && (INDUSTRY_IDS as readonly string[]).includes(id))
      return id as IndustryId;
  const all = [description, ...(site.headings ?? []), ...(site.products ?? []).map((p) => p.title)];
  return recogniseTrade(all.join(". "));
}

function priceOf(formatted: string, currency: string): number | null {
  const amount = /\d[\d\s.,\u00a0\u202f'’]*/u.exec(formatted)?.[0]?.trim();
  return amount ? parsePrice(amount, currency) : null;
}

/** The trade's words in the store's language: its catalogue's, else made from the brief's nouns. */
export function tradeWordsOf(store: StoreFacts): TradeWords {
  const own = tradeEntry(store.trade)?.words[store.language];
  if (own) return own;
  const kit = kitFor(store.language)!;
  const goods =
    store.facts.trade.words ??
    (store.products.length > 0 ? kit.list(store.products.slice(0, 3).map((p) => p.title)) : null);
  return kit.fallbackWords(goods, store.facts.sells);
}

/** Names a text about the store must not drop when it mentions them: name, place, products. */
export function knownNamesOf(store: StoreFacts): string[] {
  return [store.name, store.place, ...store.products.map((p) => p.title)].filter(
    (n): n is string => !!n && n.trim().length >= 2,
  );
}

/** What search should find the store by (../quality.ts' `seoScore`): name, trade words, place. */
export function seoStoreOf(store: StoreFacts): SeoStore {
  const words = tradeWordsOf(store);
  return {
    name: store.name,
    trade: [words.business, words.goods, store.facts.trade.words].filter(
      (w): w is string => !!w && w.trim().length > 2,
    ),
    place: store.place,
    locale: store.locale,
  };
}
