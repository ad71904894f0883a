import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockImage } from "../shared/BlockImage.tsx";
import {
  AddToCartForm,
  findProduct,
  firstAvailableVariant,
  ownLabel,
  Price,
  productHref,
} from "../shared/commerce.tsx";
import { EditorHint } from "../shared/EditorHint.tsx";
import { headingIdFor } from "../shared/Heading.tsx";
import { sanitizeProductHtml } from "../shared/productDescription.ts";
import type { FeaturedProductProps } from "./schema.ts";

export function FeaturedProductBlock({ id, props }: BlockComponentProps<FeaturedProductProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { background: props.background });
  const product =
    findProduct(ctx, props.productId) ??
    (props.productId === ""
      ? (ctx.data.products.find((p) => p.available) ?? ctx.data.products[0])
      : undefined);
  if (!product) {
    if (ctx.mode !== "editor") return null;
    return (
      <div data-block-id={id} className="pg-featured-product">
        <EditorHint>Choose a product to feature.</EditorHint>
      </div>
    );
  }
  const variant = firstAvailableVariant(product);
  const image = product.images[0];
  const href = productHref(ctx, product);
  const description =
    props.showDescription && product.descriptionHtml
      ? sanitizeProductHtml(product.descriptionHtml)
      : "";
  return (
    <section
      data-block-id={id}
      className={`pg-featured-product pg-featured-product--${props.layout}`}
      aria-labelledby={headingIdFor(id)}
    >
      <div className="pg-featured-product__media">
        {image ? (
          <BlockImage
            className="pg-featured-product__img"
            image={{ ...image, decorative: false }}
            altFallback={product.title}
            sizes="(min-width: 1024px) 50vw, 100vw"
            size="large"
            fallbackWidth={image.width}
            fallbackHeight={image.height}
          />
        ) : null}
      </div>
      <div className="pg-featured-product__info">
        {props.eyebrow.trim() ? (
          <p className="pg-featured-product__eyebrow">{props.eyebrow.trim()}</p>
        ) : null}
        <h2 id={headingIdFor(id)} className="pg-featured-product__title">
          <a href={href}>{product.title}</a>
        </h2>
        <Price
          price={variant?.price ?? product.priceMin}
          compareAt={variant ? variant.compareAtPrice : product.compareAt}
        />
        {description ? (
          <div
            className="pg-featured-product__description pg-ui-prose"
            dangerouslySetInnerHTML={{ __html: description }}
          />
        ) : null}
        <AddToCartForm
          blockId={id}
          product={product}
          buttonLabel={props.buttonLabel}
          soldOutLabel=""
          showQuantity={props.showQuantity}
        />
        {props.detailsLabel.trim() ? (
          <a className="pg-featured-product__details" href={href}>
            {ownLabel(props.detailsLabel, "See details") || ctx.t("storefront.product.details")}
          </a>
        ) : null}
      </div>
    </section>
  );
}
