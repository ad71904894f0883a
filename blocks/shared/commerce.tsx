import type {
  StorefrontCollection,
  StorefrontProduct,
  StorefrontVariant,
} from "../render/commerce.ts";
import { STOREFRONT_ENDPOINTS } from "../render/commerce.ts";
import { useRenderContext, type RenderContextValue } from "../render/context.ts";
import { BlockImage } from "./BlockImage.tsx";
import { FormContextFields } from "./forms.tsx";

export function findProduct(ctx: RenderContextValue, id: string): StorefrontProduct | undefined {
  return id === "" ? undefined : ctx.data.products.find((p) => p.id === id);
}

export function findCollection(
  ctx: RenderContextValue,
  id: string,
): StorefrontCollection | undefined {
  return id === "" ? undefined : ctx.data.collections.find((c) => c.id === id);
}

export function productHref(
  ctx: RenderContextValue,
  product: Pick<StorefrontProduct, "handle">,
): string {
  return ctx.pageHref(`products/${encodeURIComponent(product.handle)}`);
}

export function collectionHref(
  ctx: RenderContextValue,
  collection: Pick<StorefrontCollection, "handle">,
): string {
  return ctx.pageHref(`collections/${encodeURIComponent(collection.handle)}`);
}

/** The variant a product page opens on: the first one a shopper can buy. */
export function firstAvailableVariant(product: StorefrontProduct): StorefrontVariant | undefined {
  return product.variants.find((v) => v.available) ?? product.variants[0];
}

/**
 * Price with an optional compare-at ("was") price. The struck-through price is announced as
 * "Regular price" so screen readers do not read two bare numbers.
 */
export function Price({
  price,
  priceMax,
  compareAt,
  className,
}: {
  price: number;
  priceMax?: number;
  compareAt?: number | null;
  className?: string;
}) {
  const ctx = useRenderContext();
  const onSale = compareAt != null && compareAt > price;
  const range = priceMax !== undefined && priceMax > price;
  return (
    <p className={["pg-ui-price", className].filter(Boolean).join(" ")}>
      {onSale ? <span className="pg-ui-sr-only">{ctx.t("storefront.price.sale")} </span> : null}
      <span className={onSale ? "pg-ui-price__sale" : undefined}>
        {range
          ? ctx.t("storefront.price.from", { price: ctx.formatMoney(price) })
          : ctx.formatMoney(price)}
      </span>
      {onSale ? (
        <>
          {" "}
          <span className="pg-ui-sr-only">{ctx.t("storefront.price.regular")} </span>
          <s className="pg-ui-price__was">{ctx.formatMoney(compareAt)}</s>
        </>
      ) : null}
    </p>
  );
}

/** A product tile for grids: image, title (a link), price, sold-out badge. */
export function ProductCard({
  product,
  showPrice,
  headingLevel,
  sizes,
}: {
  product: StorefrontProduct;
  showPrice: boolean;
  headingLevel: 2 | 3 | 4;
  sizes: string;
}) {
  const ctx = useRenderContext();
  const image = product.images[0];
  const Title = `h${headingLevel}` as const;
  return (
    <article className="pg-ui-card">
      <div className="pg-ui-card__media">
        {image ? (
          <BlockImage
            image={{ ...image, decorative: false }}
            altFallback={product.title}
            sizes={sizes}
            size="small"
            fallbackWidth={image.width}
            fallbackHeight={image.height}
          />
        ) : null}
        {!product.available ? (
          <span className="pg-ui-badge">{ctx.t("storefront.product.soldOut")}</span>
        ) : null}
        {product.available && product.compareAt != null && product.compareAt > product.priceMin ? (
          <span className="pg-ui-badge pg-ui-badge--sale">{ctx.t("storefront.product.sale")}</span>
        ) : null}
      </div>
      <Title className="pg-ui-card__title">
        <a href={productHref(ctx, product)} className="pg-ui-card__link">
          {product.title}
        </a>
      </Title>
      {showPrice ? (
        <Price price={product.priceMin} priceMax={product.priceMax} compareAt={product.compareAt} />
      ) : null}
    </article>
  );
}

/**
 * The merchant's own button wording, or "" when the field is empty or still holds the block's
 * English default: then the store's language words it ("Ajouter au panier" in a French store).
 */
export function ownLabel(label: string, englishDefault: string): string {
  const own = label.trim();
  return own === englishDefault ? "" : own;
}

/**
 * Add to cart that works without JavaScript: a real form posting variant and quantity.
 * Sold-out variants stay listed (shoppers want to know the size exists) but are disabled.
 */
export function AddToCartForm({
  blockId,
  product,
  buttonLabel,
  soldOutLabel,
  showQuantity,
}: {
  blockId: string;
  product: StorefrontProduct;
  buttonLabel: string;
  soldOutLabel: string;
  showQuantity: boolean;
}) {
  const ctx = useRenderContext();
  const selected = firstAvailableVariant(product);
  const canBuy = product.available && product.variants.some((v) => v.available);
  const variantFieldId = `${blockId}-variant`;
  const quantityFieldId = `${blockId}-quantity`;
  const hasChoice = product.variants.length > 1;
  return (
    <form
      className="pg-ui-add-to-cart"
      method="post"
      action={STOREFRONT_ENDPOINTS.cartAdd}
      data-island="add-to-cart"
    >
      <FormContextFields blockId={blockId} />
      <input type="hidden" name="productId" value={product.id} />
      {hasChoice ? (
        <div className="pg-ui-field">
          <label htmlFor={variantFieldId}>
            {product.options.map((o) => o.name).join(" / ") || ctx.t("storefront.product.option")}
          </label>
          <select
            id={variantFieldId}
            name="variantId"
            defaultValue={selected?.id}
            disabled={!canBuy}
          >
            {product.variants.map((v) => (
              <option key={v.id} value={v.id} disabled={!v.available}>
                {v.available
                  ? `${v.title} — ${ctx.formatMoney(v.price)}`
                  : ctx.t("storefront.product.variantSoldOut", { variant: v.title })}
              </option>
            ))}
          </select>
        </div>
      ) : selected ? (
        <input type="hidden" name="variantId" value={selected.id} />
      ) : null}
      {showQuantity ? (
        <div className="pg-ui-field pg-ui-field--quantity">
          <label htmlFor={quantityFieldId}>{ctx.t("storefront.product.quantity")}</label>
          <input
            id={quantityFieldId}
            type="number"
            name="quantity"
            min={1}
            max={99}
            defaultValue={1}
            inputMode="numeric"
            disabled={!canBuy}
          />
        </div>
      ) : (
        <input type="hidden" name="quantity" value="1" />
      )}
      <button
        type="submit"
        className="pg-ui-button pg-ui-button--primary pg-ui-button--lg"
        disabled={!canBuy}
      >
        {canBuy
          ? ownLabel(buttonLabel, "Add to cart") || ctx.t("storefront.product.addToCart")
          : ownLabel(soldOutLabel, "Sold out") || ctx.t("storefront.product.soldOut")}
      </button>
    </form>
  );
}
