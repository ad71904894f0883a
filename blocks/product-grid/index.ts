import { defineBlock } from "../definition.ts";
import { productGridFields } from "./fields.ts";
import { ProductGridBlock } from "./ProductGridBlock.tsx";
import { PRODUCT_GRID_VERSION, productGridMigrations, ZProductGridProps } from "./schema.ts";

export type { ProductGridProps } from "./schema.ts";

export const productGridBlock = defineBlock({
  type: "product-grid",
  version: PRODUCT_GRID_VERSION,
  label: "Product grid",
  description: "Products from a collection, or ones you pick, in a grid.",
  category: "commerce",
  icon: "M4 4h7v7H4z M13 4h7v7h-7z M4 13h7v7H4z M13 13h7v7h-7z M6 8.5h3 M15 8.5h3",
  schema: ZProductGridProps,
  migrations: productGridMigrations,
  fields: productGridFields,
  component: ProductGridBlock,
  css: `
.pg-product-grid__intro{margin-bottom:var(--pg-space-md)}
.pg-product-grid__items{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(var(--pg-columns,2),minmax(0,1fr));gap:var(--pg-space-lg) var(--pg-space-md)}
.pg-product-grid__empty{color:var(--pg-color-muted)}
`,
  ai: {
    description: "Shows products for sale; the workhorse of home and collection pages.",
    copyProps: [{ prop: "heading", tone: "short", maxLength: 40 }],
  },
  layout: "contained",
  allowedChildren: "none",
});
