import { defineBlock } from "../definition.ts";
import { heroFields } from "./fields.ts";
import { HeroBlock } from "./HeroBlock.tsx";
import { HERO_VERSION, heroMigrations, ZHeroProps } from "./schema.ts";

export type { HeroProps } from "./schema.ts";

export const heroBlock = defineBlock({
  type: "hero",
  version: HERO_VERSION,
  label: "Hero",
  description: "The big opening of a page: headline, short pitch, buttons and an image.",
  category: "content",
  icon: "M3 4h18v16H3z M6 9h7 M6 12h5 M6 15.5h3 M15 8h3v8h-3z",
  schema: ZHeroProps,
  migrations: heroMigrations,
  fields: heroFields,
  component: HeroBlock,
  css: `
.pg-hero{position:relative;display:grid;align-items:center;overflow:hidden;isolation:isolate}
.pg-hero__content{padding:var(--pg-space-xl) var(--pg-gutter);max-width:var(--pg-width-normal);width:100%;box-sizing:border-box;margin-inline:auto}
.pg-hero__eyebrow{margin:0 0 0.75rem;font-size:var(--pg-text-sm);font-weight:600;letter-spacing:0.08em;text-transform:uppercase;opacity:0.85}
.pg-hero__heading{font-size:var(--pg-text-4xl);margin:0 0 0.4em;overflow-wrap:anywhere}
.pg-hero__subheading{font-size:var(--pg-text-lg);max-width:36rem;margin:0;margin-inline:inherit;opacity:0.9}
.pg-hero--centered .pg-hero__subheading{margin-inline:auto}
.pg-hero__media{min-height:16rem;height:100%;align-self:stretch}
.pg-hero__img{width:100%;height:100%;object-fit:cover}
.pg-hero--centered .pg-hero__content{max-width:var(--pg-width-narrow)}
.pg-hero--centered .pg-hero__media{order:2;padding:0 var(--pg-gutter) var(--pg-space-xl)}
.pg-hero--centered .pg-hero__img{border-radius:var(--pg-radius);max-height:36rem}
@media (min-width: 1024px){
.pg-hero--image-right,.pg-hero--image-left{grid-template-columns:1fr 1fr}
.pg-hero--image-right .pg-hero__media{order:2}
.pg-hero--image-right .pg-hero__content,.pg-hero--image-left .pg-hero__content{max-width:40rem}
}
.pg-hero--background .pg-hero__media{position:absolute;inset:0;z-index:-1}
.pg-hero--background .pg-hero__media::after{content:"";position:absolute;inset:0;background:#000;opacity:var(--pg-overlay,0.45)}
.pg-hero--background .pg-hero__content{position:relative}
`,
  ai: {
    description:
      "Opens the home page (and key landing pages): what the shop sells and why, in one glance.",
    copyProps: [
      { prop: "eyebrow", tone: "two or three words", maxLength: 30 },
      { prop: "heading", tone: "vivid, specific, under eight words", maxLength: 60 },
      { prop: "subheading", tone: "one sentence: what, who, where", maxLength: 160 },
      { prop: "buttons", tone: "verb first", maxLength: 30 },
    ],
  },
  layout: "full-bleed",
  allowedChildren: "none",
});
