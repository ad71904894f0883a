import en from "./en.json";
import { formatIn, type Catalogue } from "./format.ts";
import type { Translate } from "./index.ts";
import { storeLanguageOf, type StoreLanguage } from "./languages.ts";

/**
 * The storefront's words for the editor's canvas, one language at a time (decision 0016,
 * "Cost"): English is here, every other language is its own chunk, loaded when a store speaks
 * it. The server keeps `t` and `translator` (`index.ts`), which hold every language synchronously.
 */
const LOADERS: Record<Exclude<StoreLanguage, "en">, () => Promise<{ default: Catalogue }>> = {
  fr: () => import("./fr.json"),
  de: () => import("./de.json"),
  es: () => import("./es.json"),
  pt: () => import("./pt.json"),
  it: () => import("./it.json"),
};

const loaded = new Map<StoreLanguage, Catalogue>([["en", en]]);
const loading = new Map<StoreLanguage, Promise<void>>();
const translators = new Map<string, Translate>();

/**
 * Loads the catalogue of `locale`'s store language. A catalogue that cannot be loaded (the chunk
 * failed) leaves the language in English rather than the canvas empty.
 */
export function loadStoreWords(locale: string): Promise<void> {
  const language = storeLanguageOf(locale);
  if (loaded.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language as Exclude<StoreLanguage, "en">]()
      .then(
        (module) => void loaded.set(language, module.default),
        (error: unknown) => {
          console.warn(`The storefront's ${language} words could not be loaded`, error);
          loaded.set(language, {});
        },
      )
      .finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/**
 * The storefront's words in `locale` once its language is loaded (`loadStoreWords`), else null;
 * the same function for the same locale, so a render context built from it stays equal.
 */
export function loadedTranslator(locale: string): Translate | null {
  const own = loaded.get(storeLanguageOf(locale));
  if (!own) return null;
  let translate = translators.get(locale);
  if (!translate) {
    translate = (id, values) => formatIn(own, locale, id, values);
    translators.set(locale, translate);
  }
  return translate;
}
