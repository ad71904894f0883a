import { checkThemeContrast, type Theme } from "../../blocks/theme/index.ts";
import {
  detectLanguage,
  languageOfLocale,
  languageScores,
  type TextLanguage,
} from "./brief/language.ts";
import { blockText } from "../../blocks/ai/slots.ts";
import type { FieldDefinition } from "../../blocks/fields/types.ts";
import { knownNamesOf, readStore, type StoreContext, type StoreFacts } from "./store-facts.ts";
import { PRODUCT_DESCRIPTION_MAX, SEO_LIMITS, type RewriteMode } from "./tasks.ts";
import { listFacts, lostFacts, missingFacts } from "./text/facts.ts";
import { endsSentence, withoutEnding, wordsOf } from "./text/sentences.ts";

/**
 * Is a suggestion better than what is there now? One set of measures for every AI action,
 * offline or with a model: within the field's length, no fact of the current text lost (names,
 * prices, places, numbers), in the text's language, readable colours (4.5:1), SEO within search
 * engines' lengths, alt text no vaguer than before. Each judge returns the reasons a suggestion
 * is worse, as clauses a merchant reads ("it would drop “€4.50”"); none means it may be offered.
 */
export type Reasons = string[];

const LANGUAGE_NAMES: Record<TextLanguage, string> = {
  en: "English",
  fr: "French",
  de: "German",
  es: "Spanish",
  pt: "Portuguese",
  it: "Italian",
};

export type { StoreContext, StoreFacts } from "./store-facts.ts";

/** The facts of the store a text may draw on or must keep (./store-facts.ts). */
export function storeFacts(site: StoreContext): StoreFacts {
  return readStore(site);
}

/** Names a rewrite must not drop when the text mentions them. */
export function knownNames(site: StoreContext): string[] {
  return knownNamesOf(readStore(site));
}

// ---------------------------------------------------------------------------------------------
// Texts

export function judgeText(
  before: string,
  after: string,
  options: { maxLength: number; known?: readonly string[]; locale: string; translate?: boolean },
): Reasons {
  const reasons: Reasons = [];
  if (!after.trim()) return ["it would be empty"];
  if (after.length > options.maxLength)
    reasons.push(`it would be ${after.length} characters, over the ${options.maxLength} allowed`);
  const language = detectLanguage(before) ?? languageOfLocale(options.locale) ?? undefined;
  const lost = lostFacts(before, after, { known: options.known, language });
  if (lost.length) reasons.push(`it would drop ${listFacts(lost)}`);
  if (!options.translate) {
    const wrong = wrongLanguage(before, after, options.locale);
    if (wrong) reasons.push(wrong);
  }
  if (endsSentence(before) && !endsSentence(after)) reasons.push("it would stop mid-sentence");
  if (cutsAWord(before, after)) reasons.push("it would cut a word in half");
  return reasons;
}

/**
 * `after` is in another language than `before` (or, when `before` is too short to tell, than the
 * store's locale): a rewrite keeps the text's language, new copy is in the store's.
 */
function wrongLanguage(before: string, after: string, locale: string): string | null {
  const was =
    (wordsOf(before).length >= 5 ? detectLanguage(before) : null) ?? languageOfLocale(locale);
  const is = detectLanguage(after);
  if (!was || !is || was === is || wordsOf(after).length < 5) return null;
  // Short shop copy shares many words across languages ("in", "a", "online"): only a clear lead
  // of the other language counts, so a text in the right language is never refused.
  const scores = languageScores(after);
  if ((scores[is] ?? 0) < 2 * Math.max(1, scores[was] ?? 0)) return null;
  return `it would be in ${LANGUAGE_NAMES[is]}, not ${LANGUAGE_NAMES[was]}`;
}

/** `after` is `before` cut off inside a word ("Handmade pott"). */
function cutsAWord(before: string, after: string): boolean {
  const body = withoutEnding(after).replace(/[…\s]+$/u, "");
  if (!body || !before.startsWith(body) || body.length >= before.length) return false;
  return /\p{L}/u.test(before.charAt(body.length)) && /\p{L}$/u.test(body);
}

const SAME = (a: string, b: string) =>
  a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

export function judgeRewrite(
  mode: RewriteMode,
  before: string,
  after: string,
  options: { maxLength: number; known?: readonly string[]; locale: string },
): Reasons {
  if (SAME(before, after)) return [UNCHANGED[mode]];
  const reasons = judgeText(before, after, { ...options, translate: mode === "translate" });
  if (mode === "shorter" && after.length >= before.length) reasons.push("it is not shorter");
  if (mode === "longer" && after.length <= before.length) reasons.push("it is not longer");
  return reasons;
}

const UNCHANGED: Record<RewriteMode, string> = {
  shorter: "it cannot be shorter without losing a fact or cutting a sentence",
  longer: "there is nothing more to say from the store's facts (add a description in Settings)",
  friendlier: "it already reads as friendly as the rules can make it",
  "more-formal": "it already reads as formal as the rules can make it",
  translate: "it is already in that language",
};

// ---------------------------------------------------------------------------------------------
// Block copy (fill) and product descriptions

/**
 * New copy for a block (fill): within each prop's length, no fact of the current copy lost, in
 * the store's language, every fact the merchant's instruction asked for present (`asked`). The
 * words compared are those the block's `fields` say are text.
 */
export function judgeCopy(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  options: {
    fields: Readonly<Record<string, FieldDefinition>>;
    limits: Readonly<Record<string, number>>;
    known?: readonly string[];
    locale: string;
    asked?: readonly string[];
  },
): Reasons {
  const was = blockText(options.fields, before);
  const is = blockText(options.fields, after);
  if (!is.trim()) return ["it would be empty"];
  if (SAME(was, is)) return ["it is what the block already says"];
  const reasons: Reasons = [];
  for (const [prop, value] of Object.entries(after)) {
    const limit = options.limits[prop];
    if (typeof value === "string" && limit !== undefined && value.length > limit)
      reasons.push(`its ${prop} would be ${value.length} characters, over the ${limit} allowed`);
    const old = before[prop];
    if (typeof value === "string" && typeof old === "string" && cutsAWord(old, value))
      reasons.push("it would cut a word in half");
  }
  const language = languageOfLocale(options.locale) ?? undefined;
  const lost = lostFacts(was, is, { known: options.known, language });
  if (lost.length) reasons.push(`it would drop ${listFacts(lost)}`);
  const wrong = wrongLanguage(was, is, options.locale);
  if (wrong) reasons.push(wrong);
  const missing = missingFacts(is, options.asked ?? []);
  if (missing.length)
    reasons.push(
      `it would not mention ${listFacts(missing.map((text) => ({ kind: "name" as const, text })))} as asked`,
    );
  return reasons;
}

/** A product description: as for any text, and not the one the product already has. */
export function judgeProductDescription(
  before: string,
  after: string,
  options: { known?: readonly string[]; locale: string },
): Reasons {
  if (SAME(before, after)) return ["it is the description the product already has"];
  return judgeText(before, after, { ...options, maxLength: PRODUCT_DESCRIPTION_MAX });
}

// ---------------------------------------------------------------------------------------------
// Themes

/** Every text and button of `theme` readable (WCAG AA), in the merchant's words when not. */
export function judgeTheme(theme: Theme): Reasons {
  return checkThemeContrast(theme).map(
    (p) =>
      `${p.message.split(":")[0]} would have contrast ${p.ratio.toFixed(1)}:1 (needs ${p.minimum}:1)`,
  );
}

// ---------------------------------------------------------------------------------------------
// SEO

export type SeoText = { title: string; description: string };

/** What search should find a store by: its name, trade words and place, in its language. */
export type SeoStore = {
  name: string;
  /** The trade's words in the store's language ("bakery", "pains et viennoiseries"). */
  trade: readonly string[];
  place: string | null;
  locale: string;
};

/** How well a title and description serve search: fits, names the store once, says trade and place. */
export function seoScore(seo: SeoText, store: SeoStore): number {
  const both = `${seo.title} ${seo.description}`.toLowerCase();
  let score = 0;
  if (seo.title.length >= SEO_LIMITS.minTitle && seo.title.length <= SEO_LIMITS.title) score += 2;
  if (
    seo.description.length >= SEO_LIMITS.minDescription &&
    seo.description.length <= SEO_LIMITS.description
  )
    score += 2;
  const names = occurrences(seo.title, store.name);
  if (names === 1) score += 1;
  if (names > 1) score -= 2;
  if (store.trade.some((word) => word.trim() && both.includes(word.trim().toLowerCase())))
    score += 1;
  if (store.place && both.includes(store.place.toLowerCase())) score += 1;
  return score;
}

export function judgeSeo(before: SeoText | null, after: SeoText, store: SeoStore): Reasons {
  const reasons: Reasons = [];
  if (after.title.length > SEO_LIMITS.title || after.title.length < SEO_LIMITS.minTitle)
    reasons.push(
      `the title would be ${after.title.length} characters, outside the ${SEO_LIMITS.minTitle}–${SEO_LIMITS.title} search engines show`,
    );
  if (
    after.description.length > SEO_LIMITS.description ||
    after.description.length < SEO_LIMITS.minDescription
  )
    reasons.push(
      `the description would be ${after.description.length} characters, outside the ${SEO_LIMITS.minDescription}–${SEO_LIMITS.description} search engines show`,
    );
  if (occurrences(after.title, store.name) > 1)
    reasons.push(`the title would repeat “${store.name}”`);
  const wrong = wrongLanguage("", `${after.title}. ${after.description}`, store.locale);
  if (wrong) reasons.push(wrong);
  if (before && (before.title || before.description)) {
    if (SAME(before.title, after.title) && SAME(before.description, after.description))
      reasons.push("it is what the page already has");
    else if (seoScore(after, store) < seoScore(before, store))
      reasons.push("the current title and description already serve search better");
  }
  return reasons;
}

function occurrences(text: string, name: string): number {
  if (!name.trim()) return 0;
  return text.toLowerCase().split(name.trim().toLowerCase()).length - 1;
}

// ---------------------------------------------------------------------------------------------
// Alt text

const GENERIC_WORDS = new Set(
  "illustration illustrations image images picture pictures photo photos photograph graphic banner hero section block page placeholder of a an the on in for from with and de du des la le les un une d l der die das ein eine von el los las una foto imagen image il lo gli di immagine foto bild grafik".split(
    " ",
  ),
);

/** Words that tell a screen-reader user what a picture shows (not "image", not the store's name). */
export function altDetail(alt: string, siteName = ""): number {
  const name = new Set(wordsOf(siteName));
  return new Set(
    wordsOf(alt).filter(
      (w) => w.length > 2 && !GENERIC_WORDS.has(w) && !name.has(w) && !/^\d+$/.test(w),
    ),
  ).size;
}

/** A generic alt ("Illustration", "Image of Kiln House") never replaces a descriptive one. */
export function judgeAlt(before: string, after: string, siteName: string): Reasons {
  const now = altDetail(before, siteName);
  const next = altDetail(after, siteName);
  if (SAME(before, after)) return ["it is the description the picture already has"];
  if (next < 2) return [`“${after}” says too little about the picture`];
  if (before.trim() && next <= now)
    return [`the current description “${before}” is at least as specific`];
  return [];
}

// ---------------------------------------------------------------------------------------------

/** One sentence saying why nothing was offered, from the reasons of each refused part. */
export function nothingOffered(refused: { label: string; reasons: Reasons }[]): string {
  const parts = refused
    .filter((r) => r.reasons.length)
    .slice(0, 3)
    .map((r) => `${r.label}: ${r.reasons.join(", ")}`);
  return `Nothing was offered, because no suggestion was better than what is there now (${parts.join("; ")}).`;
}
