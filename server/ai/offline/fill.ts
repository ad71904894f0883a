import { blockText } from "../../../blocks/ai/slots.ts";
import type { FieldDefinition } from "../../../blocks/fields/types.ts";
import { getBlockDefinition } from "../../../blocks/registry.ts";
import {
  richTextFromPlainText,
  richTextToPlainText,
} from "../../../blocks/shared/rich-text-value/plainText.ts";
import type { RichTextState } from "../../../blocks/shared/rich-text-value/schema.ts";
import { AiUnavailableError } from "../port.ts";
import type { SitePlan } from "../site/plan.ts";
import { knownNamesOf, readStore, type StoreFacts } from "../store-facts.ts";
import type { BlockCopyData } from "../tasks.ts";
import { lostFacts, missingFacts } from "../text/facts.ts";
import type { TextLanguage } from "../brief/language.ts";
import { splitSentences } from "../text/sentences.ts";
import { clampText } from "./copy.ts";
import { readFillRequest, type FillRequest } from "./instruction.ts";
import { createRandom, hashText } from "./random.ts";
import { retone, type TextKind } from "./tone/index.ts";
import { tradeEntry } from "./trades/index.ts";
import { writePlan } from "./writer/compose.ts";
import { kitFor } from "./writer/kits/index.ts";
import { subjectOf } from "./writer/subject.ts";

/**
 * "Fill" without a model: new copy for one block, drawn from a fresh plan of the same store (the
 * writer of ./writer/, in the store's language, from the store's facts as ./store-facts.ts reads
 * them) and shaped by the merchant's instruction (./instruction.ts): the products it names go
 * first in the catalogue the plan draws from, the facts it asks to mention are said in the
 * block's main text in the store's language, and its tone is applied by ./tone/. A fact the
 * current copy states (a price, a name) is carried over rather than lost; the quality gate
 * (../quality.ts `judgeCopy`) has the last word.
 */
export function offlineBlockCopy(
  data: BlockCopyData,
  seed: number,
): { props: Record<string, unknown> } {
  const { block } = data;
  const store = readStore(data.site);
  const kit = kitFor(store.language)!;
  const locale = subjectLocale(store);
  const price = subjectOf(store.facts, undefined, kit, locale).price;
  const request = readFillRequest(data.instruction, {
    language: store.language,
    currency: store.facts.currency,
    price,
  });
  const wanted = new Set(block.props.map((p) => p.prop));
  const limits = Object.fromEntries(block.props.map((p) => [p.prop, p.maxLength]));
  const known = knownNamesOf(store);
  // The block's words are what its fields say are text: links and settings are not words.
  const fields = getBlockDefinition(block.type)?.fields ?? {};
  const words = (props: Record<string, unknown>) => blockText(fields, props);
  const before = words(block.current);
  // Each request for the same block gets new words: the seed follows what is there now.
  const variation = hashText(JSON.stringify(block.current) + data.instruction) + seed;
  const drafts: Record<string, unknown>[] = [];
  for (let i = 0; i < 6; i++) {
    const plan = freshPlan(store, request, variation + i * 7919);
    const written = copyFor(block.type, plan, block.current, store.language);
    drafts.push(Object.fromEntries(Object.entries(written).filter(([k]) => wanted.has(k))));
  }
  const changed = drafts.filter((d) => words(d) !== before);
  const keeps = (d: Record<string, unknown>) =>
    lostFacts(before, words(d), { known, language: store.language }).length === 0;
  const shaped = (d: Record<string, unknown>) =>
    shape(block.type, fields, d, request, limits, store.language, known);
  // The first new draft that, shaped by the instruction, keeps every fact and says all it was
  // asked to (a long draft can leave no room for the mention); else the first draft with the
  // facts it drops put back.
  for (const draft of changed.filter(keeps)) {
    const props = shaped(draft);
    if (missingFacts(words(props), data.asked).length === 0) return { props };
  }
  const draft =
    changed.find(keeps) ??
    keepFacts(fields, changed[0] ?? drafts[0]!, block.current, known, store.language);
  return { props: shaped(draft) };
}

/** A fresh plan for the same store with another seed: the source of new copy for one block. */
function freshPlan(store: StoreFacts, request: FillRequest, seed: number): SitePlan {
  const offered = new Set(request.offerings.map((o) => o.name.toLowerCase()));
  const facts = {
    ...store.facts,
    place: store.facts.place ?? request.place,
    offerings: [
      ...request.offerings,
      ...store.facts.offerings.filter((o) => !offered.has(o.name.toLowerCase())),
    ].slice(0, 24),
  };
  return writePlan({
    facts,
    entry: tradeEntry(store.trade),
    kit: kitFor(store.language)!,
    random: createRandom(`fill|${JSON.stringify(facts)}|${seed}`),
    briefText: [store.description, ...facts.offerings.map((o) => o.name)].join(" \n "),
  });
}

function subjectLocale(store: StoreFacts): string {
  const kit = kitFor(store.language)!;
  return kit.locales.includes(store.locale) ? store.locale : kit.locales[0]!;
}

/** Where a block says the most: the prop a mention goes in. */
const MAIN_TEXT: Record<string, string> = {
  hero: "subheading",
  "cta-banner": "text",
  newsletter: "text",
  "contact-form": "text",
  features: "intro",
  "rich-text": "content",
  "announcement-bar": "text",
  footer: "tagline",
  "pricing-table": "intro",
  "product-detail": "note",
  video: "title",
  image: "caption",
};

/** The instruction applied: its sentences in the main text, its tone over every text. */
function shape(
  type: string,
  fields: Readonly<Record<string, FieldDefinition>>,
  props: Record<string, unknown>,
  request: FillRequest,
  limits: Record<string, number>,
  language: TextLanguage,
  known: readonly string[],
): Record<string, unknown> {
  const out = { ...props };
  if (request.sentences.length > 0) {
    const main = mainProp(type, out, limits);
    if (main) {
      const text = blockText(fields, { [main]: out[main] });
      const keeps = (candidate: string) =>
        lostFacts(text, candidate, { known, language }).length === 0;
      out[main] = withSentences(out[main], request.sentences, limits[main]!, keeps);
    }
  }
  if (!request.tone) return out;
  for (const [prop, value] of Object.entries(out)) {
    if (typeof value !== "string" || !value.trim()) continue;
    const kind: TextKind = /label$/i.test(prop)
      ? "label"
      : /^(heading|eyebrow|title)$/.test(prop)
        ? "heading"
        : "prose";
    const toned = retone(value, request.tone, {
      kind,
      language,
      maxLength: limits[prop] ?? value.length,
      pick: hashText(value) / 2 ** 32,
    });
    const keeps = lostFacts(value, toned, { known, language }).length === 0;
    if (toned.length <= (limits[prop] ?? Infinity) && keeps) out[prop] = toned;
  }
  return out;
}

function mainProp(
  type: string,
  props: Record<string, unknown>,
  limits: Record<string, number>,
): string | null {
  const main = MAIN_TEXT[type];
  if (main && main in props && main in limits) return main;
  // Otherwise the longest text the block allows.
  const strings = Object.keys(props).filter((k) => typeof props[k] === "string" && k in limits);
  return strings.sort((a, b) => limits[b]! - limits[a]!)[0] ?? null;
}

/**
 * `sentences` added to a text (plain or rich): after it when both fit, else after the sentences of
 * it that fit, dropping from the end only sentences that state no fact; unchanged when the
 * mention cannot fit without losing one (the gate then says it was not mentioned).
 */
function withSentences(
  value: unknown,
  sentences: readonly string[],
  limit: number,
  keeps: (candidate: string) => boolean,
): unknown {
  const rich = !!value && typeof value === "object";
  const text = rich ? richTextToPlainText(value as RichTextState) : String(value ?? "");
  const said = sentences.join(" ");
  const kept = splitSentences(text);
  const joined = () => [...kept, said].join(" ");
  while (kept.length > 0 && joined().length > limit && keeps(kept.slice(0, -1).join(" ")))
    kept.pop();
  const next = joined();
  if (next.length > limit) return value;
  return rich ? richTextFromPlainText(next) : next;
}

/**
 * When every fresh draft drops a fact the current copy states (a price, a name), the place that
 * states it (a prop, or one item of a list, added after the draft's items when the draft has
 * fewer) keeps its current words, so nothing the merchant wrote is lost and the rest is still new.
 */
function keepFacts(
  fields: Readonly<Record<string, FieldDefinition>>,
  draft: Record<string, unknown>,
  current: Record<string, unknown>,
  known: readonly string[],
  language: TextLanguage,
): Record<string, unknown> {
  const out = { ...draft };
  const lost = () =>
    lostFacts(blockText(fields, current), blockText(fields, out), { known, language }).map(
      (f) => f.text,
    );
  for (const fact of lost()) {
    if (!lost().includes(fact)) continue;
    for (const [prop, value] of Object.entries(current)) {
      if (!(prop in out) || !blockText(fields, { [prop]: value }).includes(fact)) continue;
      const items = out[prop];
      const was: unknown[] = Array.isArray(value) ? value : [];
      // One item of a list, read as the list's only item.
      const index = was.findIndex((item) => blockText(fields, { [prop]: [item] }).includes(fact));
      if (Array.isArray(items) && index >= 0 && index < items.length)
        out[prop] = items.map((item: unknown, i) => (i === index ? was[index] : item));
      // The draft has fewer items than the list: the item is added to the new ones (the list
      // stays no longer than it is now). Putting the whole list back could leave nothing new.
      else if (Array.isArray(items) && index >= 0) out[prop] = [...items, was[index]];
      else out[prop] = value;
      break;
    }
  }
  return out;
}

/** Words the writer's plan has no slot for, per language. */
const FIXED: Record<
  TextLanguage,
  { video: (name: string) => string; logos: string; emptyCart: string }
> = {
  en: {
    video: (name) => `A look inside ${name}`,
    logos: "As seen in",
    emptyCart: "Your cart is empty. Have a look around the shop.",
  },
  fr: {
    video: (name) => `Dans les coulisses de ${name}`,
    logos: "Ils parlent de nous",
    emptyCart: "Votre panier est vide. Faites un tour dans la boutique.",
  },
  de: {
    video: (name) => `Ein Blick hinter die Kulissen von ${name}`,
    logos: "Bekannt aus",
    emptyCart: "Ihr Warenkorb ist leer. Schauen Sie sich im Shop um.",
  },
  es: {
    video: (name) => `Un vistazo a ${name}`,
    logos: "Han hablado de nosotros",
    emptyCart: "Tu carrito está vacío. Echa un vistazo a la tienda.",
  },
  pt: {
    video: (name) => `Um olhar sobre ${name}`,
    logos: "Falaram de nós",
    emptyCart: "O seu carrinho está vazio. Dê uma vista de olhos pela loja.",
  },
  it: {
    video: (name) => `Uno sguardo dentro ${name}`,
    logos: "Hanno parlato di noi",
    emptyCart: "Il carrello è vuoto. Dai un'occhiata al negozio.",
  },
};

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
  language: TextLanguage,
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
      return plan.testimonials ? { heading: plan.testimonials.heading } : {};
    case "faq":
      return { heading: plan.faq.groups[0]!.heading, items: plan.faq.groups[0]!.items };
    case "stats":
      return plan.stats ? { heading: plan.stats.heading } : {};
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
      return { title: FIXED[language].video(plan.business.name).slice(0, 120) };
    case "logo-cloud":
      return { heading: FIXED[language].logos };
    case "cart":
      return { emptyText: FIXED[language].emptyCart };
    case "pricing-table":
      return { heading: plan.closing.heading, intro: plan.closing.text };
    default:
      throw new AiUnavailableError(`There is no copy to write for a ${type} block.`, "unsupported");
  }
}
