import type { StoreFacts } from "../quality.ts";
import { lostFacts } from "../text/facts.ts";
import { detectLanguage, type TextLanguage } from "../brief/language.ts";
import { clauseCuts, endingOf, splitSentences, withoutEnding, wordsOf } from "../text/sentences.ts";
import type { TextKind } from "./tone/index.ts";

/**
 * Shorter and longer without a model. Shorter drops whole sentences, then trailing clauses, and
 * only parts that carry no fact (number, price, name); it never cuts inside a word. Longer keeps
 * every sentence and adds sentences made of the store's own facts (its description, products,
 * place), in the text's language; with nothing true to add, it adds nothing.
 */

const FILLERS: Record<TextLanguage, RegExp> = {
  en: /(?<![\p{L}])(really|very|truly|simply|actually|just|quite|genuinely|incredibly|absolutely)\s+/giu,
  fr: /(?<![\p{L}])(vraiment|très|tout simplement|réellement|absolument|franchement)\s+/giu,
  de: /(?<![\p{L}])(wirklich|sehr|einfach|echt|absolut|ganz)\s+/giu,
  es: /(?<![\p{L}])(realmente|muy|simplemente|verdaderamente|absolutamente)\s+/giu,
  pt: /(?<![\p{L}])(realmente|muito|simplesmente|verdadeiramente|absolutamente)\s+/giu,
  it: /(?<![\p{L}])(davvero|molto|semplicemente|veramente|assolutamente)\s+/giu,
};

export type LengthOptions = {
  kind: TextKind;
  language: TextLanguage;
  maxLength: number;
  /** Names the text may mention that must survive (store name, place, products). */
  known: readonly string[];
};

export function shorten(text: string, options: LengthOptions): string {
  const keeps = (candidate: string) =>
    lostFacts(text, candidate, { known: options.known, language: options.language }).length === 0;
  // Asides in brackets and filler adverbs go first, when they carry no fact.
  let out = text.replace(/\s*\([^)]*\)/g, (aside) => (keeps(text.replace(aside, "")) ? "" : aside));
  const lighter = out.replace(FILLERS[options.language], "");
  if (keeps(lighter)) out = lighter;
  out = capitaliseStart(out, text);
  if (options.kind === "label") return out;

  const paragraphs = out.split(/\n{2,}/);
  const target = text.length * 0.6;
  if (options.kind === "prose") {
    // Whole sentences, from the end, never the first of the text.
    const sentences = paragraphs.map((p) => splitSentences(p));
    const flat = sentences.flatMap((list, p) => list.map((s, i) => ({ p, i, s, kept: true })));
    const length = () => flat.filter((x) => x.kept).reduce((sum, x) => sum + x.s.length + 1, 0);
    // The first sentence that says something (not a greeting) anchors the text and stays.
    const anchor = Math.max(
      0,
      flat.findIndex((x) => wordsOf(x.s).length >= 5),
    );
    for (let k = flat.length - 1; k >= 0 && length() > target; k--) {
      if (k === anchor) continue;
      flat[k]!.kept = false;
      if (!keeps(join(flat))) flat[k]!.kept = true;
    }
    out = join(flat);
  }
  if (out.length > text.length * 0.75) out = dropClauses(out, target, options.kind, keeps);
  return out.length < text.length ? out : text;
}

function join(flat: { p: number; s: string; kept: boolean }[]): string {
  const paragraphs = new Map<number, string[]>();
  for (const x of flat) if (x.kept) paragraphs.set(x.p, [...(paragraphs.get(x.p) ?? []), x.s]);
  return [...paragraphs.values()].map((list) => list.join(" ")).join("\n\n");
}

/**
 * Drops trailing clauses of the last sentence until the text is near `target`, cutting after a
 * comma, colon or dash first, before a connector ("and", "with", "pour") next. Keeps at least
 * three words, or two in a heading.
 */
function dropClauses(
  text: string,
  target: number,
  kind: TextKind,
  keeps: (candidate: string) => boolean,
): string {
  const sentences = splitSentences(text.split(/\n{2,}/).at(-1)!);
  const last = sentences.at(-1)!;
  const head = text.slice(0, text.lastIndexOf(last));
  const ending = endingOf(last) || (kind === "prose" ? "." : "");
  const body = withoutEnding(last);
  const minimum = kind === "heading" ? 2 : 3;
  const options = clauseCuts(body)
    .filter((cut) => wordsOf(body.slice(0, cut.at)).length >= minimum)
    .map((cut) => ({
      ...cut,
      text: `${head}${body.slice(0, cut.at).replace(/[\s,;:–—-]+$/u, "")}${ending}`,
    }))
    .filter((option) => keeps(option.text));
  if (options.length === 0) return text;
  // The longest cut that reaches the target, else the shortest; punctuation cuts before words.
  const rank = (o: (typeof options)[number]) => (o.strength === "mark" ? 0 : 1);
  const reaching = options
    .filter((o) => o.text.length <= target)
    .sort((a, b) => rank(a) - rank(b) || b.text.length - a.text.length);
  return (reaching[0] ?? options.sort((a, b) => a.text.length - b.text.length)[0]!).text;
}

function capitaliseStart(out: string, original: string): string {
  const trimmed = out.trim();
  return /^\p{Lu}/u.test(original.trim())
    ? trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
    : trimmed;
}

// ---------------------------------------------------------------------------------------------

/** Sentences of the store's facts, per language; `null` when a fact is missing. */
const GROW: Record<
  TextLanguage,
  {
    products: (list: string) => string;
    place: (place: string, name: string) => string;
    headingPlace: (place: string) => string;
    headingName: (name: string) => string;
    and: string;
  }
> = {
  en: {
    products: (list) => `Among our favourites: ${list}.`,
    place: (place, name) => `${name} is based in ${place}.`,
    headingPlace: (place) => `in ${place}`,
    headingName: (name) => `at ${name}`,
    and: "and",
  },
  fr: {
    products: (list) => `Parmi nos préférés : ${list}.`,
    place: (place, name) => `${name} vous attend à ${place}.`,
    headingPlace: (place) => `à ${place}`,
    headingName: (name) => `chez ${name}`,
    and: "et",
  },
  de: {
    products: (list) => `Unsere Lieblinge: ${list}.`,
    place: (place, name) => `${name} ist in ${place} zu Hause.`,
    headingPlace: (place) => `in ${place}`,
    headingName: (name) => `bei ${name}`,
    and: "und",
  },
  es: {
    products: (list) => `Entre nuestros favoritos: ${list}.`,
    place: (place, name) => `${name} está en ${place}.`,
    headingPlace: (place) => `en ${place}`,
    headingName: (name) => `de ${name}`,
    and: "y",
  },
  pt: {
    products: (list) => `Entre os nossos favoritos: ${list}.`,
    place: (place, name) => `${name} fica em ${place}.`,
    headingPlace: (place) => `em ${place}`,
    headingName: (name) => `da ${name}`,
    and: "e",
  },
  it: {
    products: (list) => `Tra i nostri preferiti: ${list}.`,
    place: (place, name) => `${name} si trova a ${place}.`,
    headingPlace: (place) => `a ${place}`,
    headingName: (name) => `da ${name}`,
    and: "e",
  },
};

/** What a longer text may add: sentences of the store's facts the text does not say yet. */
export function factSentences(text: string, facts: StoreFacts, language: TextLanguage): string[] {
  const words = GROW[language];
  const lower = text.toLowerCase();
  const out: string[] = [];
  // The merchant's own sentences first: they are facts, in their words.
  for (const sentence of splitSentences(facts.description)) {
    if (sentence.length < 20 || !endingOf(sentence)) continue;
    if (overlap(sentence, text) > 0.5) continue;
    const said = detectLanguage(sentence);
    if (said && said !== language) continue;
    out.push(sentence);
  }
  const products = facts.products.filter((p) => !lower.includes(p.title.toLowerCase())).slice(0, 2);
  if (products.length) {
    const items = products.map((p) => (p.price ? `${p.title} (${p.price})` : p.title));
    out.push(
      words.products(items.length === 2 ? `${items[0]} ${words.and} ${items[1]}` : items[0]!),
    );
  }
  if (facts.place && !lower.includes(facts.place.toLowerCase()))
    out.push(words.place(facts.place, facts.name));
  return out;
}

function overlap(a: string, b: string): number {
  const wa = new Set(wordsOf(a).filter((w) => w.length > 3));
  if (wa.size === 0) return 1;
  const wb = new Set(wordsOf(b));
  return [...wa].filter((w) => wb.has(w)).length / wa.size;
}

export function lengthen(text: string, options: LengthOptions & { facts: StoreFacts }): string {
  const { kind, language, maxLength, facts } = options;
  if (kind === "label") return text;
  const lower = text.toLowerCase();
  if (kind === "heading") {
    const words = GROW[language];
    const extras = [
      facts.place && !lower.includes(facts.place.toLowerCase())
        ? words.headingPlace(facts.place)
        : null,
      facts.name && !lower.includes(facts.name.toLowerCase())
        ? words.headingName(facts.name)
        : null,
    ].filter((x): x is string => x !== null);
    const base = text.trim().replace(/[.]$/, "");
    for (const extra of extras) {
      const next = `${base} ${extra}`;
      if (next.length <= maxLength) return next;
    }
    return text;
  }
  let out = /[.!?…]["”’»)]?$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`;
  const goal = text.length * 1.4;
  for (const sentence of factSentences(text, facts, language)) {
    if (out.length >= goal) break;
    const next = `${out} ${sentence}`;
    if (next.length <= maxLength) out = next;
  }
  return out === text.trim() || out === `${text.trim()}.` ? text : out;
}
