import { clampText } from "../copy.ts";
import type { Random } from "../random.ts";
import type { LanguageKit, Maybe, Paragraph, Point, Subject, Variants } from "./kit.ts";
import { foldText } from "./rivals.ts";

/**
 * Draws a store's texts from a kit: one candidate per slot, by the store's random source (a fork
 * per slot, so adding a slot never reshuffles the others), skipping candidates that miss a fact,
 * say something the brief asked to avoid, are too long, or were already used in this store.
 * Among those left, a candidate that carries one of the brief's own facts (its name, place, named
 * offerings, highlights, audience, its own words for what it sells) is taken first: that is what
 * makes two stores of one trade read as two businesses (./sameness.ts).
 */
export type Pen = {
  line(label: string, slot: Variants, max: number): string;
  /** `count` distinct points (fewer when the kit has fewer), each fitted to 60/200. */
  points(label: string, slot: Variants<Point>, count: number): Point[];
  /** One text per paragraph that yields any sentence; each sentence drawn from its slot. */
  paragraphs(label: string, paragraphs: readonly Paragraph[], max: number): string[];
  /** Candidates of any shape, usable ones only (missing facts and avoided words dropped). */
  usable<T>(label: string, slot: Variants<T>): T[];
  /** Of `items`, those whose text carries a fact of the brief, when any does; else all. */
  ownFirst<T>(items: readonly T[], text: (item: T) => string): T[];
  fork(label: string): Random;
};

export function createPen(
  kit: LanguageKit,
  subject: Subject,
  random: Random,
  avoid: readonly string[],
): Pen {
  const avoided = avoid.map((a) => foldText(a).trim()).filter((a) => a.length > 2);
  const used = new Set<string>();
  const clean = (text: string) =>
    text
      .replace(/\s+/g, " ")
      .replace(/\s+([.,])/g, "$1")
      .trim();
  const allowed = (text: string) => {
    if (avoided.length === 0) return true;
    const folded = foldText(text);
    return !avoided.some((a) => folded.includes(` ${a} `));
  };
  const present = <T>(items: readonly Maybe<T>[]): T[] =>
    items.filter((x): x is T => x !== null && x !== undefined && x !== false && x !== "");

  // Read when used: the composer names a nameless business after the pen is made.
  const has = (text: string, facts: readonly string[]) => {
    const folded = foldText(text);
    return facts.some((fact) => folded.includes(fact));
  };
  /**
   * How little of the brief a text says: per sentence, 0 with a fact beyond the name (the place,
   * a named offering, a highlight), ½ with the name alone (two briefs may share a name), 1 with
   * none; averaged over the text's sentences.
   */
  const filler = (text: string) => {
    const others = factsOf({ ...subject, name: "" });
    const name = factsOf({ ...subject, place: null, named: [], highlights: [], audience: null });
    const sentences = text.split(/(?<=[.!?…])\s+/u).filter((t) => t.trim());
    const score = (t: string) => (has(t, others) ? 0 : has(t, name) ? 0.5 : 1);
    return sentences.reduce((sum, t) => sum + score(t), 0) / Math.max(1, sentences.length);
  };
  const ownFirst = <T>(items: readonly T[], text: (item: T) => string): T[] => {
    if (items.length === 0) return [];
    const least = Math.min(...items.map((item) => filler(text(item))));
    return items.filter((item) => filler(text(item)) === least);
  };

  const choose = (r: Random, candidates: string[], max: number): string => {
    const all = candidates.map(clean).filter((t) => t.length > 0 && allowed(t));
    const fresh = all.filter((t) => !used.has(t));
    const pool = fresh.length > 0 ? fresh : all;
    const fitting = pool.filter((t) => t.length <= max);
    const chosen =
      fitting.length > 0
        ? r.pick(ownFirst(fitting, (t) => t))
        : clampText([...pool].sort((a, b) => a.length - b.length)[0] ?? "", max);
    used.add(chosen);
    return chosen;
  };

  return {
    line(label, slot, max) {
      const r = random.fork(label);
      const text = choose(r, present(slot(subject, r)), max);
      if (!text) throw new Error(`the ${kit.language} kit has nothing to say for ${label}`);
      return text;
    },
    points(label, slot, count) {
      const r = random.fork(label);
      const seen = new Set<string>();
      const usable = present(slot(subject, r)).filter((p) => allowed(`${p.title} ${p.text}`));
      const text = (p: Point) => `${p.title} ${p.text}`;
      const own = ownFirst(usable, text);
      // The points that carry the brief's facts first, then the others, each group shuffled.
      const points = [
        ...r.shuffle(own),
        ...r.shuffle(usable.filter((p) => !own.includes(p))),
      ].filter((p) => !seen.has(p.title) && seen.add(p.title) !== undefined);
      return points.slice(0, count).map((p) => ({
        icon: p.icon,
        title: clampText(clean(p.title), 60),
        text: clampText(clean(p.text), 200),
      }));
    },
    paragraphs(label, paragraphs, max) {
      return paragraphs
        .map((sentences, i) => {
          // Whole sentences only: a paragraph that would run long stops at the last that fits.
          let text = "";
          sentences.forEach((slot, j) => {
            const r = random.fork(`${label}.${i}.${j}`);
            const options = present(slot(subject, r));
            if (options.length === 0) return;
            const sentence = choose(r, options, max);
            const next = text ? `${text} ${sentence}` : sentence;
            if (next.length <= max) text = next;
          });
          return text;
        })
        .filter((p) => p.length > 0);
    },
    usable(label, slot) {
      const r = random.fork(label);
      return present(slot(subject, r)).filter((item) =>
        allowed(typeof item === "string" ? item : JSON.stringify(item)),
      );
    },
    ownFirst,
    fork: (label) => random.fork(label),
  };
}

/** The brief's own facts as folded text, to find in a candidate. */
function factsOf(s: Subject): string[] {
  const own = s.wordsFromBrief ? [s.words.goods] : [];
  return [s.name, s.place, ...s.named, ...s.highlights, s.audience, ...own]
    .filter((fact): fact is string => typeof fact === "string")
    .map((fact) => foldText(fact).trim())
    .filter((fact) => fact.length > 2)
    .map((fact) => ` ${fact} `);
}
