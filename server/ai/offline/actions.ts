import { richTextFromPlainText } from "../../../blocks/richtext/plainText.ts";
import {
  checkThemeContrast,
  contrastRatio,
  ensureReadableTheme,
  mixColors,
  readableTextOn,
  type Theme,
} from "../../../blocks/theme/index.ts";
import { AiUnavailableError } from "../port.ts";
import type { PlanColors, SitePlan } from "../site/plan.ts";
import { INDUSTRY_IDS, MOODS, type IndustryId, type Mood } from "../site/vocabulary.ts";
import {
  SEO_LIMITS,
  ZSiteBrief,
  type AltTextData,
  type AltTextOutput,
  type BlockCopyData,
  type ChatBrief,
  type OnboardingData,
  type OnboardingOutput,
  type ProductDescriptionData,
  type ProductDescriptionOutput,
  type RestyleData,
  type RestyleOutput,
  type SeoData,
  type SeoOutput,
} from "../tasks.ts";
import { analyseBrief, COLOR_WORDS } from "./brief.ts";
import { capitalise, clampText } from "./copy.ts";
import { KNOWLEDGE } from "./knowledge/index.ts";
import { createRandom, hashText } from "./random.ts";
import { offlineSitePlan } from "./site-plan.ts";
import { MOOD_STYLES } from "./styles.ts";

function industryOf(value: string): IndustryId {
  return (INDUSTRY_IDS as readonly string[]).includes(value) ? (value as IndustryId) : "general";
}

/** A fresh plan for the same store with another seed: the source of new copy for one block. */
function freshPlan(site: BlockCopyData["site"], seed: number): SitePlan {
  const brief = ZSiteBrief.parse({
    name: site.name,
    description:
      site.description.length >= 10 ? site.description : `${site.name} is an independent shop.`,
    industry: industryOf(site.industry),
  });
  return offlineSitePlan({ brief, competitors: [] }, seed);
}

// ---------------------------------------------------------------------------------------------
// fillBlock

export function offlineBlockCopy(
  data: BlockCopyData,
  seed: number,
): { props: Record<string, unknown> } {
  const { block } = data;
  // Each request for the same block gets new words: the seed follows what is there now.
  const variation = hashText(JSON.stringify(block.current) + data.instruction) + seed;
  let plan = freshPlan(data.site, variation);
  for (
    let i = 1;
    i < 4 && sameAsCurrent(copyFor(block.type, plan, block.current), block.current);
    i++
  ) {
    plan = freshPlan(data.site, variation + i * 7919);
  }
  const props = copyFor(block.type, plan, block.current);
  // Only the props this block type writes, with the links it already had.
  const wanted = new Set(block.props.map((p) => p.prop));
  return { props: Object.fromEntries(Object.entries(props).filter(([k]) => wanted.has(k))) };
}

function sameAsCurrent(next: Record<string, unknown>, current: Record<string, unknown>): boolean {
  return Object.entries(next).every(([k, v]) => JSON.stringify(v) === JSON.stringify(current[k]));
}

function keepHrefs(buttons: { label: string; href: string; variant: string }[], current: unknown) {
  const old = Array.isArray(current) ? (current as { href?: unknown; variant?: unknown }[]) : [];
  return buttons.map((b, i) => ({
    ...b,
    href: typeof old[i]?.href === "string" ? (old[i]!.href as string) : b.href,
    variant: typeof old[i]?.variant === "string" ? (old[i]!.variant as string) : b.variant,
  }));
}

function copyFor(
  type: string,
  plan: SitePlan,
  current: Record<string, unknown>,
): Record<string, unknown> {
  switch (type) {
    case "hero":
      return {
        eyebrow: clampText(plan.hero.eyebrow, 60),
        heading: plan.hero.heading,
        subheading: plan.hero.subheading,
        buttons: keepHrefs(
          [
            { label: plan.hero.primaryButton, href: "/shop", variant: "primary" },
            { label: plan.hero.secondaryButton, href: "/about", variant: "outline" },
          ].slice(0, Array.isArray(current.buttons) ? Math.max(1, current.buttons.length) : 2),
          current.buttons,
        ),
      };
    case "features":
      return { heading: plan.highlights.heading, intro: "", items: plan.highlights.items };
    case "testimonials":
      return { heading: plan.testimonials.heading };
    case "faq":
      return { heading: plan.faq.groups[0]!.heading, items: plan.faq.groups[0]!.items };
    case "stats":
      return { heading: plan.stats.heading };
    case "cta-banner":
      return {
        heading: plan.closing.heading,
        text: plan.closing.text,
        buttons: keepHrefs(
          [{ label: plan.closing.buttonLabel, href: "/shop", variant: "inverse" }],
          current.buttons,
        ),
      };
    case "newsletter":
      return {
        heading: plan.newsletter.heading,
        text: plan.newsletter.text,
        buttonLabel: plan.newsletter.buttonLabel,
      };
    case "heading":
      return {
        text: plan.collection.heading,
        eyebrow: current.eyebrow ? plan.collection.eyebrow : "",
      };
    case "rich-text":
      return { content: richTextFromPlainText(plan.story.paragraphs.join("\n\n")) };
    case "gallery":
      return { heading: plan.gallery.heading };
    case "product-grid":
      return { heading: current.heading ? plan.collection.heading : "" };
    case "collection-list":
      return { heading: plan.collection.heading };
    case "featured-product":
      return { eyebrow: plan.featured.eyebrow };
    case "contact-form":
      return { heading: plan.contact.formHeading, text: plan.contact.formText };
    case "announcement-bar":
      return {
        text: plan.announcement,
        linkLabel: current.linkLabel ? plan.hero.primaryButton : "",
      };
    case "footer":
      return { tagline: plan.footer.tagline };
    case "product-detail":
      return { note: plan.productPage.note };
    case "button":
      return { label: plan.hero.primaryButton };
    case "header":
      return { ctaLabel: current.ctaLabel ? plan.hero.primaryButton : "" };
    case "image":
      return { caption: current.caption ? (plan.gallery.items[0]?.caption ?? "") : "" };
    case "video":
      return { title: `A look inside ${plan.business.name}`.slice(0, 120) };
    case "logo-cloud":
      return { heading: "As seen in" };
    case "cart":
      return { emptyText: "Your cart is empty. Have a look around the shop." };
    case "pricing-table":
      return { heading: plan.closing.heading, intro: plan.closing.text };
    default:
      throw new AiUnavailableError(`There is no copy to write for a ${type} block.`, "unsupported");
  }
}

// ---------------------------------------------------------------------------------------------
// restyle

const DARK = /\b(dark|darker|night|moody|black)\b/i;
const LIGHT = /\b(light|lighter|brighter|airy|white)\b/i;
const WARMER = /\bwarm(er)?\b/i;
const COOLER = /\bcool(er)?\b/i;
const ROUNDER = /\b(round(er|ed)?|soft(er)?|friendl(y|ier))\b/i;
const SHARPER = /\b(sharp(er)?|square|crisp(er)?|angular)\b/i;
const SERIF = /\b(serif|classic|editorial|traditional)\b/i;
const SANS = /\b(sans|modern|clean|geometric|techy)\b/i;

export function offlineRestyle(data: RestyleData, seed: number): RestyleOutput {
  const random = createRandom(`${seed}|${data.instruction}|${JSON.stringify(data.theme.colors)}`);
  const instruction = data.instruction;
  const changes: string[] = [];
  const blocks = restyleBlocks(data, changes);
  if (data.scope !== "site") {
    return { summary: summary(changes, "Changed the section backgrounds."), theme: null, blocks };
  }

  const current = data.theme;
  let colors: PlanColors = {
    primary: current.colors.primary!,
    secondary: current.colors.secondary!,
    accent: current.colors.accent!,
    background: current.colors.background!,
    surface: current.colors.surface!,
    text: current.colors.text!,
    muted: current.colors.muted!,
  };
  let headingFont = current.headingFont;
  let bodyFont = current.bodyFont;
  let headingWeight = current.headingWeight;
  let radius = current.radius;
  let buttonShape = current.buttonShape;

  const mood = MOODS.find((m) => new RegExp(`\\b${m}\\b`, "i").test(instruction)) as
    Mood | undefined;
  if (mood) {
    const style = MOOD_STYLES[mood];
    colors = { ...random.pick(style.palettes) };
    const pairing = random.pick(style.pairings);
    headingFont = pairing.heading;
    bodyFont = pairing.body;
    headingWeight = pairing.headingWeight;
    radius = random.int(style.radius[0], style.radius[1]);
    buttonShape = random.pick(style.shapes);
    changes.push(`Switched to a ${mood} palette with ${pairing.heading} headings.`);
  }
  const named = namedColor(instruction);
  if (named) {
    colors.primary = named;
    changes.push("Made your colour the main brand colour.");
  }
  if (WARMER.test(instruction)) {
    colors = tint(colors, "#c8561c", "#fff4e6");
    changes.push("Warmed the colours.");
  } else if (COOLER.test(instruction)) {
    colors = tint(colors, "#2456a6", "#eef5fc");
    changes.push("Cooled the colours.");
  }
  if (DARK.test(instruction) && !/\bdark(er)? text\b/i.test(instruction)) {
    colors = darkPalette(colors);
    changes.push("Switched to a dark background with light text.");
  } else if (LIGHT.test(instruction)) {
    colors = {
      ...colors,
      background: "#ffffff",
      surface: mixColors(colors.surface, "#ffffff", 0.5),
    };
    changes.push("Lightened the background.");
  }
  if (ROUNDER.test(instruction)) {
    radius = Math.min(24, Math.max(radius + 6, 12));
    buttonShape = "pill";
    changes.push("Rounded the corners and buttons.");
  } else if (SHARPER.test(instruction)) {
    radius = 0;
    buttonShape = "square";
    changes.push("Squared off the corners.");
  }
  if (SERIF.test(instruction) && !mood) {
    headingFont = random.pick([
      "Fraunces",
      "Playfair Display",
      "Libre Baskerville",
      "Lora",
    ] as const);
    changes.push(`Set headings in ${headingFont}.`);
  } else if (SANS.test(instruction) && !mood) {
    headingFont = random.pick(["Space Grotesk", "Inter", "Montserrat", "DM Sans"] as const);
    bodyFont = "Inter";
    changes.push(`Set headings in ${headingFont}.`);
  }
  if (changes.length === 0 || (changes.length === blocks.length && blocks.length > 0)) {
    // Nothing recognised: offer another palette of the same feel rather than nothing.
    const moodGuess = guessMood(colors);
    colors = {
      ...random.pick(MOOD_STYLES[moodGuess].palettes.filter((p) => p.primary !== colors.primary)),
    };
    changes.push(`Tried another ${moodGuess} palette.`);
  }

  const readable = readableColors(colors, current.buttonStyle as Theme["buttonStyle"]);
  return {
    summary: summary(changes, "Refreshed the look."),
    theme: {
      colors: readable,
      headingFont: headingFont as Theme["fonts"]["heading"],
      bodyFont: bodyFont as Theme["fonts"]["body"],
      headingWeight: ([400, 500, 600, 700] as const).find((w) => w >= headingWeight) ?? 700,
      radius: Math.round(Math.min(24, Math.max(0, radius))),
      buttonShape: buttonShape as Theme["buttonShape"],
      buttonStyle: current.buttonStyle as Theme["buttonStyle"],
    },
    blocks,
  };
}

function restyleBlocks(data: RestyleData, changes: string[]): RestyleOutput["blocks"] {
  const styleable = data.blocks.filter((b) => b.background !== null);
  if (styleable.length === 0) return [];
  const i = data.instruction;
  let pick: ((index: number) => RestyleOutput["blocks"][number]["background"]) | null = null;
  if (/\b(stand out|pop|highlight|bolder|bold|stronger|darker|dark)\b/i.test(i))
    pick = () => "primary";
  else if (/\baccent\b/i.test(i)) pick = () => "accent";
  else if (/\b(subtle|quieter|calmer|lighter|plain|simple|softer)\b/i.test(i))
    pick = () => "surface";
  else if (/\b(no background|transparent|remove)\b/i.test(i)) pick = () => "none";
  else if (data.scope !== "site" && /\b(alternate|rhythm|vary|separate)\b/i.test(i))
    pick = (index) => (index % 2 === 0 ? "surface" : "none");
  else if (data.scope === "block")
    pick = () => (styleable[0]!.background === "primary" ? "surface" : "primary");
  if (!pick) return [];
  const chosen = pick;
  const out = styleable
    .map((b, index) => ({ blockId: b.id, background: chosen(index) }))
    .filter((b, index) => styleable[index]!.background !== b.background);
  if (out.length)
    changes.push(
      `Changed the background of ${out.length} ${out.length === 1 ? "section" : "sections"}.`,
    );
  return out;
}

function summary(changes: string[], fallback: string): string {
  return clampText(changes.length ? changes.join(" ") : fallback, 200);
}

function namedColor(instruction: string): string | null {
  const hex = /#([0-9a-f]{6})\b/i.exec(instruction)?.[0];
  if (hex) return hex.toLowerCase();
  const lower = instruction.toLowerCase();
  const name = Object.keys(COLOR_WORDS)
    .sort((a, b) => b.length - a.length)
    .find(
      (word) =>
        new RegExp(`\\b${word}\\b`).test(lower) && !["black", "grey", "gray"].includes(word),
    );
  return name ? COLOR_WORDS[name]! : null;
}

function tint(colors: PlanColors, strong: string, ground: string): PlanColors {
  return {
    ...colors,
    primary: mixColors(colors.primary, strong, 0.3),
    accent: mixColors(colors.accent, strong, 0.4),
    background: mixColors(colors.background, ground, 0.6),
    surface: mixColors(colors.surface, ground, 0.5),
  };
}

function darkPalette(colors: PlanColors): PlanColors {
  const background = mixColors("#121212", colors.primary, 0.12);
  const surface = mixColors(background, "#ffffff", 0.07);
  let primary = colors.primary;
  for (let step = 0; step < 20 && contrastRatio(primary, background) < 4.6; step++) {
    primary = mixColors(primary, "#ffffff", 0.15);
  }
  return {
    ...colors,
    primary,
    background,
    surface,
    secondary: mixColors(surface, colors.secondary, 0.15),
    text: "#f3f1ee",
    muted: "#b9b4ad",
  };
}

function guessMood(colors: PlanColors): Mood {
  for (const mood of MOODS) {
    if (MOOD_STYLES[mood].palettes.some((p) => p.primary === colors.primary)) return mood;
  }
  return "fresh";
}

/** The offline writer always answers with readable colours (the same rules the handler enforces). */
function readableColors(colors: PlanColors, buttonStyle: Theme["buttonStyle"]): PlanColors {
  const theme: Theme = {
    colors: {
      ...colors,
      onPrimary: readableTextOn(colors.primary),
      onSecondary: readableTextOn(colors.secondary),
      onAccent: readableTextOn(colors.accent),
    },
    fonts: { heading: "Inter", body: "Inter", headingWeight: 700 },
    radius: 8,
    spacing: 8,
    buttonStyle,
    buttonShape: "rounded",
  };
  const { theme: fixed } = ensureReadableTheme(theme);
  if (checkThemeContrast(fixed).length > 0) return colors;
  const c = fixed.colors;
  return {
    primary: c.primary,
    secondary: c.secondary,
    accent: c.accent,
    background: c.background,
    surface: c.surface,
    text: c.text,
    muted: c.muted,
  };
}

// ---------------------------------------------------------------------------------------------
// productDescription, seo, alt text

export function offlineProductDescription(data: ProductDescriptionData): ProductDescriptionOutput {
  const industry = industryOf(data.site.industry);
  const kb = KNOWLEDGE[industry];
  const title = data.product.title.trim();
  const known = kb.products.find((p) => p.title.toLowerCase() === title.toLowerCase());
  const words = title.toLowerCase().split(/\s+/);
  const similar =
    known ??
    kb.products.find((p) => words.some((w) => w.length > 3 && p.title.toLowerCase().includes(w)));
  const opening = known
    ? known.description
    : `${title} from ${data.site.name}: ${lowerFirst(similar?.description ?? kb.valueProps[0]!.text)}`;
  const paragraphs = [opening];
  const option = data.product.options.find((o) => o.values.length >= 2);
  if (option) {
    const values = option.values;
    paragraphs.push(
      `Choose from ${values.slice(0, -1).join(", ")} or ${values.at(-1)}. ${capitalise(kb.productNote)}`,
    );
  } else {
    paragraphs.push(
      capitalise(kb.productNote.replace("{threshold}", "our free-shipping threshold")),
    );
  }
  const existing = data.product.description.trim();
  if (existing && !paragraphs.some((p) => p.includes(existing.slice(0, 40)))) {
    paragraphs.push(clampText(existing, 400));
  }
  const highlights = kb.valueProps.slice(0, 3).map((p) => p.title);
  return {
    description: clampText(paragraphs.join("\n\n"), 1200),
    highlights,
  };
}

export function offlineSeo(data: SeoData): SeoOutput {
  const { site, target } = data;
  const kb = KNOWLEDGE[industryOf(site.industry)];
  const home = target.kind === "page" && target.slug === "";
  const base = home ? `${site.name} | ${capitalise(kb.noun)}` : `${target.title} | ${site.name}`;
  const title = clampText(base.length <= SEO_LIMITS.title ? base : target.title, SEO_LIMITS.title);
  const text = target.text.replace(/\s+/g, " ").trim();
  let description = firstSentences(text, SEO_LIMITS.description);
  if (description.length < SEO_LIMITS.minDescription) {
    const extra =
      target.kind === "product"
        ? `Buy ${target.title} from ${site.name}, with careful packing and easy returns.`
        : `${capitalise(kb.noun)} from ${site.name}. ${kb.valueProps[0]!.title}, ${lowerFirst(kb.valueProps[1]!.title)}.`;
    description = clampText(`${description} ${extra}`.trim(), SEO_LIMITS.description);
  }
  return {
    title:
      title.length >= SEO_LIMITS.minTitle
        ? title
        : clampText(`${title} | ${site.name}`, SEO_LIMITS.title),
    description,
  };
}

function firstSentences(text: string, max: number): string {
  const parts = text.match(/[^.!?]+[.!?]+/g) ?? [text];
  let out = "";
  for (const part of parts) {
    const next = `${out} ${part.trim()}`.trim();
    if (next.length > max) break;
    out = next;
  }
  return out || clampText(text, max);
}

export function offlineAltText(data: AltTextData): AltTextOutput {
  return {
    items: data.images.map((image) => {
      const fromFile = fileWords(image.src);
      const context = image.context.replace(/\s+/g, " ").trim();
      const parts = [fromFile, context].filter(Boolean);
      const alt = parts.length ? capitalise(parts.join(", ")) : `Picture from ${data.site.name}`;
      return { key: image.key, alt: clampText(alt, 125) };
    }),
  };
}

function fileWords(src: string): string {
  if (src.startsWith("/_pegasus/art/")) return "Illustration";
  const file = src.split(/[?#]/)[0]!.split("/").pop() ?? "";
  const stem = decodeURIComponentSafe(file.replace(/\.[a-z0-9]+$/i, ""));
  const words = stem
    .replace(/[_-]+/g, " ")
    .replace(/\b(img|image|photo|pic|dsc|final|copy|edit|web|large|small|v\d+)\b/gi, " ")
    .replace(/\b[0-9a-f]{6,}\b/gi, " ")
    .replace(/\b\d+\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return words.length >= 3 ? words : "";
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// onboarding chat

const QUESTIONS = {
  name: "What is your business called?",
  description: "Tell me what you sell and who it is for, in a sentence or two.",
  place: "Where are you based? Say 'online only' if you do not have a location.",
  look: "What look do you like: warm, fresh, bold, elegant, minimal, playful, earthy or calm? Mention any brand colours too.",
  competitors:
    "Are there up to three shops whose websites you admire? Paste their addresses, or say 'skip'.",
} as const;
type Step = keyof typeof QUESTIONS;
const ORDER: Step[] = ["name", "description", "place", "look", "competitors"];

export function offlineOnboarding(data: OnboardingData): OnboardingOutput {
  const brief: ChatBrief = {
    ...data.brief,
    colors: [...data.brief.colors],
    competitorUrls: [...data.brief.competitorUrls],
  };
  const lastAsked = lastQuestion(data.messages);
  const answer =
    [...data.messages]
      .reverse()
      .find((m) => m.role === "merchant")
      ?.text.trim() ?? "";
  const answered = new Set<Step>(stepsAnswered(data.messages));

  if (answer && lastAsked) {
    answered.add(lastAsked);
    absorb(brief, lastAsked, answer);
  } else if (answer) {
    absorb(brief, "description", answer);
  }

  const readyEnough = brief.name.trim() !== "" && brief.description.trim().length >= 10;
  const next = ORDER.find((step) => !answered.has(step) && !known(brief, step));
  if (data.wantsToFinish || (!next && readyEnough)) {
    if (!readyEnough) {
      const missing: Step = brief.name.trim() === "" ? "name" : "description";
      return { reply: `Almost there. ${QUESTIONS[missing]}`, brief, ready: false };
    }
    return {
      reply: `Thank you! I have what I need to build ${brief.name}. Press Generate when you are ready.`,
      brief,
      ready: true,
    };
  }
  const step = next ?? (brief.name.trim() === "" ? "name" : "description");
  const greeting =
    data.messages.length === 0
      ? "Hello! I will ask a few quick questions and then build your store. You can stop at any time and generate with what we have. "
      : acknowledge(lastAsked, brief);
  return { reply: clampText(`${greeting}${QUESTIONS[step]}`, 500), brief, ready: readyEnough };
}

function lastQuestion(messages: OnboardingData["messages"]): Step | null {
  const last = [...messages].reverse().find((m) => m.role === "assistant");
  if (!last) return null;
  return ORDER.find((step) => last.text.includes(QUESTIONS[step])) ?? null;
}

function stepsAnswered(messages: OnboardingData["messages"]): Step[] {
  const steps: Step[] = [];
  messages.forEach((message, i) => {
    if (message.role !== "assistant") return;
    const step = ORDER.find((s) => message.text.includes(QUESTIONS[s]));
    if (step && messages.slice(i + 1).some((m) => m.role === "merchant")) steps.push(step);
  });
  return steps;
}

function known(brief: ChatBrief, step: Step): boolean {
  switch (step) {
    case "name":
      return brief.name.trim() !== "";
    case "description":
      return brief.description.trim().length >= 10;
    case "place":
      return (
        /\b(in|from|based in)\s+[A-Z]/.test(brief.description) ||
        /online only/i.test(brief.description)
      );
    case "look":
      return brief.mood !== null || brief.colors.length > 0;
    case "competitors":
      return brief.competitorUrls.length > 0;
  }
}

function absorb(brief: ChatBrief, step: Step, answer: string): void {
  const text = answer.replace(/\s+/g, " ").trim().slice(0, 1000);
  const skip = /^(skip|no|none|nope|n\/a|not really|no thanks)\.?$/i.test(text);
  switch (step) {
    case "name": {
      const facts = analyseBrief(text);
      const name = text.split(/\s+/).length <= 6 ? text.replace(/[.!]+$/, "") : facts.name;
      if (name) brief.name = name.slice(0, 80);
      else appendDescription(brief, text);
      break;
    }
    case "description":
      appendDescription(brief, text);
      break;
    case "place":
      if (!skip)
        appendDescription(
          brief,
          /online only/i.test(text)
            ? "We sell online only."
            : `We are based in ${text.replace(/^(in|from|based in)\s+/i, "").replace(/[.!]+$/, "")}.`,
        );
      break;
    case "look": {
      const mood = MOODS.find((m) => new RegExp(`\\b${m}\\b`, "i").test(text));
      if (mood) brief.mood = mood;
      const facts = analyseBrief(text);
      if (facts.colors.length) brief.colors = facts.colors.slice(0, 3);
      if (!mood && facts.mood) brief.mood = facts.mood;
      break;
    }
    case "competitors": {
      const urls = text.match(/https?:\/\/[^\s,;]+/gi) ?? [];
      brief.competitorUrls = [...new Set([...brief.competitorUrls, ...urls])].slice(0, 3);
      break;
    }
  }
  if (!brief.industry) {
    const facts = analyseBrief(`${brief.name} ${brief.description}`);
    if (facts.industry !== "general" && facts.score >= 2) brief.industry = facts.industry;
  }
}

function appendDescription(brief: ChatBrief, text: string): void {
  const sentence = /[.!?]$/.test(text) ? text : `${text}.`;
  brief.description = clampText(`${brief.description} ${capitalise(sentence)}`.trim(), 2000);
}

function acknowledge(step: Step | null, brief: ChatBrief): string {
  switch (step) {
    case "name":
      return brief.name ? `${brief.name}, lovely. ` : "Thanks. ";
    case "description":
      return "That sounds great. ";
    case "look":
      return brief.mood ? `A ${brief.mood} look it is. ` : "Noted. ";
    default:
      return "Thanks. ";
  }
}
