import { defineBlock } from "../definition.ts";
import { ButtonBlock } from "./ButtonBlock.tsx";
import { buttonFields } from "./fields.ts";
import { BUTTON_VERSION, buttonMigrations, ZButtonProps } from "./schema.ts";

export type { ButtonProps } from "./schema.ts";

export const buttonBlock = defineBlock({
  type: "button",
  version: BUTTON_VERSION,
  label: "Button",
  description: "A link that looks like a button.",
  category: "content",
  icon: "M3 8h18v8H3z M8 12h8",
  schema: ZButtonProps,
  migrations: buttonMigrations,
  fields: buttonFields,
  component: ButtonBlock,
  css: `
.pg-button{display:flex;justify-content:var(--pg-align,flex-start)}
@media (max-width: 767px){.pg-button--full-mobile>a{width:100%}}
`,
  ai: {
    description: "One clear next step for the shopper (shop, book, contact).",
    copyProps: [{ prop: "label", tone: "a verb first, two to four words", maxLength: 30 }],
  },
  layout: "contained",
  allowedChildren: "none",
});
