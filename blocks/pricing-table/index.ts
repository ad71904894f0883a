import { defineBlock } from "../definition.ts";
import { pricingTableFields } from "./fields.ts";
import { PricingTableBlock } from "./PricingTableBlock.tsx";
import { PRICING_TABLE_VERSION, pricingTableMigrations, ZPricingTableProps } from "./schema.ts";

export type { PricingTableProps } from "./schema.ts";

export const pricingTableBlock = defineBlock({
  type: "pricing-table",
  version: PRICING_TABLE_VERSION,
  label: "Pricing table",
  description: "Plans or packages side by side, one highlighted.",
  category: "content",
  icon: "M3 6h5v14H3z M9.5 3h5v17h-5z M16 6h5v14h-5z",
  schema: ZPricingTableProps,
  migrations: pricingTableMigrations,
  fields: pricingTableFields,
  component: PricingTableBlock,
  css: `
.pg-pricing-table__intro{text-align:center;max-width:var(--pg-width-narrow);margin:0 auto var(--pg-space-lg)}
.pg-pricing-table__intro p{color:var(--pg-color-muted)}
.pg-pricing-table__plans{list-style:none;margin:0;padding:0;display:grid;gap:var(--pg-space-md);grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));align-items:stretch}
.pg-pricing-table__plan{display:flex;flex-direction:column;gap:0.75rem;padding:var(--pg-space-lg) var(--pg-space-md);border:1px solid var(--pg-color-border);border-radius:var(--pg-radius);background:var(--pg-color-background);color:var(--pg-color-text)}
.pg-pricing-table__plan--highlighted{border:2px solid var(--pg-color-primary);box-shadow:0 10px 30px rgba(0,0,0,.08)}
.pg-pricing-table__badge{align-self:flex-start;margin:0;background:var(--pg-color-accent);color:var(--pg-color-on-accent);font-size:var(--pg-text-sm);font-weight:600;padding:0.15em 0.7em;border-radius:999px}
.pg-pricing-table__name{margin:0;font-size:var(--pg-text-xl)}
.pg-pricing-table__price{margin:0}
.pg-pricing-table__amount{font-family:var(--pg-font-heading);font-size:var(--pg-text-3xl);font-weight:var(--pg-font-heading-weight)}
.pg-pricing-table__period,.pg-pricing-table__description{color:var(--pg-color-muted)}
.pg-pricing-table__description{margin:0}
.pg-pricing-table__features{margin:0;padding-inline-start:1.2em;flex:1}
.pg-pricing-table__amount--long{font-size:var(--pg-text-2xl)}
.pg-pricing-table__button{align-self:stretch;margin-top:auto}
.pg-pricing-table__plan--sample{outline:2px dashed #b54708;outline-offset:3px}
.pg-pricing-table__sample-flag{align-self:flex-start;margin:0;background:#fffaeb;color:#93370d;border:1px solid #fec84b;font:600 12px/1.4 system-ui,sans-serif;padding:0.15em 0.6em;border-radius:4px}
`,
  ai: {
    description: "Subscription tiers, service packages or class passes the merchant sells.",
    copyProps: [
      { prop: "heading", tone: "benefit-led", maxLength: 70 },
      { prop: "intro", tone: "reassuring", maxLength: 200 },
      { prop: "plans", tone: "concrete", maxLength: 300 },
    ],
  },
  layout: "contained",
  allowedChildren: "none",
});
