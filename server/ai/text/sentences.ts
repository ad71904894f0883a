/**
 * Where a text may be cut or grown without breaking it: sentences, and clauses inside them.
 * Decimal numbers ("4.50"), common abbreviations ("e.g.", "St.", "Dr.") and initials do not end
 * a sentence.
 */

const ABBREVIATIONS =
  /(?:\b(?:e\.g|i\.e|etc|vs|St|Dr|Mr|Mrs|Ms|Mme|Mlle|M|Nr|No|z\.B|bzw|ca|approx|Sr|Sra|Jr)|\b\p{Lu})\.$/u;

/** The sentences of `text`, each with its own ending punctuation (the last may have none). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const ends = /[.!?…]+["”’»)\]]*(?=\s+|$)/gu;
  for (const match of text.matchAll(ends)) {
    const end = match.index + match[0].length;
    const candidate = text.slice(start, end);
    if (match[0].startsWith(".") && ABBREVIATIONS.test(text.slice(start, match.index + 1)))
      continue;
    // The next sentence starts with a capital, a digit, a quote or ¿¡; else it is not an end.
    const rest = text.slice(end).trimStart();
    if (rest && !/^[\p{Lu}\p{N}"“«¿¡(\p{Extended_Pictographic}]/u.test(rest)) continue;
    if (candidate.trim()) out.push(candidate.trim());
    start = end;
  }
  const tail = text.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}

/** Punctuation that closes a clause inside a sentence. */
const CLAUSE_MARKS = /\s*(?:[,;:]|\s[–—-])\s+/gu;

/** Words that open a clause that can be dropped with everything after it, per language. */
const CONNECTORS =
  /\s(?:and|but|so|while|because|which|with|for|from|in|to|et|mais|donc|car|avec|pour|dans|qui|und|aber|denn|weil|mit|für|aus|y|pero|porque|con|para|que|e|mas|porque|com|ma|perché|per)\s/giu;

/**
 * Places inside `sentence` where what follows may be dropped: after clause punctuation first
 * (the cleanest cuts), then before connectors. Offsets are where the kept part ends.
 */
export function clauseCuts(sentence: string): { at: number; strength: "mark" | "word" }[] {
  const cuts: { at: number; strength: "mark" | "word" }[] = [];
  for (const m of sentence.matchAll(CLAUSE_MARKS)) cuts.push({ at: m.index, strength: "mark" });
  for (const m of sentence.matchAll(CONNECTORS)) cuts.push({ at: m.index, strength: "word" });
  return cuts.sort((a, b) => a.at - b.at);
}

/** The ending punctuation of a sentence ("." "!" "?" "…"), or "" when it has none. */
export function endingOf(sentence: string): string {
  return /([.!?…]+)["”’»)\]]*$/u.exec(sentence.trim())?.[1] ?? "";
}

/** The sentence without its ending punctuation. */
export function withoutEnding(sentence: string): string {
  return sentence.trim().replace(/\s*[.!?…]+["”’»)\]]*$/u, "");
}

/** `sentence` ends with sentence punctuation (a quote or bracket may follow it). */
export function endsSentence(text: string): boolean {
  return endingOf(text) !== "";
}

/** Words of a text, lower-cased, without punctuation: for comparing what two texts say. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}
