import type { BriefFacts } from "../../brief/facts.ts";
import type { SitePlan } from "../../site/plan.ts";
import {
  INDUSTRY_IDS,
  type HomeSection,
  type IndustryId,
} from "../../../../domain/ai-vocabulary.ts";
import { mapStrings } from "../copy.ts";
import type { Random } from "../random.ts";
import type { TradeEntry } from "../trades/types.ts";
import { writeCatalogue } from "./catalogue.ts";
import { writeFaq } from "./delivery.ts";
import type { LanguageKit } from "./kit.ts";
import { createPen } from "./pen.ts";
import { writeStyle } from "./style.ts";
import { subjectOf } from "./subject.ts";

/**
 * A whole store plan from the brief's facts, a trade entry (or none: then from the brief's own
 * nouns) and a language kit. Every text is drawn from the kit with the facts in view; the
 * catalogue puts the brief's offerings first; quotes and numbers stay null because the offline
 * writer has none it did not invent.
 */
export type WriteInput = {
  facts: BriefFacts;
  entry: TradeEntry | undefined;
  kit: LanguageKit;
  random: Random;
  /** Every text of the brief, to check samples against (description, offerings, highlights). */
  briefText: string;
};

const RECIPES: readonly (readonly HomeSection[])[] = [
  ["highlights", "products", "story", "gallery", "faq", "closing"],
  ["products", "highlights", "featured", "story", "newsletter", "closing"],
  ["highlights", "story", "products", "gallery", "newsletter", "faq"],
  ["products", "story", "highlights", "faq", "closing"],
  ["highlights", "featured", "products", "story", "gallery", "closing"],
  ["story", "products", "highlights", "gallery", "faq", "newsletter"],
];

export function writePlan({ facts, entry, kit, random, briefText }: WriteInput): SitePlan {
  const locale = localeFor(facts, kit);
  const s = subjectOf(facts, entry, kit, locale);
  const pen = createPen(kit, s, random, facts.avoid);
  if (!s.name) s.name = pen.line("name", kit.fallbackName, 80);

  const catalogue = writeCatalogue(facts, entry, kit, s, pen, briefText);
  const { style, notes } = writeStyle(facts, entry, kit, random.fork("style"));
  const services = facts.sells !== "products";
  const hasProducts = catalogue.products.length > 0;
  // How many samples top the catalogue up the app says itself, from the products marked `sample`.
  if (!hasProducts) notes.push(kit.notes.noProducts());
  for (const word of catalogue.avoided) notes.push(kit.notes.avoided(word));

  const line = pen.line;
  const heroSub = line("hero.subheading", kit.hero.subheading, 200);
  const plan: SitePlan = {
    language: kit.language,
    business: {
      name: s.name.slice(0, 80),
      tagline: line("tagline", kit.tagline, 90),
      description: line("description", kit.description, 300),
      industry: industryOf(facts.trade.id),
      place: facts.place ?? "",
      tone: facts.tone,
      sells: facts.sells,
    },
    locale,
    currency: facts.currency,
    style,
    announcement: line("announcement", kit.announcement, 120),
    hero: {
      eyebrow: line("hero.eyebrow", kit.hero.eyebrow, 30),
      heading: line("hero.heading", kit.hero.heading, 70),
      subheading: heroSub,
      primaryButton: line("hero.primary", kit.hero.primaryButton, 30),
      secondaryButton: line("hero.secondary", kit.hero.secondaryButton, 30),
      imageAlt: line("hero.alt", kit.hero.imageAlt, 160),
    },
    homeSections: homeSections(pen.fork("recipe"), hasProducts, services),
    highlights: {
      heading: line("highlights.heading", kit.highlights.heading, 60),
      items: pen.points("highlights", kit.highlights.items, pen.fork("highlights.n").int(3, 4)),
    },
    collection: {
      eyebrow: line("collection.eyebrow", kit.collection.eyebrow, 30),
      heading: line("collection.heading", kit.collection.heading, 80),
      text: line("collection.text", kit.collection.text, 240),
    },
    story: {
      eyebrow: line("story.eyebrow", kit.story.eyebrow, 30),
      heading: line("story.heading", kit.story.heading, 80),
      paragraphs: pen.paragraphs("story", kit.story.paragraphs, 400).slice(0, 3),
      buttonLabel: line("story.button", kit.story.buttonLabel, 30),
      imageAlt: line("story.alt", kit.story.imageAlt, 160),
      caption: pen.usable("story.caption", kit.story.caption).length
        ? line("story.caption", kit.story.caption, 160)
        : "",
    },
    featured: {
      eyebrow: line("featured.eyebrow", kit.featured.eyebrow, 30),
      detailsLabel: line("featured.details", kit.featured.detailsLabel, 30),
    },
    stats: null,
    testimonials: null,
    gallery: {
      heading: line("gallery.heading", kit.gallery.heading, 80),
      items: [0, 1, 2, 3].map((i) => ({
        alt: line(`gallery.alt.${i}`, kit.gallery.alt, 160),
        caption: line(`gallery.caption.${i}`, kit.gallery.caption, 120),
      })),
    },
    newsletter: {
      heading: line("newsletter.heading", kit.newsletter.heading, 80),
      text: line("newsletter.text", kit.newsletter.text, 240),
      buttonLabel: line("newsletter.button", kit.newsletter.buttonLabel, 30),
      successMessage: line("newsletter.success", kit.newsletter.success, 160),
    },
    closing: {
      heading: line("closing.heading", kit.closing.heading, 100),
      text: line("closing.text", kit.closing.text, 300),
      buttonLabel: line("closing.button", kit.closing.buttonLabel, 30),
    },
    shop: {
      heading: line("shop.heading", kit.shop.heading, 80),
      intro: line("shop.intro", kit.shop.intro, 300),
    },
    services: services
      ? {
          heading: line("services.heading", kit.services.heading, 80),
          intro: line("services.intro", kit.services.intro, 300),
          buttonLabel: line("services.button", kit.services.buttonLabel, 30),
        }
      : null,
    productPage: {
      note: line("product-page.note", kit.productPage.note, 160),
      points: threePoints(pen.points("product-page", kit.productPage.points, 3), pen, kit),
    },
    about: {
      eyebrow: line("about.eyebrow", kit.about.eyebrow, 30),
      heading: line("about.heading", kit.about.heading, 80),
      subheading: line("about.sub", kit.about.subheading, 200),
      paragraphs: atLeastTwo(
        pen.paragraphs("about", kit.about.paragraphs, 500).slice(0, 4),
        heroSub,
      ),
      values: {
        heading: line("values.heading", kit.about.values.heading, 60),
        items: threePoints(pen.points("values", kit.about.values.items, 3), pen, kit),
      },
      closing: {
        heading: line("about.closing.heading", kit.about.closing.heading, 100),
        text: line("about.closing.text", kit.about.closing.text, 300),
        buttonLabel: line("about.closing.button", kit.about.closing.buttonLabel, 30),
      },
    },
    contact: {
      heading: line("contact.heading", kit.contact.heading, 80),
      intro: line("contact.intro", kit.contact.intro, 300),
      formHeading: line("contact.form", kit.contact.formHeading, 60),
      formText: line("contact.form-text", kit.contact.formText, 200),
      successMessage: line("contact.success", kit.contact.success, 160),
      asideHeading: line("contact.aside", kit.contact.asideHeading, 60),
      asideText: line("contact.aside-text", kit.contact.asideText, 400),
    },
    faq: {
      heading: line("faq.heading", kit.faq.heading, 80),
      intro: line("faq.intro", kit.faq.intro, 300),
      groups: writeFaq(kit.faq, s, pen),
    },
    footer: { tagline: line("footer", kit.footer, 200) },
    seo: {
      home: seo("home"),
      shop: seo("shop"),
      about: seo("about"),
      contact: seo("contact"),
      faq: seo("faq"),
    },
    products: catalogue.products,
    notes: notes.slice(0, 10).map((n) => n.slice(0, 200)),
  };
  const own = merchantWords(facts);
  const finished = (text: string) =>
    kit.contract(finishAround(text, own, (part) => kit.finish(part, locale)));
  return {
    ...mapStrings(plan, finished),
    // Codes are not words: spelling and typography leave them as they were.
    business: {
      ...mapStrings(plan.business, finished),
      industry: plan.business.industry,
      tone: plan.business.tone,
      sells: plan.business.sells,
    },
    homeSections: plan.homeSections,
    style,
    locale,
    currency: facts.currency,
    language: kit.language,
  };

  function seo(page: keyof LanguageKit["seo"]) {
    return {
      title: line(`seo.${page}.title`, kit.seo[page].title, 60),
      description: line(`seo.${page}.description`, kit.seo[page].description, 160),
    };
  }
}

/** The facts' locale when it is one of the kit's; else the kit's locale for the same country. */
function localeFor(facts: BriefFacts, kit: LanguageKit): string {
  if (kit.locales.includes(facts.locale)) return facts.locale;
  const country = facts.country ?? facts.locale.split("-")[1];
  const same = kit.locales.find((l) => l.endsWith(`-${country}`));
  return same ?? kit.locales[0]!;
}

function industryOf(id: string): IndustryId {
  return (INDUSTRY_IDS as readonly string[]).includes(id) ? (id as IndustryId) : "general";
}

function homeSections(random: Random, hasProducts: boolean, services: boolean): HomeSection[] {
  return random.pick(RECIPES).filter((section) => {
    if (section === "products") return hasProducts;
    // The featured block sells one product with a cart button: not for services.
    if (section === "featured") return hasProducts && !services;
    return true;
  });
}

function threePoints(
  points: SitePlan["highlights"]["items"],
  pen: ReturnType<typeof createPen>,
  kit: LanguageKit,
): SitePlan["productPage"]["points"] {
  const more = points.length < 3 ? pen.points("fallback-points", kit.highlights.items, 6) : [];
  const all = [...points, ...more.filter((p) => !points.some((q) => q.title === p.title))];
  if (all.length < 3) throw new Error(`the ${kit.language} kit has fewer than three points`);
  return all.slice(0, 3) as SitePlan["productPage"]["points"];
}

function atLeastTwo(paragraphs: string[], fallback: string): string[] {
  return paragraphs.length >= 2 ? paragraphs : [...paragraphs, fallback].slice(0, 2);
}

/** The brief's own words, which the kit's spelling and typography fixes must leave as written. */
function merchantWords(facts: BriefFacts): string[] {
  const words = [
    facts.name,
    facts.place,
    facts.trade.words,
    facts.audience,
    facts.delivery.leadTime,
    facts.delivery.area,
    ...facts.highlights,
    ...facts.offerings.flatMap((o) => [o.name, o.details]),
  ];
  return words
    .filter((w): w is string => typeof w === "string" && w.length > 1)
    .sort((a, b) => b.length - a.length);
}

/** `finish` applied to the parts of `text` between the merchant's own words. */
export function finishAround(
  text: string,
  own: readonly string[],
  finish: (part: string) => string,
): string {
  const found = own.find((word) => text.includes(word));
  if (!found) return finish(text);
  const at = text.indexOf(found);
  const before = at > 0 ? finish(text.slice(0, at)) : "";
  const after = text.slice(at + found.length);
  return `${before}${found}${after ? finishAround(after, own, finish) : ""}`;
}
