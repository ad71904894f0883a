import { useEffect, useState } from "react";
import type { Translate } from "../../../../domain/storefront-i18n/index.ts";
import { loadedTranslator, loadStoreWords } from "../../../../domain/storefront-i18n/load.ts";

/**
 * The storefront's words ("Add to cart", "Sold out") in the store's language, for drawing blocks
 * as the shop shows them; null while that language's catalogue loads (only English ships with
 * the editor), so the canvas waits instead of flashing English.
 */
export function useStorefrontWords(locale: string): Translate | null {
  const translate = loadedTranslator(locale);
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (translate) return;
    let live = true;
    void loadStoreWords(locale).then(() => {
      if (live) setLoaded((count) => count + 1);
    });
    return () => {
      live = false;
    };
  }, [locale, translate]);
  return translate;
}
