import type { ReactNode } from "react";
import type { Block, Page, SiteDoc } from "../blocks/doc/schema.ts";
import { toDecimalString } from "../domain/money.ts";
import { builtInBlocks, CollectionIntro, NotFound } from "./builtins.tsx";
import type { Route } from "./routes.ts";
import type { SiteUrls } from "./seo.ts";
import {
  breadcrumbLd,
  clip,
  collectionLd,
  organizationLd,
  plainText,
  productLd,
  webSiteLd,
  type PageSeo,
} from "./seo.ts";
import type { SiteRenderInput, StorefrontData } from "./types.ts";

// Leading site-wide blocks go in the <header> landmark, trailing ones in the <footer>.
const HEADER_TYPES = new Set(["announcement-bar", "header"]);
const FOOTER_TYPES = new Set(["footer"]);

/** A page split into its header blocks, main content and footer blocks. */
export type PageParts = { header: Block[]; main: Block[]; footer: Block[] };

export function splitChrome(blocks: readonly Block[]): PageParts {
  let start = 0;
  while (start < blocks.length && HEADER_TYPES.has(blocks[start]?.type ?? "")) start++;
  let end = blocks.length;
  while (end > start && FOOTER_TYPES.has(blocks[end - 1]?.type ?? "")) end--;
  return {
    header: blocks.slice(0, start),
    main: blocks.slice(start, end),
    footer: blocks.slice(end),
  };
}

/** Every block type used in a tree, for printing only the CSS the page needs. */
export function blockTypesIn(blocks: readonly Block[], into = new Set<string>()): Set<string> {
  for (const block of blocks) {
    if (typeof block?.type !== "string") continue;
    into.add(block.type);
    if (Array.isArray(block.children)) blockTypesIn(block.children, into);
  }
  return into;
}

/**
 * The first image a merchant placed on a page (hero, image, gallery...), for link previews when
 * the page's SEO settings name none. Image props are `{ src, alt, ... }` objects in every block.
 */
export function firstImageIn(blocks: readonly Block[]): string | undefined {
  const search = (value: unknown, depth: number): string | undefined => {
    if (depth > 4 || value === null || typeof value !== "object") return undefined;
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = search(item, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.src === "string" && record.src !== "" && "alt" in record) return record.src;
    for (const item of Object.values(record)) {
      const found = search(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  for (const block of blocks) {
    if (!block || typeof block !== "object" || HEADER_TYPES.has(block.type)) continue;
    const children = Array.isArray(block.children) ? block.children : [];
    const found = search(block.props, 0) ?? firstImageIn(children);
    if (found) return found;
  }
  return undefined;
}

/** The page that supplies the header and footer for pages that have none of their own. */
function chromeSource(doc: SiteDoc): PageParts {
  const home = doc.pages.find((page) => page.slug === "") ?? doc.pages[0];
  return splitChrome(home?.blocks ?? []);
}

/** An HTML page the renderer draws: a route that is not sitemap.xml or robots.txt. */
export type PageRoute = Exclude<Route, { kind: "sitemap" | "robots" }>;

/** What goes on a page: its blocks split into chrome and content, and what the head says. */
export type PageLayout = {
  parts: PageParts;
  /** Drawn instead of `parts.main` (the 404 page). */
  main?: ReactNode;
  /** The site page behind this one (itself, or the product/collection template). */
  page?: Page;
  /** What the page is about, in words (the hidden h1 if no block provides one). */
  heading: string;
  /** A visible title block used when the page's own blocks have no h1. */
  intro?: ReactNode;
  seo: PageSeo;
  /** `currentSlug` for the render context (menus mark the current page with it). */
  slug: string;
  data: StorefrontData;
};

export function layoutFor(
  site: SiteRenderInput,
  urls: SiteUrls,
  route: PageRoute,
  data: StorefrontData,
): PageLayout {
  const { doc } = site;
  const siteName = doc.settings.name;
  const home = { name: siteName, url: urls.absolute("") };
  const fallbackChrome = chromeSource(doc);
  const withChrome = (blocks: readonly Block[]): PageParts => {
    const own = splitChrome(blocks);
    return {
      header: own.header.length > 0 ? own.header : fallbackChrome.header,
      main: own.main,
      footer: own.footer.length > 0 ? own.footer : fallbackChrome.footer,
    };
  };
  const pageTitle = (page: Page, name: string) =>
    page.seo?.title?.trim() || (page.slug === "" ? siteName : `${name} | ${siteName}`);
  const pageImage = (page?: Page) =>
    urls.absoluteImage(page?.seo?.image) ??
    urls.absoluteImage(firstImageIn(page?.blocks ?? [])) ??
    urls.absoluteImage(doc.settings.logo?.src);

  switch (route.kind) {
    case "page": {
      const { page } = route;
      const canonical = urls.absolute(page.slug);
      const jsonLd =
        page.slug === ""
          ? [organizationLd(doc, urls), webSiteLd(doc, urls)]
          : [breadcrumbLd([home, { name: page.title, url: canonical }])];
      return {
        parts: withChrome(page.blocks),
        page,
        heading: page.title,
        slug: page.slug,
        data,
        seo: {
          title: pageTitle(page, page.title),
          description: clip(page.seo?.description || doc.settings.description || "") || undefined,
          canonical,
          image: pageImage(page),
          ogType: "website",
          noindex: page.seo?.noindex === true,
          jsonLd,
        },
      };
    }
    case "product": {
      const { product, template } = route;
      const canonical = urls.absolute(`products/${encodeURIComponent(product.handle)}`);
      const description = product.descriptionHtml ? plainText(product.descriptionHtml) : "";
      return {
        parts: withChrome(template?.blocks ?? builtInBlocks.product()),
        page: template,
        heading: product.title,
        slug: template?.slug ?? "product",
        data: { ...data, currentProductId: product.id },
        seo: {
          title: `${product.title} | ${siteName}`,
          description: description || clip(doc.settings.description ?? "") || undefined,
          canonical,
          image: urls.absoluteImage(product.images[0]?.src) ?? pageImage(template),
          ogType: "product",
          og: [
            ["product:price:amount", toDecimalString(product.priceMin, product.currency)],
            ["product:price:currency", product.currency],
            ["product:availability", product.available ? "in stock" : "out of stock"],
          ],
          noindex: template?.seo?.noindex === true,
          jsonLd: [
            productLd(product, urls, siteName),
            breadcrumbLd([home, { name: product.title, url: canonical }]),
          ],
        },
      };
    }
    case "collection": {
      const { collection, products, template } = route;
      const canonical = urls.absolute(`collections/${encodeURIComponent(collection.handle)}`);
      return {
        parts: withChrome(template?.blocks ?? builtInBlocks.collection()),
        page: template,
        heading: collection.title,
        intro: <CollectionIntro collection={collection} />,
        slug: template?.slug ?? "collection",
        data: { ...data, currentCollectionId: collection.id },
        seo: {
          title: `${collection.title} | ${siteName}`,
          description:
            clip(collection.description ?? "") || clip(doc.settings.description ?? "") || undefined,
          canonical,
          image: urls.absoluteImage(collection.image?.src) ?? pageImage(template),
          ogType: "website",
          noindex: template?.seo?.noindex === true,
          jsonLd: [
            collectionLd(collection, products, urls),
            breadcrumbLd([home, { name: collection.title, url: canonical }]),
          ],
        },
      };
    }
    case "cart": {
      const { page } = route;
      const canonical = urls.absolute("cart");
      return {
        parts: withChrome(page?.blocks ?? builtInBlocks.cart()),
        page,
        heading: page?.title ?? "Your cart",
        slug: "cart",
        data,
        seo: {
          title: page ? pageTitle(page, page.title) : `Your cart | ${siteName}`,
          description: clip(page?.seo?.description || doc.settings.description || "") || undefined,
          canonical,
          ogType: "website",
          noindex: true,
          jsonLd: [breadcrumbLd([home, { name: page?.title ?? "Cart", url: canonical }])],
        },
      };
    }
    case "not-found":
      return {
        parts: { ...fallbackChrome, main: [] },
        main: <NotFound />,
        heading: "Page not found",
        slug: "404",
        data,
        seo: {
          title: `Page not found | ${siteName}`,
          description: clip(doc.settings.description ?? "") || undefined,
          canonical: urls.absolute(""),
          ogType: "website",
          noindex: true,
          jsonLd: [],
        },
      };
  }
}
