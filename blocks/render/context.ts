import { createContext, useContext, type ReactNode } from "react";
import type { Block, NavItem, SocialLink } from "../doc/schema.ts";
import type { MediaLookup } from "../shared/images.ts";
import { StyleSheetCollector } from "../style/responsive.ts";
import { formatMinor } from "../../domain/money.ts";
import type { Translate } from "../../domain/storefront-i18n/index.ts";
import type { StorefrontData } from "./commerce.ts";
import { ImageLoadingPlan } from "./imageLoading.ts";

export type RenderMode = "live" | "editor" | "preview";

export interface RenderSite {
  name: string;
  slug?: string;
  currency: string;
  locale: string;
  logo?: { src: string; alt: string };
  social?: SocialLink[];
  contactEmail?: string;
}

export interface BlockProblem {
  blockId: string;
  type: string;
  message: string;
}

export interface RenderContextValue {
  mode: RenderMode;
  site: RenderSite;
  /** The site menu (header and footer read it). */
  nav: NavItem[];
  /** Slug of the page being rendered ("" = home), so menus can mark the current page. */
  currentSlug?: string;
  /**
   * URL of a site path, given without its leading slash: "" (home), "about",
   * "products/linen-apron". The renderer decides the prefix (/s/<site>/, custom domain, preview).
   */
  pageHref: (path: string) => string;
  data: StorefrontData;
  styles: StyleSheetCollector;
  formatMoney: (minor: number) => string;
  /** The storefront's system text ("Add to cart", "Sold out") in the site's language. */
  t: Translate;
  imageLoading: ImageLoadingPlan;
  /** Intrinsic size and placeholder colour of uploaded images (the server's media library). */
  media?: MediaLookup;
  /** The editor wraps each block (selection frame, drop zones). */
  wrapBlock?: (block: Block, element: ReactNode) => ReactNode;
  /** Called for blocks that cannot be shown (unknown type, invalid props, misplaced child). */
  onProblem?: (problem: BlockProblem) => void;
}

export const RenderContext = createContext<RenderContextValue | null>(null);

export function useRenderContext(): RenderContextValue {
  const ctx = useContext(RenderContext);
  if (ctx === null) {
    throw new Error("Pegasus blocks must render inside <RenderContext value={...}>");
  }
  return ctx;
}

export interface CreateRenderContextOptions {
  mode?: RenderMode;
  site: RenderSite;
  nav?: NavItem[];
  currentSlug?: string;
  pageHref?: (path: string) => string;
  data?: Partial<StorefrontData>;
  /**
   * The storefront's words in the site's language: `translator(locale)` from
   * `domain/storefront-i18n` (every language, synchronously) on the server; the editor passes the
   * store language's, loaded on demand (`storefront-i18n/load.ts`), so it ships no other language.
   */
  t: Translate;
  media?: MediaLookup;
  wrapBlock?: RenderContextValue["wrapBlock"];
  onProblem?: RenderContextValue["onProblem"];
}

/**
 * A complete context with sensible defaults: a fresh style collector and image plan (one per
 * render), money formatted in the site's currency and locale, "/path" page links.
 */
export function createRenderContext(options: CreateRenderContextOptions): RenderContextValue {
  const mode = options.mode ?? "live";
  const { currency, locale } = options.site;
  return {
    mode,
    site: options.site,
    nav: options.nav ?? [],
    currentSlug: options.currentSlug,
    pageHref: options.pageHref ?? ((path) => `/${path}`),
    data: {
      products: [],
      collections: [],
      ...options.data,
    },
    styles: new StyleSheetCollector(),
    formatMoney: (minor) => formatMinor(minor, currency, locale),
    t: options.t,
    imageLoading: new ImageLoadingPlan(mode),
    media: options.media,
    wrapBlock: options.wrapBlock,
    onProblem: options.onProblem,
  };
}
