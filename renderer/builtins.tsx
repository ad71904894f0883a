import type { Block } from "../blocks/doc/schema.ts";
import { STOREFRONT_ENDPOINTS, type StorefrontCollection } from "../blocks/render/commerce.ts";
import { useRenderContext } from "../blocks/render/context.ts";
import { resolveHref } from "../blocks/shared/links.ts";
import { displayExponent } from "../domain/money.ts";

/**
 * What the renderer draws itself: the built-in pages used when a site has no template for them,
 * the fallback header and footer, the cart drawer and the preview banner.
 */

/** Block trees for pages a site may leave to the renderer (ids start with "pg-": never a merchant's). */
export const builtInBlocks = {
  product(): Block[] {
    return [{ id: "pg-product", type: "product-detail", props: {} }];
  },
  /** The title comes from CollectionIntro; the grid shows the page's collection. */
  collection(): Block[] {
    return [
      {
        id: "pg-collection",
        type: "section",
        props: { paddingBlock: "md" },
        children: [
          { id: "pg-collection-grid", type: "product-grid", props: { heading: "", limit: 24 } },
        ],
      },
    ];
  },
  cart(): Block[] {
    return [{ id: "pg-cart", type: "cart", props: {} }];
  },
};

/** The collection's title and description, for collection pages whose blocks have no h1. */
export function CollectionIntro({ collection }: { collection: StorefrontCollection }) {
  const description = collection.description?.trim();
  return (
    <section className="pg-page pg-page--intro">
      <div className="pg-ui-container">
        <h1>{collection.title}</h1>
        {description ? <p className="pg-page__lead">{description}</p> : null}
      </div>
    </section>
  );
}

export function NotFound() {
  const ctx = useRenderContext();
  return (
    <section className="pg-page">
      <div className="pg-ui-container">
        <h1>{ctx.t("storefront.notFound.title")}</h1>
        <p className="pg-page__lead">{ctx.t("storefront.notFound.text")}</p>
        <a className="pg-ui-button pg-ui-button--primary" href={ctx.pageHref("")}>
          {ctx.t("storefront.notFound.home")}
        </a>
      </div>
    </section>
  );
}

/** The site menu as plain links: used when the site has no header block (or it failed). */
export function SiteHeader() {
  const ctx = useRenderContext();
  return (
    <div className="pg-site-header">
      <div className="pg-ui-container">
        <a href={ctx.pageHref("")}>
          <strong>{ctx.site.name}</strong>
        </a>
        <NavLinks label="Main" />
      </div>
    </div>
  );
}

export function SiteFooter() {
  const ctx = useRenderContext();
  return (
    <div className="pg-site-footer">
      <div className="pg-ui-container">
        <p>
          © {new Date().getFullYear()} {ctx.site.name}
        </p>
        <NavLinks label="Footer" />
      </div>
    </div>
  );
}

function NavLinks({ label }: { label: string }) {
  const ctx = useRenderContext();
  const links = ctx.nav
    .map((item) => ({ id: item.id, label: item.label, href: resolveHref(item.href, ctx) }))
    .filter((item): item is { id: string; label: string; href: string } => item.href !== null);
  if (links.length === 0) return null;
  return (
    <nav aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The cart drawer the islands script fills from the cart API. Without JavaScript it is never
 * opened: cart links go to the cart page instead.
 */
export function CartDrawer({
  cartApiUrl,
  cartHref,
  checkoutAction,
}: {
  cartApiUrl: string;
  cartHref: string;
  checkoutAction: string;
}) {
  const ctx = useRenderContext();
  const preview = ctx.mode === "preview";
  return (
    <dialog
      className="pg-drawer"
      aria-labelledby="pg-drawer-title"
      data-cart-drawer=""
      data-cart-api={cartApiUrl}
      data-cart-update={STOREFRONT_ENDPOINTS.cartUpdate}
      data-currency={ctx.site.currency}
      data-currency-exponent={displayExponent(ctx.site.currency)}
      data-site={ctx.site.slug}
      data-product-base={ctx.pageHref("products/")}
    >
      <div className="pg-drawer__head">
        <h2 id="pg-drawer-title">{ctx.t("storefront.cart.title")}</h2>
        <button
          type="button"
          className="pg-drawer__close"
          data-cart-close=""
          aria-label={ctx.t("storefront.cart.close")}
        >
          ×
        </button>
      </div>
      <p data-cart-empty="">{ctx.t("storefront.cart.empty")}</p>
      <ul className="pg-cart-lines" data-cart-lines="" />
      <div className="pg-cart-summary" data-cart-footer="" hidden>
        <p>
          <span>{ctx.t("storefront.cart.subtotal")}</span> <span data-cart-subtotal="" />
        </p>
        {preview ? (
          <p className="pg-notice" role="note">
            {ctx.t("storefront.cart.previewCheckoutOff")}
          </p>
        ) : (
          <form method="post" action={checkoutAction}>
            {ctx.site.slug ? <input type="hidden" name="site" value={ctx.site.slug} /> : null}
            <button type="submit" className="pg-ui-button pg-ui-button--primary">
              {ctx.t("storefront.cart.checkout")}
            </button>
          </form>
        )}
        <a href={cartHref}>{ctx.t("storefront.cart.view")}</a>
      </div>
    </dialog>
  );
}

export function PreviewBar() {
  return (
    <div className="pg-preview-bar" role="note">
      <span>Preview — this is not the live shop.</span>
      <span>Checkout is turned off.</span>
    </div>
  );
}
