import { defineBlock } from "../definition.ts";
import { statsFields } from "./fields.ts";
import { STATS_VERSION, statsMigrations, ZStatsProps } from "./schema.ts";
import { StatsBlock } from "./StatsBlock.tsx";

export type { StatsProps } from "./schema.ts";

export const statsBlock = defineBlock({
  type: "stats",
  version: STATS_VERSION,
  label: "Stats",
  description: "A few big numbers with what they count.",
  category: "content",
  icon: "M4 20V10 M10 20V4 M16 20v-7 M22 20H2",
  schema: ZStatsProps,
  migrations: statsMigrations,
  fields: statsFields,
  component: StatsBlock,
  css: `
.pg-stats__intro{margin-bottom:var(--pg-space-md)}
.pg-stats__items{margin:0;display:grid;grid-template-columns:repeat(var(--pg-columns,1),minmax(0,1fr));gap:var(--pg-space-md)}
.pg-stats__item{display:flex;flex-direction:column-reverse;gap:0.25rem;text-align:center}
.pg-stats__value{margin:0;font-family:var(--pg-font-heading);font-weight:var(--pg-font-heading-weight);font-size:var(--pg-text-3xl);line-height:1.1;color:var(--pg-color-primary)}
.pg-stats__label{color:var(--pg-color-muted)}
`,
  ai: {
    description: "Real numbers the merchant gave (orders, reviews, years). Never invent figures.",
    copyProps: [{ prop: "heading", tone: "plain", maxLength: 60 }],
  },
  layout: "contained",
  allowedChildren: "none",
});
