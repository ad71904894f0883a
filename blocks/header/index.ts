import { defineBlock } from "../definition.ts";
import { headerFields } from "./fields.ts";
import { HeaderBlock } from "./HeaderBlock.tsx";
import { HEADER_VERSION, headerMigrations, ZHeaderProps } from "./schema.ts";

export type { HeaderProps } from "./schema.ts";

export const headerBlock = defineBlock({
  type: "header",
  version: HEADER_VERSION,
  label: "Header",
  description: "Logo, site menu and cart link at the top of every page.",
  category: "site",
  icon: "M3 4h18v5H3z M6 6.5h3 M13 6.5h5",
  schema: ZHeaderProps,
  migrations: headerMigrations,
  fields: headerFields,
  component: HeaderBlock,
  css: `
.pg-header{position:relative;z-index:20;border-bottom:1px solid var(--pg-color-border)}
.pg-header--sticky{position:sticky;top:0}
.pg-header__inner{display:flex;align-items:center;gap:var(--pg-space-md);min-height:4rem}
.pg-header__brand{display:inline-flex;align-items:center;text-decoration:none;margin-inline-end:auto}
.pg-header__logo{max-height:2.75rem;width:auto}
.pg-header__name{font-family:var(--pg-font-heading);font-weight:var(--pg-font-heading-weight);font-size:var(--pg-text-xl)}
.pg-header__nav{display:none}
.pg-header__menu-list,.pg-header__menu-list-sub,.pg-header__mobile-list,.pg-header__mobile-list-sub{list-style:none;margin:0;padding:0}
.pg-header__menu-list{display:flex;gap:var(--pg-space-md)}
.pg-header__menu-list>li{position:relative}
.pg-header__menu-list a,.pg-header__mobile-list a{text-decoration:none;font-weight:500}
.pg-header__menu-list a[aria-current="page"],.pg-header__mobile-list a[aria-current="page"]{text-decoration:underline;text-underline-offset:0.3em}
.pg-header__menu-list-sub{display:none;position:absolute;top:100%;left:-1rem;min-width:12rem;padding:0.5rem 1rem;background:var(--pg-surface-bg);color:var(--pg-surface-fg);border:1px solid var(--pg-color-border);border-radius:var(--pg-radius)}
.pg-header__menu-list>li:hover>.pg-header__menu-list-sub,.pg-header__menu-list>li:focus-within>.pg-header__menu-list-sub{display:block}
.pg-header__menu-list-sub li{padding:0.25rem 0}
.pg-header__actions{display:flex;align-items:center;gap:var(--pg-space-sm)}
.pg-header__cart{text-decoration:none;font-weight:500;white-space:nowrap}
.pg-header__cart-count{display:inline-grid;place-items:center;min-width:1.5em;height:1.5em;padding:0 0.3em;border-radius:999px;background:var(--pg-color-primary);color:var(--pg-color-on-primary);font-size:0.8em}
.pg-header__toggle{cursor:pointer;list-style:none;display:inline-flex;align-items:center;gap:0.4rem;min-height:2.75rem;font-weight:500}
.pg-header__toggle::-webkit-details-marker{display:none}
.pg-header__toggle-icon{width:1.1rem;height:2px;background:currentColor;box-shadow:0 -6px 0 currentColor,0 6px 0 currentColor}
.pg-header__mobile-nav{position:absolute;left:0;right:0;top:100%;padding:var(--pg-space-md) var(--pg-gutter);background:var(--pg-surface-bg);color:var(--pg-surface-fg);border-bottom:1px solid var(--pg-color-border)}
.pg-header__mobile-list li{padding:0.5rem 0}
.pg-header__mobile-list-sub{padding-inline-start:1rem}
@media (min-width: 1024px){
.pg-header__nav{display:block}
.pg-header__mobile{display:none}
.pg-header--logo-center .pg-header__inner{display:grid;grid-template-columns:1fr auto 1fr}
.pg-header--logo-center .pg-header__brand{grid-column:2;grid-row:1;margin:0}
.pg-header--logo-center .pg-header__nav{grid-column:1;grid-row:1}
.pg-header--logo-center .pg-header__actions{grid-column:3;grid-row:1;justify-self:end}
}
`,
  ai: {
    description:
      "Top of every page: logo, menu, cart. Use once per page, first (after an announcement bar).",
    copyProps: [{ prop: "ctaLabel", tone: "two words", maxLength: 20 }],
  },
  layout: "full-bleed",
  allowedChildren: "none",
});
