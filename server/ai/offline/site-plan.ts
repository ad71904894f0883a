import { formatMoney } from "../../../blocks/render/commerce.ts";
import type { PlanProduct, SitePlan } from "../site/plan.ts";
import type { SiteTaskData } from "../tasks.ts";
import type { Mood } from "../site/vocabulary.ts";
import { analyseBrief, fallbackName, type BriefFacts } from "./brief.ts";
import {
  americanise,
  capitalise,
  clampText,
  fill,
  mapStrings,
  pickText,
  titleCase,
  type CopyVars,
} from "./copy.ts";
import {
  KNOWLEDGE,
  SHARED,
  type IndustryKnowledge,
  type Point,
  type ProductSeed,
} from "./knowledge/index.ts";
import { createRandom, type Random } from "./random.ts";
import { chooseStyle } from "./styles.ts";

/**
 * The offline `generateSite`: a whole store plan from the knowledge base, chosen by a random
 * source seeded with the brief and the seed, so the same brief and seed always give the same
 * store and another seed gives another take on it.
 */
export function offlineSitePlan(data: SiteTaskData, seed: number): SitePlan {
  const { brief } = data;
  const random = createRandom(`${normaliseBrief(data)}|${seed}`);
  const facts = analyseBrief(brief.description, {
    name: brief.name || undefined,
    industry: brief.industry,
    mood: brief.style.mood,
    colors: brief.style.colors,
  });
  const kb = KNOWLEDGE[facts.industry];
  const name =
    facts.name ?? fallbackName(facts.industry, (names) => random.fork("name").pick(names));
  const currency = facts.region.currency;
  const locale = facts.region.locale;
  const threshold = formatMoney((kb.freeShippingOver ?? 50) * 100, currency, locale).replace(
    /\.00$/,
    "",
  );
  const noun = facts.industry === "general" && facts.noun ? facts.noun : kb.noun;
  const vars: CopyVars = {
    name,
    place: facts.place,
    noun,
    goods: kb.goods,
    makers: kb.makers,
    threshold,
    noun_title: titleCase(noun),
  };
  const r = (label: string) => random.fork(label);
  const text = (label: string, templates: readonly string[], max: number) =>
    pickText(r(label), templates, vars, max);

  const tagline = capitalise(text("tagline", kb.taglines, 90));
  vars.tagline = tagline;
  vars.tagline_lower = tagline.charAt(0).toLowerCase() + tagline.slice(1);

  const mood: Mood =
    facts.mood ?? (random.fork("mood").next() < 0.7 ? kb.moods[0]! : r("mood2").pick(kb.moods));
  const style = chooseStyle(mood, r("style"), { colors: facts.colors });

  const heroSub = text("hero-sub", kb.heroSubheadings, 200);
  const products = chooseProducts(kb, r("products"), competitorPriceScale(data), vars);
  const homeSections = [...r("recipe").pick(kb.recipes)];

  const storyParagraphs = r("story-p")
    .pick(kb.story.paragraphs)
    .map((p) => fill(p, vars))
    .filter((p): p is string => p !== null)
    .map((p) => clampText(p, 400));

  const faqTrade = r("faq-trade").sample(kb.faqs, Math.min(4, kb.faqs.length));
  const orderFaqs = SHARED.orderFaqs.map((f) => ({
    question: f.question,
    answer: fill(f.answer, vars) ?? f.answer,
  }));

  const plan: SitePlan = {
    business: {
      name: clampText(name, 80),
      tagline,
      description: clampText(heroSub, 300),
      industry: facts.industry,
      place: facts.place ?? "",
      tone: facts.tone,
    },
    locale,
    currency,
    style,
    announcement: text("announcement", kb.announcements, 120),
    hero: {
      eyebrow: text("eyebrow", kb.eyebrows, 30),
      heading: text("hero-heading", kb.heroHeadings, 70),
      subheading: heroSub,
      primaryButton: text("hero-primary", SHARED.heroPrimaryButtons, 30),
      secondaryButton: text("hero-secondary", SHARED.heroSecondaryButtons, 30),
      imageAlt: kb.art.hero,
    },
    homeSections,
    highlights: {
      heading: text("highlights", SHARED.highlightHeadings, 60),
      items: fillPoints(
        r("value-props").sample(kb.valueProps, random.fork("vp-n").int(3, 4)),
        vars,
      ),
    },
    collection: {
      eyebrow: text("collection-eyebrow", kb.eyebrows, 30),
      heading: text("collection-heading", kb.collection.headings, 80),
      text: text("collection-text", kb.collection.texts, 240),
    },
    story: {
      eyebrow: text("story-eyebrow", SHARED.aboutEyebrows, 30),
      heading: text("story-heading", kb.story.headings, 80),
      paragraphs: storyParagraphs.length ? storyParagraphs : [clampText(heroSub, 400)],
      buttonLabel: text("story-button", SHARED.storyButtons, 30),
      imageAlt: kb.art.story,
      caption: "",
    },
    featured: {
      eyebrow: text("featured-eyebrow", SHARED.featuredEyebrows, 30),
      detailsLabel: text("featured-details", SHARED.featuredDetails, 30),
    },
    stats: {
      heading: text("stats", SHARED.statsHeadings, 80),
      items: r("stats-items").sample(kb.stats, 3),
    },
    testimonials: {
      heading: text("testimonials", SHARED.testimonialHeadings, 80),
      items: r("testimonial-items").sample(kb.testimonials, 3),
    },
    gallery: {
      heading: text("gallery", SHARED.galleryHeadings, 80),
      items: r("gallery-items")
        .sample(kb.gallery, 4)
        .map((g) => ({ alt: g.alt, caption: g.caption })),
    },
    newsletter: {
      heading: text("newsletter-heading", SHARED.newsletterHeadings, 80),
      text: text("newsletter-text", SHARED.newsletterTexts, 240),
      buttonLabel: text("newsletter-button", SHARED.newsletterButtons, 30),
      successMessage: text("newsletter-success", SHARED.newsletterSuccess, 160),
    },
    closing: {
      heading: text("closing-heading", SHARED.closingHeadings, 100),
      text: text("closing-text", SHARED.closingTexts, 300),
      buttonLabel: text("closing-button", SHARED.closingButtons, 30),
    },
    shop: {
      heading: text("shop-heading", SHARED.shopHeadings, 80),
      intro: text("shop-intro", SHARED.shopIntros, 300),
    },
    productPage: {
      note: fill(kb.productNote, vars) ?? kb.productNote,
      points: fillPoints([...SHARED.productPoints], vars),
    },
    about: {
      eyebrow: text("about-eyebrow", SHARED.aboutEyebrows, 30),
      heading: text("about-heading", SHARED.aboutHeadings, 80),
      subheading: text("about-sub", SHARED.aboutSubheadings, 200),
      paragraphs: aboutParagraphs(kb, vars, r("about-p")),
      values: {
        heading: text("values-heading", SHARED.valuesHeadings, 60),
        items: fillPoints([...SHARED.values], vars),
      },
      closing: {
        heading: text("about-closing-heading", SHARED.aboutClosingHeadings, 100),
        text: text("about-closing-text", SHARED.aboutClosingTexts, 300),
        buttonLabel: text("about-closing-button", SHARED.closingButtons, 30),
      },
    },
    contact: {
      heading: text("contact-heading", SHARED.contactHeadings, 80),
      intro: text("contact-intro", SHARED.contactIntros, 300),
      formHeading: text("contact-form-heading", SHARED.contactFormHeadings, 60),
      formText: text("contact-form-text", SHARED.contactFormTexts, 200),
      successMessage: text("contact-success", SHARED.contactSuccess, 160),
      asideHeading: text("aside-heading", SHARED.asideHeadings, 60),
      asideText: text("aside-text", SHARED.asideTexts, 400),
    },
    faq: {
      heading: text("faq-heading", SHARED.faqHeadings, 80),
      intro: text("faq-intro", SHARED.faqIntros, 300),
      groups: [
        {
          heading: text("faq-group-trade", SHARED.faqGroupHeadings.trade, 80),
          items: faqTrade.length >= 2 ? faqTrade.map((f) => ({ ...f })) : orderFaqs.slice(0, 2),
        },
        {
          heading: text("faq-group-orders", SHARED.faqGroupHeadings.orders, 80),
          items: orderFaqs,
        },
      ],
    },
    footer: { tagline: text("footer", SHARED.footerTaglines, 200) },
    seo: {
      home: {
        title: text("seo-home", SHARED.seo.homeTitles, 60),
        description: clampText(heroSub, 160),
      },
      shop: {
        title: text("seo-shop", SHARED.seo.shopTitles, 60),
        description: text("seo-shop-d", SHARED.seo.shopDescriptions, 160),
      },
      about: {
        title: text("seo-about", SHARED.seo.aboutTitles, 60),
        description: text("seo-about-d", SHARED.seo.aboutDescriptions, 160),
      },
      contact: {
        title: text("seo-contact", SHARED.seo.contactTitles, 60),
        description: text("seo-contact-d", SHARED.seo.contactDescriptions, 160),
      },
      faq: {
        title: text("seo-faq", SHARED.seo.faqTitles, 60),
        description: text("seo-faq-d", SHARED.seo.faqDescriptions, 160),
      },
    },
    products,
  };
  return locale === "en-US" ? mapStrings(plan, americanise) : plan;
}

/** The parts of the input that decide the store; whitespace and case do not. */
function normaliseBrief({ brief }: SiteTaskData): string {
  return JSON.stringify([
    brief.name.trim().toLowerCase(),
    brief.description.replace(/\s+/g, " ").trim().toLowerCase(),
    brief.industry ?? "",
    brief.style.mood ?? "",
    brief.style.colors.map((c) => c.toLowerCase()),
  ]);
}

function fillPoints(points: readonly Point[], vars: CopyVars): SitePlan["highlights"]["items"] {
  return points.map((p) => ({
    icon: p.icon,
    title: clampText(fill(p.title, vars) ?? p.title, 60),
    text: clampText(fill(p.text, vars) ?? p.text, 200),
  }));
}

function aboutParagraphs(kb: IndustryKnowledge, vars: CopyVars, random: Random): string[] {
  const own = random
    .pick(kb.story.paragraphs)
    .map((p) => fill(p, vars))
    .filter((p): p is string => p !== null);
  const shared = SHARED.aboutParagraphs
    .map((p) => fill(p, { ...vars, place_sentence: vars.place ? `in ${vars.place}` : null }))
    .filter((p): p is string => p !== null);
  return [...own, ...shared].slice(0, 4).map((p) => clampText(p, 500));
}

/**
 * Prices seen on competitors' pages nudge ours toward their level (within -30% and +40%), so a
 * shop priced for its market does not get a catalogue priced for another.
 */
function competitorPriceScale(data: SiteTaskData): number {
  const prices = data.competitors
    .flatMap((c) => c.prices.map((p) => p.amount))
    .filter((p) => p > 0);
  if (prices.length < 3) return 1;
  const kb = KNOWLEDGE[data.brief.industry ?? analyseBrief(data.brief.description).industry];
  const ours = kb.products.map((p) => (p.price[0] + p.price[1]) / 2).sort((a, b) => a - b);
  const theirs = [...prices].sort((a, b) => a - b);
  const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
  const scale = median(theirs) / median(ours);
  return Math.min(1.4, Math.max(0.7, scale));
}

function chooseProducts(
  kb: IndustryKnowledge,
  random: Random,
  scale: number,
  vars: CopyVars,
): PlanProduct[] {
  const count = random.int(Math.min(6, kb.products.length), Math.min(9, kb.products.length));
  // Keep the knowledge base's order (its first products are the heart of the range).
  const chosen = random
    .sample(
      kb.products.map((p, i) => ({ p, i })),
      count,
    )
    .sort((a, b) => a.i - b.i)
    .map(({ p }) => p);
  return chosen.map((seed) => planProduct(seed, random, scale, vars));
}

function planProduct(
  seed: ProductSeed,
  random: Random,
  scale: number,
  vars: CopyVars,
): PlanProduct {
  const [min, max] = seed.price;
  const major = roundPrice((min + random.next() * (max - min)) * scale);
  const price = major * 100;
  const options = (seed.options ?? []).map((option) => ({
    name: option.name,
    values: option.values.map((value) =>
      typeof value === "string"
        ? { label: value, priceDelta: 0 }
        : { label: value[0], priceDelta: Math.round(value[1] * scale) * 100 },
    ),
  }));
  const description = [fill(seed.description, vars) ?? seed.description];
  const choice = options.find((o) => o.values.length >= 2);
  if (choice) {
    const labels = choice.values.map((v) => v.label);
    description.push(`${choice.name}: ${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}.`);
  }
  return {
    title: seed.title,
    description: clampText(description.join("\n\n"), 700),
    imageAlt: `Illustration of ${seed.title}`,
    price,
    compareAtPrice: seed.onSale ? roundPrice(major * 1.25) * 100 : null,
    options,
  };
}

/** Prices a shop would print: whole units, ending in 5 or 0 above 40. */
function roundPrice(value: number): number {
  if (value >= 40) return Math.max(5, Math.round(value / 5) * 5);
  return Math.max(1, Math.round(value));
}

export type { BriefFacts };
