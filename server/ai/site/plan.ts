import { z } from "zod";
import { ICON_NAMES } from "../../../blocks/shared/icons.tsx";
import {
  BUTTON_SHAPES,
  BUTTON_STYLES,
  ZFontFamily,
  ZHexColor,
} from "../../../blocks/theme/index.ts";
import { SELLS } from "../brief/facts.ts";
import { HOME_SECTIONS, INDUSTRY_IDS, MOODS, TONES } from "../../../domain/ai-vocabulary.ts";

/**
 * What `generateSite` asks a model for: the whole store's words, look and catalogue in one answer,
 * so the copy is written with every section in view. It holds no block JSON: ./build.ts lays the
 * plan out as pages of blocks, which keeps the model away from ids, props and layout rules.
 *
 * Every field is required (structured outputs' strict mode); "none" is an empty string or list,
 * or null for a whole section. Lengths match the block props they end up in, so a valid plan
 * always builds a valid document.
 *
 * Nothing in a plan is invented: quotes and numbers (testimonials, stats) come only from the brief
 * and are null otherwise; products the brief did not name are marked `sample`.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max);

const ZIcon = z.enum(ICON_NAMES);

const ZPoint = z.object({ icon: ZIcon, title: text(60), text: text(200) });
const ZSeoText = z.object({ title: text(60), description: text(160) });
const ZCallToAction = z.object({ heading: text(100), text: text(300), buttonLabel: text(30) });

export const ZPlanColors = z.object({
  primary: ZHexColor,
  secondary: ZHexColor,
  accent: ZHexColor,
  background: ZHexColor,
  surface: ZHexColor,
  text: ZHexColor,
  muted: ZHexColor,
});
export type PlanColors = z.infer<typeof ZPlanColors>;

export const ZPlanStyle = z.object({
  mood: z.enum(MOODS),
  colors: ZPlanColors,
  headingFont: ZFontFamily,
  bodyFont: ZFontFamily,
  headingWeight: z.union([z.literal(400), z.literal(500), z.literal(600), z.literal(700)]),
  radius: z.number().int().min(0).max(24),
  buttonShape: z.enum(BUTTON_SHAPES),
  buttonStyle: z.enum(BUTTON_STYLES),
});
export type PlanStyle = z.infer<typeof ZPlanStyle>;

export const ZPlanOptionValue = z.object({
  label: text(30),
  /** Added to the product's price for this value, in minor units (may be 0). */
  priceDelta: z.number().int().min(0).max(500_000),
});

export const ZPlanProduct = z.object({
  /** A product ships or is collected; a service is booked or asked about (no cart, no shipping). */
  kind: z.enum(["product", "service"]),
  /**
   * True for an item the brief did not name, added to top the catalogue up: the editor flags it
   * and publishing warns until the merchant replaces or removes it.
   */
  sample: z.boolean(),
  title: text(80),
  /** Two to four sentences; blank lines separate paragraphs. */
  description: text(700),
  imageAlt: text(160),
  /**
   * The lowest price, in minor units of the store's currency; null when the brief names the item
   * without a price (a service on request, a product the merchant prices before it is sold).
   */
  price: z.number().int().min(0).max(5_000_000).nullable(),
  /** The price is where it starts ("from 40 €"). */
  priceFrom: z.boolean(),
  /** A "was" price in minor units, above `price`, or null. */
  compareAtPrice: z.number().int().min(50).max(5_000_000).nullable(),
  options: z
    .array(
      z.object({
        name: text(20),
        values: z.array(ZPlanOptionValue).min(2).max(5),
      }),
    )
    .max(2),
});
export type PlanProduct = z.infer<typeof ZPlanProduct>;

export const ZSitePlan = z.object({
  /** The language every text is written in (BCP 47 primary tag, "fr"). */
  language: z.string().regex(/^[a-z]{2}$/, "a language is a two-letter code such as fr"),
  business: z.object({
    name: text(80),
    tagline: text(90),
    description: text(300),
    industry: z.enum(INDUSTRY_IDS),
    /** Town or region the shop is from; "" when the brief does not say. */
    place: optionalText(80),
    tone: z.enum(TONES),
    /** Products (a shop with a cart), services (booking or contact), or both. */
    sells: z.enum(SELLS),
  }),
  locale: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "a locale looks like en or en-GB"),
  currency: z.string().regex(/^[A-Z]{3}$/, "a currency is a three-letter ISO code such as USD"),
  style: ZPlanStyle,
  announcement: text(120),
  hero: z.object({
    eyebrow: text(30),
    heading: text(70),
    subheading: text(200),
    primaryButton: text(30),
    secondaryButton: text(30),
    imageAlt: text(160),
  }),
  homeSections: z.array(z.enum(HOME_SECTIONS)).min(4).max(10),
  highlights: z.object({ heading: text(60), items: z.array(ZPoint).min(3).max(4) }),
  collection: z.object({ eyebrow: text(30), heading: text(80), text: text(240) }),
  story: z.object({
    eyebrow: text(30),
    heading: text(80),
    paragraphs: z.array(text(400)).min(1).max(3),
    buttonLabel: text(30),
    imageAlt: text(160),
    caption: optionalText(160),
  }),
  featured: z.object({ eyebrow: text(30), detailsLabel: text(30) }),
  /** Numbers the brief gives ("since 1987", "300 weddings"), or null: never made up. */
  stats: z
    .object({
      heading: text(80),
      items: z
        .array(z.object({ value: text(12), label: text(60) }))
        .min(3)
        .max(4),
    })
    .nullable(),
  /** Quotes the brief gives, or null: never made up. */
  testimonials: z
    .object({
      heading: text(80),
      items: z
        .array(z.object({ quote: text(300), name: text(40), detail: text(60) }))
        .min(2)
        .max(4),
    })
    .nullable(),
  gallery: z.object({
    heading: text(80),
    items: z
      .array(z.object({ alt: text(160), caption: optionalText(120) }))
      .min(3)
      .max(6),
  }),
  newsletter: z.object({
    heading: text(80),
    text: text(240),
    buttonLabel: text(30),
    successMessage: text(160),
  }),
  closing: ZCallToAction,
  shop: z.object({ heading: text(80), intro: text(300) }),
  /** The services page (services mode): "from" prices and a booking or contact call. */
  services: z.object({ heading: text(80), intro: text(300), buttonLabel: text(30) }).nullable(),
  productPage: z.object({ note: text(160), points: z.array(ZPoint).length(3) }),
  about: z.object({
    eyebrow: text(30),
    heading: text(80),
    subheading: text(200),
    paragraphs: z.array(text(500)).min(2).max(4),
    values: z.object({ heading: text(60), items: z.array(ZPoint).length(3) }),
    closing: ZCallToAction,
  }),
  contact: z.object({
    heading: text(80),
    intro: text(300),
    formHeading: text(60),
    formText: text(200),
    successMessage: text(160),
    asideHeading: text(60),
    asideText: text(400),
  }),
  faq: z.object({
    heading: text(80),
    intro: text(300),
    groups: z
      .array(
        z.object({
          heading: text(80),
          items: z
            .array(z.object({ question: text(160), answer: text(600) }))
            .min(2)
            .max(6),
        }),
      )
      .min(1)
      .max(3),
  }),
  footer: z.object({ tagline: text(200) }),
  seo: z.object({
    home: ZSeoText,
    shop: ZSeoText,
    about: ZSeoText,
    contact: ZSeoText,
    faq: ZSeoText,
  }),
  /** The brief's named offerings first, in its words; samples only top the catalogue up. */
  products: z.array(ZPlanProduct).max(24),
  /** What the brief asked for that this plan could not do, in the brief's language. */
  notes: z.array(text(200)).max(10),
});
export type SitePlan = z.infer<typeof ZSitePlan>;

/** Rules beyond the schema; each problem is a sentence a model (or a merchant) can act on. */
export function sitePlanProblems(plan: SitePlan): string[] {
  const problems: string[] = [];
  const sections = plan.homeSections;
  if (new Set(sections).size !== sections.length)
    problems.push("homeSections lists a section twice; list each section at most once.");
  if (plan.products.length > 0 && !sections.includes("products"))
    problems.push('homeSections must include "products" so shoppers see the catalogue.');
  if (plan.stats === null && sections.includes("stats"))
    problems.push('homeSections lists "stats" but stats is null; remove it or give the numbers.');
  if (plan.testimonials === null && sections.includes("testimonials"))
    problems.push(
      'homeSections lists "testimonials" but testimonials is null; remove it or give the quotes.',
    );
  if (plan.business.sells !== "products" && plan.services === null)
    problems.push("A business that sells services needs the services section.");
  const titles = plan.products.map((p) => p.title.toLowerCase());
  if (new Set(titles).size !== titles.length)
    problems.push("Two products share a title; give each product its own name.");
  plan.products.forEach((product, i) => {
    if (product.compareAtPrice !== null && product.price === null)
      problems.push(`products[${i}].compareAtPrice needs a price; set it to null.`);
    if (
      product.compareAtPrice !== null &&
      product.price !== null &&
      product.compareAtPrice <= product.price
    )
      problems.push(`products[${i}].compareAtPrice must be above its price, or null.`);
    const names = product.options.map((o) => o.name.toLowerCase());
    if (new Set(names).size !== names.length)
      problems.push(`products[${i}] has two options with the same name.`);
    product.options.forEach((option, j) => {
      const labels = option.values.map((v) => v.label.toLowerCase());
      if (new Set(labels).size !== labels.length)
        problems.push(`products[${i}].options[${j}] repeats a value.`);
    });
  });
  problems.push(...placeholderProblems(plan));
  return problems;
}

/**
 * Words that betray template text a merchant would have to replace. The offline generator must
 * never produce them, and a model's answer that contains them is sent back.
 */
const PLACEHOLDER_PATTERNS: RegExp[] = [
  /lorem ipsum/i,
  /\bipsum\b/i,
  /\bplaceholder\b/i,
  /\bTODO\b/,
  /\bTBD\b/,
  /\bXXX+\b/i,
  /\{[a-z_ ]+\}/i,
  /\[[a-z _]+\]/i,
  /<[a-z ]+>/i,
  /\byour (business|company|brand|store|shop) name\b/i,
  /\b(company|business|brand) name here\b/i,
  /\binsert\b.+\bhere\b/i,
  /\bexample\.com\b/i,
  /\bundefined\b/,
  /\bnull\b/,
  /\bNaN\b/,
];

/** Every string in `value` that looks like placeholder text, with its path. */
export function findPlaceholderText(value: unknown, path = ""): string[] {
  if (typeof value === "string") {
    return PLACEHOLDER_PATTERNS.some((p) => p.test(value)) ? [`${path || "text"}: "${value}"`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholderText(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      findPlaceholderText(v, path ? `${path}.${k}` : k),
    );
  }
  return [];
}

function placeholderProblems(plan: SitePlan): string[] {
  return findPlaceholderText(plan).map(
    (hit) => `${hit} looks like placeholder text; write the real words.`,
  );
}
