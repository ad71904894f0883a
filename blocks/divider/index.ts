import { defineBlock } from "../definition.ts";
import { DividerBlock } from "./DividerBlock.tsx";
import { dividerFields } from "./fields.ts";
import { DIVIDER_VERSION, dividerMigrations, ZDividerProps } from "./schema.ts";

export type { DividerProps } from "./schema.ts";

export const dividerBlock = defineBlock({
  type: "divider",
  version: DIVIDER_VERSION,
  label: "Divider",
  description: "A horizontal line between blocks.",
  category: "layout",
  icon: "M3 12h18",
  schema: ZDividerProps,
  migrations: dividerMigrations,
  fields: dividerFields,
  component: DividerBlock,
  css: `
.pg-divider{border:0;border-top:var(--pg-line-width,1px) solid var(--pg-line-color,var(--pg-color-border));width:100%;margin-inline:auto}
.pg-divider--dashed{border-top-style:dashed}
.pg-divider--dotted{border-top-style:dotted}
.pg-divider--short{width:min(6rem,100%)}
`,
  ai: { description: "Separates two groups of content with a thin line.", copyProps: [] },
  layout: "contained",
  ownSpacing: true,
  allowedChildren: "none",
});
