import { createContext } from "react";
import type { StorefrontData } from "../../../blocks/render/commerce.ts";

/** Products and collections the canvas shows in commerce blocks (empty: they show hints). */
export const StorefrontDataContext = createContext<Partial<StorefrontData>>({});
