import { defineBlock } from "../definition.ts";
import { footerFields } from "./fields.ts";
import { FooterBlock } from "./FooterBlock.tsx";
import { FOOTER_VERSION, footerMigrations, ZFooterProps } from "./schema.ts";

export type { FooterProps } from "./schema.ts";

export const footerBlock = defineBlock({
  type: "footer",
  version: FOOTER_VERSION,
  label: "Footer",
  description: "Links, social accounts and the small print at the bottom of every page.",
  category: "site",
  icon: "M3 15h18v5H3z M6 17.5h4 M13 17.5h5",
  schema: ZFooterProps,
  migrations: footerMigrations,
  fields: footerFields,
  component: FooterBlock,
  css: `
.pg-footer{padding-block:var(--pg-space-xl) var(--pg-space-md);font-size:var(--pg-text-sm)}
.pg-footer__inner{display:grid;gap:var(--pg-space-lg);grid-template-columns:repeat(auto-fit,minmax(11rem,1fr))}
.pg-footer__about{grid-column:1 / -1;max-width:24rem}
@media (min-width: 1024px){.pg-footer__about{grid-column:auto}}
.pg-footer__name{font-family:var(--pg-font-heading);font-weight:var(--pg-font-heading-weight);font-size:var(--pg-text-lg);margin:0 0 0.5rem}
.pg-footer__tagline{margin:0;opacity:0.85}
.pg-footer__heading{font-family:var(--pg-font-body);font-size:var(--pg-text-sm);letter-spacing:0.06em;text-transform:uppercase;margin:0 0 0.75rem}
.pg-footer__links,.pg-footer__social{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:0.4rem}
.pg-footer__links a,.pg-footer__social a{text-decoration:none}
.pg-footer__links a:hover,.pg-footer__social a:hover{text-decoration:underline}
.pg-footer__legal{margin-top:var(--pg-space-lg);padding-top:var(--pg-space-md);border-top:1px solid var(--pg-color-border);opacity:0.85}
`,
  ai: {
    description: "Bottom of every page: a line about the shop, helpful links, social accounts.",
    copyProps: [{ prop: "tagline", tone: "one warm sentence", maxLength: 140 }],
  },
  layout: "full-bleed",
  allowedChildren: "none",
});
