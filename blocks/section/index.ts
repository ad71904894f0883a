import { SECTION_CHILDREN } from "../containment.ts";
import { defineBlock } from "../definition.ts";
import { sectionFields } from "./fields.ts";
import { SECTION_VERSION, sectionMigrations, ZSectionProps } from "./schema.ts";
import { SectionBlock } from "./SectionBlock.tsx";

export type { SectionProps } from "./schema.ts";

export const sectionBlock = defineBlock({
  type: "section",
  version: SECTION_VERSION,
  label: "Section",
  description: "A full-width band of the page that holds other blocks.",
  category: "layout",
  icon: "M3 5h18v14H3z M3 9h18",
  schema: ZSectionProps,
  migrations: sectionMigrations,
  fields: sectionFields,
  component: SectionBlock,
  css: `
.pg-section{position:relative;scroll-margin-top:5rem}
.pg-section__inner{display:flex;flex-direction:column;gap:var(--pg-gap,var(--pg-space-md))}
`,
  ai: {
    description: "Groups related content (heading, text, products) into one band of the page.",
    copyProps: [],
  },
  layout: "full-bleed",
  allowedChildren: SECTION_CHILDREN,
});
