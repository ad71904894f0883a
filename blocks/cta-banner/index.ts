import { defineBlock } from "../definition.ts";
import { CtaBannerBlock } from "./CtaBannerBlock.tsx";
import { ctaBannerFields } from "./fields.ts";
import { CTA_BANNER_VERSION, ctaBannerMigrations, ZCtaBannerProps } from "./schema.ts";

export type { CtaBannerProps } from "./schema.ts";

export const ctaBannerBlock = defineBlock({
  type: "cta-banner",
  version: CTA_BANNER_VERSION,
  label: "Call to action",
  description: "A coloured band with a headline and one or two buttons.",
  category: "content",
  icon: "M3 7h18v10H3z M7 12h6 M15 11h3v2h-3z",
  schema: ZCtaBannerProps,
  migrations: ctaBannerMigrations,
  fields: ctaBannerFields,
  component: CtaBannerBlock,
  css: `
.pg-cta-banner{padding-block:var(--pg-space-xl)}
.pg-cta-banner__text{max-width:var(--pg-width-narrow);margin-inline:auto}
.pg-cta-banner__text h2{font-size:var(--pg-text-3xl)}
.pg-cta-banner__text p{margin:0;font-size:var(--pg-text-lg)}
`,
  ai: {
    description: "Ends a page with one clear invitation: shop, visit, book, subscribe.",
    copyProps: [
      { prop: "heading", tone: "inviting, specific", maxLength: 70 },
      { prop: "text", tone: "one or two sentences", maxLength: 180 },
      { prop: "buttons", tone: "verb first", maxLength: 30 },
    ],
  },
  layout: "full-bleed",
  allowedChildren: "none",
});
