import { defineBlock } from "../definition.ts";
import { FeaturedProductBlock } from "./FeaturedProductBlock.tsx";
import { featuredProductFields } from "./fields.ts";
import {
  FEATURED_PRODUCT_VERSION,
  featuredProductMigrations,
  ZFeaturedProductProps,
} from "./schema.ts";

export type { FeaturedProductProps } from "./schema.ts";

export const featuredProductBlock = defineBlock({
  type: "featured-product",
  version: FEATURED_PRODUCT_VERSION,
  label: "Featured product",
  description: "One product in the spotlight, buyable right there.",
  category: "commerce",
  icon: "M3 5h9v14H3z M15 8h6 M15 12h4 M15 16h6 M7.5 9l1 2 2 .3-1.5 1.4.4 2.1-1.9-1-1.9 1 .4-2.1L4.5 11.3l2-.3z",
  schema: ZFeaturedProductProps,
  migrations: featuredProductMigrations,
  fields: featuredProductFields,
  component: FeaturedProductBlock,
  css: `
.pg-featured-product{display:grid;gap:var(--pg-space-lg);align-items:center;padding:var(--pg-space-md);border-radius:var(--pg-radius)}
@media (min-width: 768px){.pg-featured-product{grid-template-columns:1fr 1fr}.pg-featured-product--image-right .pg-featured-product__media{order:2}}
.pg-featured-product__img{width:100%;border-radius:var(--pg-radius)}
.pg-featured-product__info{display:flex;flex-direction:column;gap:var(--pg-space-sm);align-items:flex-start}
.pg-featured-product__eyebrow{margin:0;font-size:var(--pg-text-sm);font-weight:600;letter-spacing:0.08em;text-transform:uppercase;opacity:0.85}
.pg-featured-product__title{margin:0;font-size:var(--pg-text-2xl)}
.pg-featured-product__title a{text-decoration:none}
.pg-featured-product__details{font-size:var(--pg-text-sm)}
`,
  ai: {
    description: "Spotlights the merchant's hero product with a short reason to buy it.",
    copyProps: [{ prop: "eyebrow", tone: "two or three words", maxLength: 30 }],
  },
  layout: "contained",
  allowedChildren: "none",
});
