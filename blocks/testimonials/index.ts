import { defineBlock } from "../definition.ts";
import { testimonialsFields } from "./fields.ts";
import { TESTIMONIALS_VERSION, testimonialsMigrations, ZTestimonialsProps } from "./schema.ts";
import { TestimonialsBlock } from "./TestimonialsBlock.tsx";

export type { TestimonialsProps } from "./schema.ts";

export const testimonialsBlock = defineBlock({
  type: "testimonials",
  version: TESTIMONIALS_VERSION,
  label: "Testimonials",
  description: "Quotes from happy customers, with optional star ratings.",
  category: "content",
  icon: "M4 5h16v11H9l-5 4z M8 9h8 M8 12h5",
  schema: ZTestimonialsProps,
  migrations: testimonialsMigrations,
  fields: testimonialsFields,
  component: TestimonialsBlock,
  css: `
.pg-testimonials__intro{margin-bottom:var(--pg-space-lg)}
.pg-testimonials__items{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(var(--pg-columns,1),minmax(0,1fr));gap:var(--pg-space-md)}
.pg-testimonials__card{margin:0;height:100%;display:flex;flex-direction:column;gap:0.75rem;padding:var(--pg-space-md);background:var(--pg-color-surface);color:var(--pg-color-text);border-radius:var(--pg-radius)}
.pg-testimonials__stars{margin:0;color:var(--pg-color-accent);letter-spacing:0.1em}
.pg-testimonials__quote{margin:0;font-size:var(--pg-text-lg);flex:1}
.pg-testimonials__quote p{margin:0}
.pg-testimonials__person{display:flex;align-items:center;gap:0.75rem}
.pg-testimonials__avatar{width:3rem;height:3rem;border-radius:50%;object-fit:cover}
.pg-testimonials__name{display:block;font-weight:600}
.pg-testimonials__detail{display:block;font-size:var(--pg-text-sm);color:var(--pg-color-muted)}
`,
  ai: {
    description: "Social proof. Only use quotes the merchant supplied; never invent customers.",
    copyProps: [{ prop: "heading", tone: "warm", maxLength: 60 }],
  },
  layout: "contained",
  allowedChildren: "none",
});
