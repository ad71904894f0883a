import { defineBlock } from "../definition.ts";
import { headingFields } from "./fields.ts";
import { HeadingBlock } from "./HeadingBlock.tsx";
import { HEADING_VERSION, headingMigrations, ZHeadingProps } from "./schema.ts";

export type { HeadingProps } from "./schema.ts";

export const headingBlock = defineBlock({
  type: "heading",
  version: HEADING_VERSION,
  label: "Heading",
  description: "A title for a part of the page.",
  category: "content",
  icon: "M6 4v16 M18 4v16 M6 12h12",
  schema: ZHeadingProps,
  migrations: headingMigrations,
  fields: headingFields,
  component: HeadingBlock,
  css: `
.pg-heading__text{font-size:inherit;margin:0}
.pg-heading__eyebrow{font-family:var(--pg-font-body);font-size:var(--pg-text-sm);font-weight:600;letter-spacing:0.08em;text-transform:uppercase;color:var(--pg-color-muted);margin:0 0 0.5rem}
`,
  ai: {
    description: "A short, specific title that introduces the content below it.",
    copyProps: [
      { prop: "text", tone: "clear, concrete, no hype", maxLength: 80 },
      { prop: "eyebrow", tone: "two or three words", maxLength: 30 },
    ],
  },
  layout: "contained",
  allowedChildren: "none",
});
