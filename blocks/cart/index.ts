import { defineBlock } from "../definition.ts";
import { CartBlock } from "./CartBlock.tsx";
import { cartFields } from "./fields.ts";
import { CART_VERSION, cartMigrations, ZCartProps } from "./schema.ts";

export type { CartProps } from "./schema.ts";

export const cartBlock = defineBlock({
  type: "cart",
  version: CART_VERSION,
  label: "Cart",
  description: "The shopper's cart with quantities, subtotal and checkout.",
  category: "commerce",
  icon: "M3 4h2l2.4 11h11l2-8H6 M9 20h.01 M18 20h.01",
  schema: ZCartProps,
  migrations: cartMigrations,
  fields: cartFields,
  component: CartBlock,
  css: `
.pg-cart{width:100%}
.pg-cart__table{width:100%;border-collapse:collapse}
.pg-cart__table th,.pg-cart__table td{padding:0.75rem 0.5rem;text-align:start;vertical-align:middle;border-bottom:1px solid var(--pg-color-border)}
.pg-cart__table thead th{font-size:var(--pg-text-sm);color:var(--pg-color-muted);font-weight:600}
.pg-cart__product{display:flex;align-items:center;gap:0.75rem;font-weight:500}
.pg-cart__img{width:4rem;height:4rem;object-fit:cover;border-radius:var(--pg-radius)}
.pg-cart__variant{display:block;font-size:var(--pg-text-sm);color:var(--pg-color-muted);font-weight:400}
.pg-cart__quantity{display:flex;gap:0.4rem;align-items:center}
.pg-cart__quantity input{width:4rem;font:inherit;padding:0.4rem;border:1px solid var(--pg-color-border-strong);border-radius:var(--pg-radius)}
.pg-cart__summary{display:flex;flex-direction:column;align-items:flex-end;gap:var(--pg-space-sm);margin-top:var(--pg-space-md)}
.pg-cart__subtotal{margin:0;font-size:var(--pg-text-lg)}
.pg-cart__note{margin:0;font-size:var(--pg-text-sm);color:var(--pg-color-muted)}
.pg-cart__empty{padding-block:var(--pg-space-lg)}
@media (max-width: 767px){
.pg-cart__table thead{display:none}
.pg-cart__table tr{display:grid;grid-template-columns:1fr 1fr;border-bottom:1px solid var(--pg-color-border);padding-block:0.5rem}
.pg-cart__table th,.pg-cart__table td{border:0;padding:0.35rem 0}
.pg-cart__product{grid-column:1 / -1}
.pg-cart__table td::before{content:attr(data-label);display:block;font-size:var(--pg-text-sm);color:var(--pg-color-muted)}
}
`,
  ai: {
    description: "The cart page. One per site, on the page with slug 'cart'.",
    copyProps: [{ prop: "emptyText", tone: "light, friendly", maxLength: 100 }],
  },
  layout: "contained",
  allowedChildren: "none",
});
