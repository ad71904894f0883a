import { splitSentences, wordsOf } from "./sentences.ts";
import type { TextLanguage } from "../brief/language.ts";

/**
 * The facts a text states that a rewrite must keep: numbers and prices, names (capitalised words
 * inside a sentence; never a sentence's or a line's first word), and the store's own known names (its name, place, products) when the text
 * mentions them. A rewrite that drops one of these has lost something the merchant wrote.
 */
export type Fact = { kind: "number" | "name"; text: string };

/** Numbers compared by their digits, so "4.50" and "4,50" are the same price. */
const NUMBER = /\d+(?:[.,\u00a0\u202f]\d+)*/g;

const digitsOf = (text: string) => text.replace(/\D/g, "");

/** Capitalised words that are not names on their own. */
const NOT_NAMES = new Set(["i", "we", "you", "our", "your", "ok"]);

export function factsOf(
  text: string,
  options: { known?: readonly string[]; language?: TextLanguage } = {},
): Fact[] {
  const facts: Fact[] = [];
  for (const match of text.matchAll(NUMBER)) {
    facts.push({ kind: "number", text: match[0].trim() });
  }
  const lower = text.toLowerCase();
  for (const known of options.known ?? []) {
    if (known.trim().length >= 2 && lower.includes(known.trim().toLowerCase()))
      facts.push({ kind: "name", text: known.trim() });
  }
  // German capitalises every noun, and Title Case headings every word: no names to read there.
  if (options.language !== "de" && !isTitleCase(text)) {
    // Each line is its own text (a heading, a list item, a button label): its first word starts a
    // sentence, capitalised for that reason alone, like the first word after a full stop.
    for (const sentence of text.split(/\n+/).flatMap((line) => splitSentences(line))) {
      const words = sentence.match(/[\p{L}\p{N}'’&-]+/gu) ?? [];
      words.slice(1).forEach((word) => {
        if (/^\p{Lu}/u.test(word) && !NOT_NAMES.has(word.toLowerCase()))
          facts.push({ kind: "name", text: word.replace(/['’]s$/, "") });
      });
    }
  }
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.kind}:${f.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals / words.length > 0.6;
}

/** The facts of `before` that `after` no longer states. */
export function lostFacts(
  before: string,
  after: string,
  options: { known?: readonly string[]; language?: TextLanguage } = {},
): Fact[] {
  const afterDigits = new Set([...after.matchAll(NUMBER)].map((m) => digitsOf(m[0])));
  const afterWords = new Set(wordsOf(after));
  const afterLower = after.toLowerCase();
  return factsOf(before, options).filter((fact) => {
    if (fact.kind === "number") return !afterDigits.has(digitsOf(fact.text));
    const words = wordsOf(fact.text);
    if (words.length > 1) return !afterLower.includes(fact.text.toLowerCase());
    return !afterWords.has(words[0] ?? "");
  });
}

/** The facts asked for that `text` does not state: "Lyon", "4.50" (numbers by their digits). */
export function missingFacts(text: string, asked: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const numbers = new Set([...text.matchAll(NUMBER)].map((m) => digitsOf(m[0])));
  return asked.filter((fact) => {
    if (/^[^\p{L}]*\d[^\p{L}]*$/u.test(fact)) return !numbers.has(digitsOf(fact));
    return !lower.includes(fact.toLowerCase());
  });
}

/** "“€4.50” and “Lyon”", for a refusal a merchant reads. */
export function listFacts(facts: readonly Fact[], language: "en" = "en"): string {
  void language;
  const quoted = [...new Set(facts.map((f) => `“${f.text}”`))].slice(0, 4);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}
