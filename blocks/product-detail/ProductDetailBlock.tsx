import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockImage } from "../shared/BlockImage.tsx";
import { AddToCartForm, findProduct, firstAvailableVariant, Price } from "../shared/commerce.tsx";
import { EditorHint } from "../shared/EditorHint.tsx";
import { Heading, headingIdFor } from "../shared/Heading.tsx";
import { sanitizeProductHtml } from "../shared/productDescription.ts";
import type { ProductDetailProps } from "./schema.ts";

export function ProductDetailBlock({ id, props }: BlockComponentProps<ProductDetailProps>) {
  const ctx = useRenderContext();
  const product =
    findProduct(ctx, props.productId) ??
    (props.productId === ""
      ? (findProduct(ctx, ctx.data.currentProductId ?? "") ?? ctx.data.products[0])
      : undefined);
  if (!product) {
    if (ctx.mode !== "editor") return null;
    return (
      <div data-block-id={id} className="pg-product-detail">
        <EditorHint>Choose a product to show here.</EditorHint>
      </div>
    );
  }
  const variant = firstAvailableVariant(product);
  const price = variant?.price ?? product.priceMin;
  const compareAt = variant ? variant.compareAtPrice : product.compareAt;
  const description =
    props.showDescription && product.descriptionHtml
      ? sanitizeProductHtml(product.descriptionHtml)
      : "";
  return (
    <section data-block-id={id} className="pg-product-detail" aria-labelledby={headingIdFor(id)}>
      <div
        className={`pg-product-detail__gallery pg-product-detail__gallery--${props.galleryLayout}`}
      >
        {product.images.length === 0 ? <div className="pg-product-detail__no-image" /> : null}
        {product.images.map((image, i) => (
          <BlockImage
            key={i}
            className="pg-product-detail__img"
            image={{ ...image, decorative: false }}
            altFallback={product.title}
            sizes="(min-width: 1024px) 50vw, 100vw"
            size={i === 0 ? "large" : "small"}
            fallbackWidth={image.width}
            fallbackHeight={image.height}
          />
        ))}
      </div>
      <div className="pg-product-detail__info">
        <Heading
          level={props.headingLevel}
          id={headingIdFor(id)}
          className="pg-product-detail__title"
        >
          {product.title}
        </Heading>
        <Price price={price} compareAt={compareAt} className="pg-product-detail__price" />
        <AddToCartForm
          blockId={id}
          product={product}
          buttonLabel={props.buttonLabel}
          soldOutLabel={props.soldOutLabel}
          showQuantity={props.showQuantity}
        />
        {props.note.trim() ? <p className="pg-product-detail__note">{props.note.trim()}</p> : null}
        {description ? (
          <div
            className="pg-product-detail__description pg-ui-prose"
            dangerouslySetInnerHTML={{ __html: description }}
          />
        ) : null}
      </div>
    </section>
  );
}
