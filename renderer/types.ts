import type { SiteDoc } from "../blocks/doc/schema.ts";
import type { StorefrontData } from "../blocks/render/commerce.ts";
import type { BlockProblem } from "../blocks/render/context.ts";
import type { MediaLookup } from "../blocks/shared/images.ts";

export type { StorefrontData };

/** One site as the renderer needs it. */
export type SiteRenderInput = {
  doc: SiteDoc;
  siteSlug: string;
  /**
   * The site's public root, absolute: origin plus path prefix, no trailing slash needed.
   * e.g. `https://shop.example` or `http://localhost:3000/s/brew`. Canonical and Open Graph
   * URLs hang below it, and in-page links use its path.
   */
  baseUrl: string;
  /** Identifies the published version (or draft revision); the render cache keys on it. */
  versionId: string;
  mode: "live" | "preview";
};

/** Something on the page could not be shown as stored; the page still renders. */
export type RenderProblem = BlockProblem & {
  /** The storefront path being rendered. */
  path: string;
};

export type RenderOptions = {
  /** Told about every block that was skipped and every page-level accessibility fix. */
  onProblem?: (problem: RenderProblem) => void;
  /** Overrides the JSON cart endpoint the cart drawer reads (default `/api/cart?site=<slug>`). */
  cartApiUrl?: string;
  /** Intrinsic size and placeholder colour of the site's uploaded images. */
  media?: MediaLookup;
  /**
   * Absolute URL of a generated 1200x630 link-preview image for a page, product or collection.
   * Used for og:image unless the page's SEO settings name an image of their own.
   */
  socialImage?: (target: SocialImageTarget) => string | undefined;
  /** Favicons and the touch icon (root-relative or absolute URLs). */
  icons?: SiteIcons;
};

export type SocialImageTarget =
  | { kind: "page"; slug: string }
  | { kind: "product"; handle: string }
  | { kind: "collection"; handle: string };

export type SiteIcons = {
  /** 32x32 PNG. */
  png: string;
  /** Scalable icon for browsers that take SVG favicons. */
  svg?: string;
  /** 180x180 PNG for iOS home screens. */
  appleTouch: string;
};

/** A response, framework-free: the server copies it onto its reply. Header names are lower-case. */
export type RenderedPage = {
  status: number;
  headers: Record<string, string>;
  /** The body: HTML, or XML/plain text for sitemap.xml and robots.txt. */
  html: string;
};
