/**
 * A language's rules for moving text toward a formal or a friendly register: word and phrase
 * replacements (contractions, the polite or familiar "you", greetings, hedges, casual words),
 * button labels, and closing lines used when no rule had anything to change in a paragraph.
 */
export type Replacement = readonly [pattern: RegExp, replacement: string];

export type ToneRules = {
  formal: readonly Replacement[];
  friendly: readonly Replacement[];
  /** Lower-cased label -> label. */
  formalLabels: Readonly<Record<string, string>>;
  friendlyLabels: Readonly<Record<string, string>>;
  formalClosings: readonly string[];
  friendlyClosings: readonly string[];
  /** French puts a space before "!" and "?". */
  spaceBeforeMarks?: boolean;
  /** Spanish opens an exclamation with "¡". */
  invertedMarks?: boolean;
};

/**
 * A whole-word pattern that also works for accented letters (JavaScript's \b does not): `source`
 * may hold alternatives and groups; matching ignores case.
 */
export function word(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${source})(?![\\p{L}\\p{N}])`, "giu");
}

/** Many `[words, replacement]` pairs at once. */
export function words(pairs: Record<string, string>): Replacement[] {
  return Object.entries(pairs).map(([from, to]) => [word(from), to] as const);
}

/**
 * Imperatives, only where a sentence starts ("Découvre nos pains" but not "la compra"): each
 * `[form, other form]` pair.
 */
export function imperatives(pairs: Record<string, string>): Replacement[] {
  return Object.entries(pairs).map(
    ([from, to]) =>
      [new RegExp(`(?<=^|[.!?:¡¿]\\s*|\\n)(?:${from})(?![\\p{L}\\p{N}])`, "giu"), to] as const,
  );
}

/** The same pairs the other way round ("découvre" -> "découvrez" becomes the reverse). */
export function invert(pairs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(pairs).map(([a, b]) => [b, a.split("|")[0]!]));
}
