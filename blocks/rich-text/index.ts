import { defineBlock } from "../definition.ts";
import { richTextFields } from "./fields.ts";
import { RichTextBlock } from "./RichTextBlock.tsx";
import { RICH_TEXT_VERSION, richTextMigrations, ZRichTextProps } from "./schema.ts";

export type { RichTextProps } from "./schema.ts";

export const richTextBlock = defineBlock({
  type: "rich-text",
  version: RICH_TEXT_VERSION,
  label: "Text",
  description: "Paragraphs, lists, quotes and links.",
  category: "content",
  icon: "M4 6h16 M4 10h16 M4 14h10 M4 18h13",
  schema: ZRichTextProps,
  migrations: richTextMigrations,
  fields: richTextFields,
  component: RichTextBlock,
  css: `
.pg-rich-text{--pg-content-width:var(--pg-width-narrow);width:100%}
.pg-rich-text .pg-ui-prose{max-width:var(--pg-content-width);margin-inline:auto}
`,
  ai: {
    description: "Body copy: a story, details, policies. Short paragraphs.",
    copyProps: [{ prop: "content", tone: "warm, plain-spoken", maxLength: 1200 }],
  },
  layout: "contained",
  allowedChildren: "none",
});
