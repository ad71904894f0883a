import type { PrimitiveType } from "intl-messageformat";
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import fr from "./fr.json";
import it from "./it.json";
import pt from "./pt.json";
import { formatIn } from "./format.ts";
import { storeLanguageOf, type StoreLanguage } from "./languages.ts";

export {
  STORE_LANGUAGES,
  isStoreLanguage,
  languageFromAcceptLanguage,
  storeLanguageOf,
  type StoreLanguage,
} from "./languages.ts";

/**
 * The storefront's system text (cart, checkout, order pages, 404, product labels, mails) in the
 * store's language: one ICU catalogue per language, English the reference. The merchant's own
 * words (block content) are not here.
 */
export type MessageId = keyof typeof en;

export const CATALOGUES: Record<StoreLanguage, Partial<Record<MessageId, string>>> = {
  en,
  fr,
  de,
  es,
  pt,
  it,
};

/**
 * A message of the storefront catalogue in `locale` ("fr", "fr-FR"...), formatted with its ICU
 * values; a key a language lacks falls back to English. Every language is here, synchronously
 * (the server); the editor's canvas loads only the store's (`load.ts`).
 */
export function t(locale: string, id: MessageId, values?: Record<string, PrimitiveType>): string {
  return formatIn(CATALOGUES[storeLanguageOf(locale)], locale, id, values);
}

/** `t` bound to one locale, as pages and mails pass it around. */
export type Translate = (id: MessageId, values?: Record<string, PrimitiveType>) => string;
export const translator =
  (locale: string): Translate =>
  (id, values) =>
    t(locale, id, values);

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the shopper's language ("DE" -> "Allemagne" in French). */
export function countryName(code: string, locale = "en"): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, "en"], { type: "region" });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** An address field of the checkout form, as a country writes it. */
export type AddressField = "line1" | "line2" | "postalCode" | "city" | "region";

/**
 * How a country orders and names the city, region and postal code: postal code before the city
 * in most of Europe, after it (with a state) in the Americas and Australia, a region only where
 * addresses carry one.
 */
export type AddressFormat = {
  /** The line with postal code, city and region, in the country's order. */
  locality: ("postalCode" | "city" | "region")[];
  regionLabel: MessageId | null;
  postalLabel: MessageId;
};

const POSTAL_FIRST: AddressFormat = {
  locality: ["postalCode", "city"],
  regionLabel: null,
  postalLabel: "storefront.checkout.postalCode",
};
const FORMATS: Record<string, AddressFormat> = {
  US: {
    locality: ["city", "region", "postalCode"],
    regionLabel: "storefront.address.state",
    postalLabel: "storefront.address.zip",
  },
  CA: {
    locality: ["city", "region", "postalCode"],
    regionLabel: "storefront.address.province",
    postalLabel: "storefront.checkout.postalCode",
  },
  AU: {
    locality: ["city", "region", "postalCode"],
    regionLabel: "storefront.address.state",
    postalLabel: "storefront.checkout.postalCode",
  },
  MX: {
    locality: ["postalCode", "city", "region"],
    regionLabel: "storefront.address.state",
    postalLabel: "storefront.checkout.postalCode",
  },
  BR: {
    locality: ["city", "region", "postalCode"],
    regionLabel: "storefront.address.state",
    postalLabel: "storefront.checkout.postalCode",
  },
  IT: {
    locality: ["postalCode", "city", "region"],
    regionLabel: "storefront.address.province",
    postalLabel: "storefront.checkout.postalCode",
  },
  ES: {
    locality: ["postalCode", "city", "region"],
    regionLabel: "storefront.address.province",
    postalLabel: "storefront.checkout.postalCode",
  },
  GB: {
    locality: ["city", "postalCode"],
    regionLabel: null,
    postalLabel: "storefront.address.postcode",
  },
  IE: {
    locality: ["city", "region", "postalCode"],
    regionLabel: "storefront.address.county",
    postalLabel: "storefront.checkout.postalCode",
  },
  JP: {
    locality: ["postalCode", "region", "city"],
    regionLabel: "storefront.address.province",
    postalLabel: "storefront.checkout.postalCode",
  },
  CN: {
    locality: ["region", "city", "postalCode"],
    regionLabel: "storefront.address.province",
    postalLabel: "storefront.checkout.postalCode",
  },
  IN: {
    locality: ["city", "region", "postalCode"],
    regionLabel: "storefront.address.state",
    postalLabel: "storefront.checkout.postalCode",
  },
};

export function addressFormat(country: string): AddressFormat {
  return FORMATS[country] ?? POSTAL_FIRST;
}

/** The postal code, city and region line of an address, in its country's order. */
export function localityLine(address: {
  country: string;
  postalCode: string;
  city: string;
  region: string;
}): string {
  return addressFormat(address.country)
    .locality.map((field) => address[field])
    .filter(Boolean)
    .join(" ");
}

/** A date and time in the store's language and time zone ("7 déc. 2026, 21:05"). */
export function formatDateTime(date: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date);
}
