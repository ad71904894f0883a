import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockImage } from "../shared/BlockImage.tsx";
import { ButtonAnchor } from "../shared/Buttons.tsx";
import { MenuList } from "../shared/Menu.tsx";
import { safeImageUrl } from "../url.ts";
import type { HeaderProps } from "./schema.ts";

/**
 * Site header. The menu is printed twice: inline for wide screens, and inside a <details>
 * disclosure for phones, which opens without JavaScript (the "menu" island adds Escape/outside
 * click). CSS shows exactly one of them, so assistive tech meets one menu.
 */
export function HeaderBlock({ id, props }: BlockComponentProps<HeaderProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { background: props.background });
  const home = ctx.pageHref("");
  const logo = safeImageUrl(props.logo.src)
    ? props.logo
    : ctx.site.logo && safeImageUrl(ctx.site.logo.src)
      ? { ...ctx.site.logo, decorative: false }
      : null;
  const itemCount = (ctx.data.cart?.lines ?? []).reduce((n, line) => n + line.quantity, 0);
  const classes = [
    "pg-header",
    `pg-header--${props.layout}`,
    props.sticky ? "pg-header--sticky" : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <header data-block-id={id} className={classes}>
      <div className="pg-header__inner pg-ui-container">
        <a className="pg-header__brand" href={home}>
          {logo ? (
            <BlockImage
              className="pg-header__logo"
              // The logo links home, so its alt must name the shop.
              image={{ ...logo, alt: logo.alt || ctx.site.name, decorative: false }}
              altFallback={ctx.site.name}
              sizes="200px"
              size="small"
              fallbackWidth={400}
              fallbackHeight={120}
            />
          ) : (
            <span className="pg-header__name">{ctx.site.name}</span>
          )}
        </a>
        {ctx.nav.length > 0 ? (
          <nav className="pg-header__nav" aria-label={ctx.t("storefront.nav.main")}>
            <MenuList items={ctx.nav} className="pg-header__menu-list" />
          </nav>
        ) : null}
        <div className="pg-header__actions">
          {props.ctaLabel.trim() ? (
            <ButtonAnchor
              button={{ label: props.ctaLabel, href: props.ctaHref, variant: "primary" }}
              size="sm"
              className="pg-header__cta"
            />
          ) : null}
          {props.showCart ? (
            <a
              className="pg-header__cart"
              href={ctx.pageHref("cart")}
              data-island="cart"
              aria-label={ctx.t("storefront.nav.cartLabel", { count: itemCount })}
              // The cart island rewrites the label once it knows the shopper's count (cached
              // pages print 0): the store language's wording for one and for several items.
              data-label-one={ctx.t("storefront.nav.cartLabel", { count: 1 })}
              data-label-other={ctx.t("storefront.nav.cartLabel", { count: 2 })}
            >
              {ctx.t("storefront.nav.cart")}{" "}
              <span className="pg-header__cart-count">{itemCount}</span>
            </a>
          ) : null}
          {ctx.nav.length > 0 ? (
            <details className="pg-header__mobile" data-island="menu">
              <summary className="pg-header__toggle">
                <span className="pg-header__toggle-icon" aria-hidden="true" />
                {ctx.t("storefront.nav.menu")}
              </summary>
              <nav className="pg-header__mobile-nav" aria-label={ctx.t("storefront.nav.main")}>
                <MenuList items={ctx.nav} className="pg-header__mobile-list" />
              </nav>
            </details>
          ) : null}
        </div>
      </div>
    </header>
  );
}
