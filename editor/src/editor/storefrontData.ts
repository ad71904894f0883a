import { createContext } from "react";
import type { StorefrontData } from "../../../blocks/render/commerce.ts";

/**
 * Products and collections the canvas shows in commerce blocks (empty: they show hints), and the
 * store's currency, which prices are in (the storefront uses it over the document's setting).
 */
export type CanvasStorefrontData = Partial<StorefrontData> & { readonly currency?: string };

export const StorefrontDataContext = createContext<CanvasStorefrontData>({});
