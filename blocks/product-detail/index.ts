import { defineBlock } from "../definition.ts";
import { productDetailFields } from "./fields.ts";
import { ProductDetailBlock } from "./ProductDetailBlock.tsx";
import { PRODUCT_DETAIL_VERSION, productDetailMigrations, ZProductDetailProps } from "./schema.ts";

export type { ProductDetailProps } from "./schema.ts";

export const productDetailBlock = defineBlock({
  type: "product-detail",
  version: PRODUCT_DETAIL_VERSION,
  label: "Product details",
  description: "Photos, price, options and add to cart for one product.",
  category: "commerce",
  icon: "M3 4h9v16H3z M14 6h7 M14 10h5 M14 15h7v4h-7z",
  schema: ZProductDetailProps,
  migrations: productDetailMigrations,
  fields: productDetailFields,
  component: ProductDetailBlock,
  css: `
.pg-product-detail{display:grid;gap:var(--pg-space-lg)}
@media (min-width: 1024px){.pg-product-detail{grid-template-columns:minmax(0,1.1fr) minmax(0,1fr);align-items:start}}
.pg-product-detail__gallery{display:grid;gap:var(--pg-space-sm)}
.pg-product-detail__gallery--carousel{grid-auto-flow:column;grid-auto-columns:100%;overflow-x:auto;scroll-snap-type:x mandatory}
.pg-product-detail__gallery--carousel .pg-product-detail__img{scroll-snap-align:start}
.pg-product-detail__img{width:100%;border-radius:var(--pg-radius);background:var(--pg-color-surface)}
.pg-product-detail__no-image{aspect-ratio:4 / 5;background:var(--pg-color-surface);border-radius:var(--pg-radius)}
.pg-product-detail__info{display:flex;flex-direction:column;gap:var(--pg-space-sm)}
@media (min-width: 1024px){.pg-product-detail__info{position:sticky;top:6rem}}
.pg-product-detail__title{font-size:var(--pg-text-3xl);margin:0}
.pg-product-detail__price{font-size:var(--pg-text-xl)}
.pg-product-detail__note{margin:0;font-size:var(--pg-text-sm);color:var(--pg-color-muted)}
.pg-product-detail__description{margin-top:var(--pg-space-md)}
`,
  ai: {
    description: "The main block of a product page.",
    copyProps: [{ prop: "note", tone: "reassuring, factual", maxLength: 100 }],
  },
  layout: "contained",
  allowedChildren: "none",
});
