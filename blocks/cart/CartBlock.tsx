import type { BlockComponentProps } from "../definition.ts";
import { STOREFRONT_ENDPOINTS } from "../render/commerce.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockImage } from "../shared/BlockImage.tsx";
import { ownLabel } from "../shared/commerce.tsx";
import { FormContextFields } from "../shared/forms.tsx";
import { Heading, headingIdFor } from "../shared/Heading.tsx";
import { resolveHref } from "../shared/links.ts";
import type { CartProps } from "./schema.ts";

/**
 * The cart page, rendered on the server from `ctx.data.cart`. Every action (change quantity,
 * remove, check out) is a plain form post; the "cart" island only saves the page reload.
 * Prices come from the server's cart; nothing here computes money.
 */
export function CartBlock({ id, props }: BlockComponentProps<CartProps>) {
  const ctx = useRenderContext();
  const cart = ctx.data.cart;
  const lines = cart?.lines ?? [];
  const continueHref = resolveHref(props.continueHref, ctx);
  const heading = ownLabel(props.heading, "Your cart") || ctx.t("storefront.cart.title");
  const continueLink =
    continueHref && props.continueLabel.trim() ? (
      <a className="pg-cart__continue" href={continueHref}>
        {props.continueLabel.trim()}
      </a>
    ) : null;
  return (
    <section
      data-block-id={id}
      className="pg-cart"
      data-island="cart"
      aria-labelledby={headingIdFor(id)}
    >
      <Heading level={2} id={headingIdFor(id)} className="pg-cart__heading">
        {heading}
      </Heading>
      {lines.length === 0 || !cart ? (
        <div className="pg-cart__empty">
          <p>{props.emptyText.trim() || ctx.t("storefront.cart.empty")}</p>
          {continueLink}
        </div>
      ) : (
        <>
          <table className="pg-cart__table">
            <caption className="pg-ui-sr-only">{ctx.t("storefront.cart.items")}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t("storefront.cart.product")}</th>
                <th scope="col">{ctx.t("storefront.cart.price")}</th>
                <th scope="col">{ctx.t("storefront.cart.quantity")}</th>
                <th scope="col">{ctx.t("storefront.cart.total")}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => {
                const quantityId = `${id}-qty-${line.id.replace(/[^A-Za-z0-9_-]/g, "")}`;
                return (
                  <tr key={line.id} className="pg-cart__line">
                    <th scope="row" className="pg-cart__product">
                      {line.image ? (
                        <BlockImage
                          className="pg-cart__img"
                          image={{ ...line.image, decorative: true }}
                          altFallback=""
                          sizes="80px"
                          size="small"
                          fallbackWidth={line.image.width}
                          fallbackHeight={line.image.height}
                        />
                      ) : null}
                      <span>
                        {line.handle ? (
                          <a href={ctx.pageHref(`products/${encodeURIComponent(line.handle)}`)}>
                            {line.title}
                          </a>
                        ) : (
                          line.title
                        )}
                        {line.variantTitle ? (
                          <span className="pg-cart__variant">{line.variantTitle}</span>
                        ) : null}
                      </span>
                    </th>
                    <td data-label={ctx.t("storefront.cart.price")}>
                      {ctx.formatMoney(line.unitPrice)}
                    </td>
                    <td data-label={ctx.t("storefront.cart.quantity")}>
                      <form
                        className="pg-cart__quantity"
                        method="post"
                        action={STOREFRONT_ENDPOINTS.cartUpdate}
                      >
                        <FormContextFields blockId={id} />
                        <input type="hidden" name="lineId" value={line.id} />
                        <label htmlFor={quantityId} className="pg-ui-sr-only">
                          {ctx.t("storefront.cart.quantityFor", { title: line.title })}
                        </label>
                        <input
                          id={quantityId}
                          type="number"
                          name="quantity"
                          min={0}
                          max={99}
                          defaultValue={line.quantity}
                          inputMode="numeric"
                        />
                        <button
                          type="submit"
                          className="pg-ui-button pg-ui-button--outline pg-ui-button--sm"
                        >
                          {ctx.t("storefront.cart.update")}
                        </button>
                      </form>
                      <form method="post" action={STOREFRONT_ENDPOINTS.cartRemove}>
                        <FormContextFields blockId={id} />
                        <input type="hidden" name="lineId" value={line.id} />
                        <button
                          type="submit"
                          className="pg-ui-button pg-ui-button--link pg-ui-button--sm"
                          aria-label={ctx.t("storefront.cart.remove", { title: line.title })}
                        >
                          {ctx.t("storefront.cart.removeShort")}
                        </button>
                      </form>
                    </td>
                    <td data-label={ctx.t("storefront.cart.total")}>
                      {ctx.formatMoney(line.lineTotal)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="pg-cart__summary">
            <p className="pg-cart__subtotal">
              <span>{ctx.t("storefront.cart.subtotal")}</span>{" "}
              <strong>{ctx.formatMoney(cart.subtotal)}</strong>
            </p>
            {props.note.trim() ? <p className="pg-cart__note">{props.note.trim()}</p> : null}
            <form method="post" action={STOREFRONT_ENDPOINTS.checkout}>
              <FormContextFields blockId={id} />
              <button type="submit" className="pg-ui-button pg-ui-button--primary pg-ui-button--lg">
                {ownLabel(props.checkoutLabel, "Check out") || ctx.t("storefront.cart.checkout")}
              </button>
            </form>
            {continueLink}
          </div>
        </>
      )}
    </section>
  );
}
