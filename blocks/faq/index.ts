import { defineBlock } from "../definition.ts";
import { FaqBlock } from "./FaqBlock.tsx";
import { faqFields } from "./fields.ts";
import { FAQ_VERSION, faqMigrations, ZFaqProps } from "./schema.ts";

export type { FaqProps } from "./schema.ts";

export const faqBlock = defineBlock({
  type: "faq",
  version: FAQ_VERSION,
  label: "FAQ",
  description: "Questions that open to show their answers.",
  category: "content",
  icon: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.7 M12 17h.01",
  schema: ZFaqProps,
  migrations: faqMigrations,
  fields: faqFields,
  component: FaqBlock,
  css: `
.pg-faq{max-width:var(--pg-width-narrow);margin-inline:auto;width:100%}
.pg-faq__intro{margin-bottom:var(--pg-space-md)}
.pg-faq__item{border-bottom:1px solid var(--pg-color-border)}
.pg-faq__question{cursor:pointer;padding:1rem 2rem 1rem 0;font-weight:600;list-style:none;position:relative}
.pg-faq__question::-webkit-details-marker{display:none}
.pg-faq__question::after{content:"+";position:absolute;right:0.25rem;top:50%;transform:translateY(-50%);font-size:1.4em;line-height:1}
.pg-faq__item[open] .pg-faq__question::after{content:"\\2212"}
.pg-faq__answer{padding-bottom:1rem;color:var(--pg-color-muted)}
.pg-faq__answer p{margin:0 0 0.75em}
`,
  ai: {
    description: "Answers to what shoppers ask before buying: shipping, returns, sizing, care.",
    copyProps: [
      { prop: "heading", tone: "plain", maxLength: 60 },
      { prop: "items", tone: "direct, helpful answers", maxLength: 400 },
    ],
  },
  layout: "contained",
  allowedChildren: "none",
});
