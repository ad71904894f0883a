import { createContext } from "react";
import type { StorefrontData } from "../../../blocks/render/commerce.ts";
import { storefrontLocale, type StoreLanguage } from "../../../domain/storefront-i18n/languages.ts";

/**
 * Products and collections the canvas shows in commerce blocks (empty: they show hints), and the
 * store's currency, which prices are in (the storefront uses it over the document's setting), and
 * its language (null or absent: the document's).
 */
export type CanvasStorefrontData = Partial<StorefrontData> & {
  readonly currency?: string;
  readonly language?: StoreLanguage | null;
};

export const StorefrontDataContext = createContext<CanvasStorefrontData>({});

/**
 * The locale the canvas draws blocks in: the one the storefront uses (the store settings'
 * language over the site document's locale), so "Panier" on the canvas is "Panier" in the shop.
 */
export function canvasLocale(data: CanvasStorefrontData, docLocale: string): string {
  return storefrontLocale(data.language ?? null, docLocale);
}
