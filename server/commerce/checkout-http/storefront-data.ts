import type { SiteDoc } from "../../../blocks/doc/schema.ts";
import type { StorefrontCart, StorefrontData } from "../../../blocks/render/commerce.ts";
import { escapeHtml } from "../../../renderer/escape.ts";
import type { CatalogSnapshot } from "../catalog.ts";
import type { CartView } from "../cart.ts";
import { storefrontLocale } from "../store.ts";

/** Storefront paths commerce answers itself instead of the page renderer. */
export type CommercePath = { kind: "cart" } | { kind: "checkout" | "orders"; token: string };

export function commercePath(path: string): CommercePath | null {
  const bare = (path.split(/[?#]/, 1)[0] ?? "").replace(/\/+$/, "");
  if (bare === "/cart") return { kind: "cart" };
  const match = /^\/(checkout|orders)\/([A-Za-z0-9_-]{20,64})$/.exec(bare);
  return match ? { kind: match[1] as "checkout" | "orders", token: match[2]! } : null;
}

/** The catalog as the renderer takes it. */
export function catalogData(catalog: CatalogSnapshot): StorefrontData {
  return { products: catalog.products, collections: catalog.collections };
}

/**
 * The site document with the shop's currency and language (both store settings), so pages print
 * prices in what the shop sells in and system text in the store's language.
 */
export function withStoreCurrency(
  doc: SiteDoc,
  catalog: Pick<CatalogSnapshot, "currency" | "language">,
): SiteDoc {
  const locale = storefrontLocale(catalog.language, doc.settings.locale);
  return doc.settings.currency === catalog.currency && doc.settings.locale === locale
    ? doc
    : { ...doc, settings: { ...doc.settings, currency: catalog.currency, locale } };
}

export function storefrontCart(view: CartView): StorefrontCart {
  return { lines: view.lines, subtotal: view.subtotal, currency: view.currency };
}

/**
 * The cart block prints lines and totals; what the shopper should also know (a price changed
 * since they added an item, an item sold out) goes above it, announced politely.
 */
export function withCartNotices(html: string, notices: readonly string[]): string {
  if (notices.length === 0) return html;
  const list =
    '<div class="pg-ui-container" style="padding-top:var(--pg-space-md)"><div class="pg-notice" role="status"><ul>' +
    notices.map((n) => `<li>${escapeHtml(n)}</li>`).join("") +
    "</ul></div></div>";
  return html.replace(/<main id="main"[^>]*>/, (open) => open + list);
}
