/**
 * The small text tools every reader of a brief shares: accents folded so "café", "Café" and
 * "cafe" match one keyword, words split the same way everywhere, and clauses cut where a brief
 * changes subject.
 */

/**
 * Lower case without diacritics ("Zürich" -> "zurich"), one UTF-16 unit for one: a position found
 * in the folded text is the same position in the brief, so a phrase can be cut out as written.
 */
export function fold(text: string): string {
  let folded = "";
  for (const char of text) {
    const plain = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    folded += plain.length === char.length ? plain : char;
  }
  return folded.replace(/[’‘`]/g, "'");
}

/** The brief's words, folded, in order (letters, digits, apostrophes and hyphens inside). */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Clauses: cut at sentence ends, semicolons, new lines and bullets, never inside a number. */
export function clauses(text: string): string[] {
  return text
    .split(/(?<!\d)[.!?](?!\d)\s*|[;\n•]+|\s[–—]\s/u)
    .map((clause) => clause.trim())
    .filter(Boolean);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Collapses white space and trims trailing punctuation a phrase picked out of a sentence keeps. */
export function tidy(phrase: string): string {
  return phrase
    .replace(/\s+/g, " ")
    .replace(/^[\s,:;–—-]+|[\s,;:.!?–—-]+$/gu, "")
    .trim();
}

/**
 * A regex source matching any of the given folded phrases as whole words, in folded text; a
 * trailing `*` makes a phrase a prefix ("gioiell*" matches "gioielli").
 */
export function phrasePattern(phrases: readonly string[]): string {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase.endsWith("*")
        ? `${escapeRegExp(phrase.slice(0, -1))}[\\p{L}]*`
        : escapeRegExp(phrase).replace(/ /g, "[\\s-]+"),
    );
  return `(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`;
}
