/** The languages the storefront speaks, one catalogue each (`<lang>.json`); English the reference. */
export const STORE_LANGUAGES = ["en", "fr", "de", "es", "pt", "it"] as const;
export type StoreLanguage = (typeof STORE_LANGUAGES)[number];

export function isStoreLanguage(value: unknown): value is StoreLanguage {
  return typeof value === "string" && (STORE_LANGUAGES as readonly string[]).includes(value);
}

/** "fr-CA" -> "fr"; a language we have no catalogue for -> "en". */
export function storeLanguageOf(locale: string): StoreLanguage {
  const language = locale.split("-")[0]!.toLowerCase();
  return isStoreLanguage(language) ? language : "en";
}

/**
 * The catalogue language a browser prefers most (Accept-Language, "fr-CH,fr;q=0.9,en;q=0.8"):
 * the highest-weighted tag we have a catalogue for, else English.
 */
export function languageFromAcceptLanguage(header: string | undefined): StoreLanguage {
  let best: StoreLanguage = "en";
  let bestWeight = 0;
  for (const part of (header ?? "").split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    const language = tag.split("-")[0]!.toLowerCase();
    if (isStoreLanguage(language) && weight > bestWeight) {
      best = language;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * The locale storefront pages, mails and prices use: the site document's locale (its region
 * picks number formats, "fr-CA") when it speaks the chosen store language, else the language.
 */
export function storefrontLocale(language: StoreLanguage | null, docLocale: string): string {
  if (!language) return docLocale;
  return docLocale.split("-")[0]!.toLowerCase() === language ? docLocale : language;
}
