import type { BlockComponentProps } from "../definition.ts";
import type { StorefrontProduct } from "../render/commerce.ts";
import { useRenderContext, type RenderContextValue } from "../render/context.ts";
import { BlockIntro, labelledBy } from "../shared/BlockIntro.tsx";
import { findCollection, findProduct, ProductCard } from "../shared/commerce.tsx";
import type { ProductGridProps } from "./schema.ts";

/** The products this grid shows, in the merchant's order, within its limit. */
export function productsForGrid(
  ctx: RenderContextValue,
  props: ProductGridProps,
): StorefrontProduct[] {
  let products: StorefrontProduct[];
  if (props.source === "products") {
    products = props.productIds
      .map((id) => findProduct(ctx, id))
      .filter((p): p is StorefrontProduct => p !== undefined);
  } else {
    const collection =
      findCollection(ctx, props.collectionId) ??
      (props.collectionId === ""
        ? findCollection(ctx, ctx.data.currentCollectionId ?? "")
        : undefined);
    products = collection
      ? collection.productIds
          .map((id) => findProduct(ctx, id))
          .filter((p): p is StorefrontProduct => p !== undefined)
      : props.collectionId === ""
        ? ctx.data.products
        : [];
  }
  const visible = props.showSoldOut ? products : products.filter((p) => p.available);
  // The same product picked twice shows once.
  return [...new Map(visible.map((p) => [p.id, p])).values()].slice(0, props.limit);
}

export function ProductGridBlock({ id, props }: BlockComponentProps<ProductGridProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { columns: props.columns, aspectRatio: props.imageAspect });
  const products = productsForGrid(ctx, props);
  const hasHeading = props.heading.trim() !== "";
  return (
    <section
      data-block-id={id}
      className="pg-product-grid"
      aria-labelledby={labelledBy(id, props.heading)}
    >
      <BlockIntro blockId={id} heading={props.heading} className="pg-product-grid__intro" />
      {products.length === 0 ? (
        <p className="pg-product-grid__empty">
          {props.emptyText.trim() || "No products to show yet."}
        </p>
      ) : (
        <ul className="pg-product-grid__items">
          {products.map((product) => (
            <li key={product.id}>
              <ProductCard
                product={product}
                showPrice={props.showPrice}
                headingLevel={hasHeading ? 3 : 2}
                sizes="(min-width: 1024px) 25vw, 50vw"
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
