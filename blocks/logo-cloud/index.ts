import { defineBlock } from "../definition.ts";
import { logoCloudFields } from "./fields.ts";
import { LogoCloudBlock } from "./LogoCloudBlock.tsx";
import { LOGO_CLOUD_VERSION, logoCloudMigrations, ZLogoCloudProps } from "./schema.ts";

export type { LogoCloudProps } from "./schema.ts";

export const logoCloudBlock = defineBlock({
  type: "logo-cloud",
  version: LOGO_CLOUD_VERSION,
  label: "Logo cloud",
  description: "Logos of press, stockists or partners.",
  category: "content",
  icon: "M4 8h5v4H4z M15 8h5v4h-5z M9.5 14h5v4h-5z",
  schema: ZLogoCloudProps,
  migrations: logoCloudMigrations,
  fields: logoCloudFields,
  component: LogoCloudBlock,
  css: `
.pg-logo-cloud{text-align:center}
.pg-logo-cloud__intro h2{font-size:var(--pg-text-sm);font-family:var(--pg-font-body);letter-spacing:0.08em;text-transform:uppercase;color:var(--pg-color-muted)}
.pg-logo-cloud__items{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;justify-content:center;align-items:center;gap:var(--pg-space-md) var(--pg-space-lg)}
.pg-logo-cloud__img{max-height:3rem;width:auto}
.pg-logo-cloud--grayscale .pg-logo-cloud__img{filter:grayscale(1);opacity:0.8}
.pg-logo-cloud__name{font-family:var(--pg-font-heading);font-size:var(--pg-text-xl);color:var(--pg-color-muted)}
.pg-logo-cloud__item a{text-decoration:none}
`,
  ai: {
    description: "Press mentions or stockists the merchant named.",
    copyProps: [{ prop: "heading", tone: "short", maxLength: 40 }],
  },
  layout: "wide",
  allowedChildren: "none",
});
