import type { Page, SiteDoc } from "../blocks/doc/schema.ts";
import type { StorefrontCollection, StorefrontProduct } from "../blocks/render/commerce.ts";
import { safeImageUrl, safeUrl } from "../blocks/url.ts";
import { toDecimalString } from "../domain/money.ts";
import { escapeHtml, escapeXml, jsonForScript } from "./escape.ts";

/** Everything the <head> says about one page to search engines and link previews. */
export type PageSeo = {
  title: string;
  description?: string;
  /** Absolute canonical URL. */
  canonical: string;
  /** Absolute image URL for link previews. */
  image?: string;
  ogType: "website" | "product" | "article";
  /** Extra Open Graph properties, e.g. product:price:amount. */
  og?: [property: string, content: string][];
  noindex: boolean;
  jsonLd: Record<string, unknown>[];
};

const DESCRIPTION_LIMIT = 160;

/** Plain text from a short piece of HTML (product descriptions), for meta tags and JSON-LD. */
export function plainText(html: string, limit = DESCRIPTION_LIMIT): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  return clip(text, limit);
}

export function clip(text: string, limit = DESCRIPTION_LIMIT): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > limit * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * Site URLs. `baseUrl` is the site's public root, e.g. https://shop.example or
 * http://localhost:3000/s/brew; page paths hang below it.
 */
export class SiteUrls {
  readonly origin: string;
  /** Path prefix of the site ("" or "/s/brew"), no trailing slash. */
  readonly basePath: string;

  constructor(baseUrl: string) {
    const url = new URL(baseUrl);
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, "");
  }

  /** Root-relative href of a site path given without its leading slash ("" is home). */
  href(path: string): string {
    return `${this.basePath}/${path}`;
  }

  absolute(path: string): string {
    return this.origin + this.href(path);
  }

  /** An absolute URL for an image or link that may be root-relative; null when unsafe. */
  absoluteImage(src: string | undefined): string | undefined {
    if (!src) return undefined;
    const safe = safeImageUrl(src);
    if (safe === null) return undefined;
    return safe.startsWith("/") ? this.origin + safe : safe;
  }
}

export function organizationLd(doc: SiteDoc, urls: SiteUrls): Record<string, unknown> {
  const sameAs = (doc.settings.social ?? [])
    .map((link) => safeUrl(link.url))
    .filter((url): url is string => url !== null && /^https?:/i.test(url));
  const logo = urls.absoluteImage(doc.settings.logo?.src);
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: doc.settings.name,
    url: urls.absolute(""),
    ...(logo ? { logo } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(doc.settings.contactEmail ? { email: doc.settings.contactEmail } : {}),
  };
}

export function webSiteLd(doc: SiteDoc, urls: SiteUrls): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: doc.settings.name,
    url: urls.absolute(""),
    inLanguage: doc.settings.locale,
    ...(doc.settings.description ? { description: doc.settings.description } : {}),
  };
}

export function breadcrumbLd(crumbs: { name: string; url: string }[]): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export function productLd(
  product: StorefrontProduct,
  urls: SiteUrls,
  brand: string,
): Record<string, unknown> {
  const url = urls.absolute(`products/${encodeURIComponent(product.handle)}`);
  const images = product.images
    .map((image) => urls.absoluteImage(image.src))
    .filter((src): src is string => src !== undefined);
  const description = product.descriptionHtml ? plainText(product.descriptionHtml, 5000) : "";
  const offer = (price: number, available: boolean, name?: string, sku?: string) => ({
    "@type": "Offer",
    ...(name ? { name } : {}),
    ...(sku ? { sku } : {}),
    price: toDecimalString(price, product.currency),
    priceCurrency: product.currency,
    availability: available ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
    url,
  });
  const offers =
    product.variants.length === 0
      ? offer(product.priceMin, product.available)
      : product.variants.length === 1
        ? offer(product.variants[0]!.price, product.available && product.variants[0]!.available)
        : product.variants.map((v) =>
            offer(v.price, product.available && v.available, v.title, v.id),
          );
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    url,
    sku: product.variants[0]?.id ?? product.id,
    brand: { "@type": "Brand", name: brand },
    ...(description ? { description } : {}),
    ...(images.length > 0 ? { image: images } : {}),
    offers,
  };
}

export function collectionLd(
  collection: StorefrontCollection,
  products: StorefrontProduct[],
  urls: SiteUrls,
): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    name: collection.title,
    url: urls.absolute(`collections/${encodeURIComponent(collection.handle)}`),
    ...(collection.description ? { description: clip(collection.description, 500) } : {}),
    mainEntity: {
      "@type": "ItemList",
      itemListElement: products.map((product, i) => ({
        "@type": "ListItem",
        position: i + 1,
        url: urls.absolute(`products/${encodeURIComponent(product.handle)}`),
        name: product.title,
      })),
    },
  };
}

/** `en-GB` -> `en_GB`, the form Open Graph wants. */
function ogLocale(locale: string): string | undefined {
  const match = /^([a-z]{2,3})(?:-([A-Za-z]{2}))?/i.exec(locale);
  if (!match?.[1]) return undefined;
  return match[2] ? `${match[1].toLowerCase()}_${match[2].toUpperCase()}` : match[1].toLowerCase();
}

/** The SEO part of <head>: title, description, canonical, robots, Open Graph, Twitter, JSON-LD. */
export function seoHead(seo: PageSeo, doc: SiteDoc, forceNoindex: boolean): string {
  const tags: string[] = [`<title>${escapeHtml(seo.title)}</title>`];
  const meta = (attr: "name" | "property", key: string, content: string | undefined) => {
    if (content) tags.push(`<meta ${attr}="${key}" content="${escapeHtml(content)}">`);
  };
  meta("name", "description", seo.description);
  if (seo.noindex || forceNoindex) meta("name", "robots", "noindex, nofollow");
  tags.push(`<link rel="canonical" href="${escapeHtml(seo.canonical)}">`);
  meta("property", "og:type", seo.ogType);
  meta("property", "og:site_name", doc.settings.name);
  meta("property", "og:title", seo.title);
  meta("property", "og:description", seo.description);
  meta("property", "og:url", seo.canonical);
  meta("property", "og:locale", ogLocale(doc.settings.locale));
  meta("property", "og:image", seo.image);
  for (const [property, content] of seo.og ?? []) meta("property", property, content);
  meta("name", "twitter:card", seo.image ? "summary_large_image" : "summary");
  meta("name", "twitter:title", seo.title);
  meta("name", "twitter:description", seo.description);
  meta("name", "twitter:image", seo.image);
  for (const data of seo.jsonLd) {
    tags.push(`<script type="application/ld+json">${jsonForScript(data)}</script>`);
  }
  return tags.join("");
}

/** Pages that have their own URL: template pages (product, collection) are reached through their records. */
export const TEMPLATE_SLUGS = new Set(["product", "collection"]);

// The cart is per shopper: nothing for a search engine there.
const UNLISTED_SLUGS = new Set([...TEMPLATE_SLUGS, "cart"]);

export function isListedPage(page: Page): boolean {
  return !UNLISTED_SLUGS.has(page.slug) && page.seo?.noindex !== true;
}

export function sitemapXml(
  doc: SiteDoc,
  urls: SiteUrls,
  products: StorefrontProduct[],
  collections: StorefrontCollection[],
): string {
  const locations = [
    ...doc.pages.filter(isListedPage).map((page) => urls.absolute(page.slug)),
    ...collections.map((c) => urls.absolute(`collections/${encodeURIComponent(c.handle)}`)),
    ...products.map((p) => urls.absolute(`products/${encodeURIComponent(p.handle)}`)),
  ];
  const entries = [...new Set(locations)].map((loc) => `<url><loc>${escapeXml(loc)}</loc></url>`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</urlset>\n`
  );
}

/** Live sites welcome every crawler; previews are never indexed. */
export function robotsTxt(urls: SiteUrls, mode: "live" | "preview"): string {
  if (mode === "preview") return "User-agent: *\nDisallow: /\n";
  return `User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute("sitemap.xml")}\n`;
}
