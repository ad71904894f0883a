import { defineBlock } from "../definition.ts";
import { FeaturesBlock } from "./FeaturesBlock.tsx";
import { featuresFields } from "./fields.ts";
import { FEATURES_VERSION, featuresMigrations, ZFeaturesProps } from "./schema.ts";

export type { FeaturesProps } from "./schema.ts";

export const featuresBlock = defineBlock({
  type: "features",
  version: FEATURES_VERSION,
  label: "Features",
  description: "Short selling points, each with an icon.",
  category: "content",
  icon: "M5 6h.01 M9 6h10 M5 12h.01 M9 12h10 M5 18h.01 M9 18h10",
  schema: ZFeaturesProps,
  migrations: featuresMigrations,
  fields: featuresFields,
  component: FeaturesBlock,
  css: `
.pg-features{display:flex;flex-direction:column}
.pg-features__intro{max-width:var(--pg-width-narrow);margin:0 0 var(--pg-space-lg);align-self:var(--pg-align,center)}
.pg-features__intro p{color:var(--pg-color-muted);margin:0}
.pg-features__items{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(var(--pg-columns,1),minmax(0,1fr));gap:var(--pg-space-lg)}
.pg-features__item{display:flex;flex-direction:column;align-items:var(--pg-align,center);gap:0.5rem}
.pg-features__icon{width:2rem;height:2rem;color:var(--pg-color-primary)}
.pg-features__title{font-size:var(--pg-text-lg);margin:0}
.pg-features__text{margin:0;color:var(--pg-color-muted)}
`,
  ai: {
    description: "Three or four reasons to buy: shipping, returns, materials, guarantees.",
    copyProps: [
      { prop: "heading", tone: "confident", maxLength: 60 },
      { prop: "intro", tone: "plain", maxLength: 200 },
      { prop: "items", tone: "specific, one benefit each", maxLength: 200 },
    ],
  },
  layout: "contained",
  allowedChildren: "none",
});
