import { defineBlock } from "../definition.ts";
import { newsletterFields } from "./fields.ts";
import { NewsletterBlock } from "./NewsletterBlock.tsx";
import { NEWSLETTER_VERSION, newsletterMigrations, ZNewsletterProps } from "./schema.ts";

export type { NewsletterProps } from "./schema.ts";

export const newsletterBlock = defineBlock({
  type: "newsletter",
  version: NEWSLETTER_VERSION,
  label: "Newsletter sign-up",
  description: "An email sign-up form.",
  category: "content",
  icon: "M3 6h18v12H3z M3 7l9 6 9-6",
  schema: ZNewsletterProps,
  migrations: newsletterMigrations,
  fields: newsletterFields,
  component: NewsletterBlock,
  css: `
.pg-newsletter{padding-block:var(--pg-space-xl);border-radius:var(--pg-radius)}
.pg-newsletter__inner{max-width:var(--pg-width-narrow);text-align:center}
.pg-newsletter__intro p{margin:0 0 var(--pg-space-md)}
.pg-newsletter__form{display:flex;flex-direction:column;gap:var(--pg-space-sm);align-items:stretch;text-align:start}
.pg-newsletter__field{margin:0;flex:1}
@media (min-width: 768px){.pg-newsletter__form--inline{flex-direction:row;flex-wrap:wrap;align-items:flex-end}}
.pg-newsletter__status{flex-basis:100%;margin:0}
.pg-newsletter__status:empty{display:none}
.pg-newsletter__note{margin:var(--pg-space-sm) 0 0;font-size:var(--pg-text-sm);opacity:0.85}
`,
  ai: {
    description:
      "Collects emails for the merchant's newsletter; say what subscribers get and how often.",
    copyProps: [
      { prop: "heading", tone: "inviting", maxLength: 60 },
      { prop: "text", tone: "what they get, how often", maxLength: 200 },
      { prop: "buttonLabel", tone: "one or two words", maxLength: 20 },
    ],
  },
  layout: "full-bleed",
  allowedChildren: "none",
});
