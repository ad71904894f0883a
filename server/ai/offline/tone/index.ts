import type { TextLanguage } from "../../brief/language.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { pt } from "./pt.ts";
import type { Replacement, ToneRules } from "./types.ts";

/**
 * Formal and friendly rewrites without a model: each language's rule table (./en.ts, ./fr.ts, …)
 * moves the words, and the steps here do what every language shares: exclamation marks, emoji,
 * sentence capitals, and a closing line when the rules found nothing to change in a paragraph.
 */
export type Tone = "formal" | "friendly";
export type TextKind = "label" | "heading" | "prose";

export const TONE_RULES: Record<TextLanguage, ToneRules> = { en, fr, de, es, pt, it };

/** Emoji with their skin tones, joiners and variation selectors. */
const EMOJI = /\s*(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f)+/gu;

export function retone(
  text: string,
  tone: Tone,
  options: { kind: TextKind; language: TextLanguage; maxLength: number; pick: number },
): string {
  const rules = TONE_RULES[options.language];
  const { kind } = options;
  if (kind === "label") {
    const labels = tone === "formal" ? rules.formalLabels : rules.friendlyLabels;
    const mapped = labels[text.trim().toLowerCase()];
    if (mapped) return capitalise(mapped);
    return tone === "formal" ? tidy(text.replace(EMOJI, "").replace(/\s*!+/g, ""), rules) : text;
  }
  let out = applyAll(text, tone === "formal" ? rules.formal : rules.friendly);
  if (tone === "formal") {
    // An emoji that ended a sentence leaves a full stop behind.
    out = out
      .replace(new RegExp(`${EMOJI.source}(?=\\s+\\p{Lu})`, "gu"), ".")
      .replace(EMOJI, "")
      .replace(/¡/g, "")
      .replace(/\s*!+/g, ".");
    out = tidy(out, rules);
    if (kind === "heading") out = out.replace(/\.$/, "");
  } else {
    out = tidy(out, rules);
    if (kind === "heading") out = exclaim(out, rules);
  }
  out = sentenceCapitals(out);
  if (kind === "prose") {
    const closings = tone === "formal" ? rules.formalClosings : rules.friendlyClosings;
    // Friendly prose always gains a warm line; formal prose only when no rule had work to do.
    if (tone === "friendly" || same(out, text)) out = withClosing(out, closings, options);
  }
  return out;
}

function applyAll(text: string, replacements: readonly Replacement[]): string {
  let out = text;
  for (const [pattern, replacement] of replacements) {
    const groups = countGroups(pattern);
    out = out.replace(pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const captured = args.slice(1, 1 + groups) as (string | undefined)[];
      const offset = args[1 + groups] as number;
      const input = args[2 + groups] as string;
      const expanded = replacement.replace(
        /\$(\d)/g,
        (_, n: string) => captured[Number(n) - 1] ?? "",
      );
      // A capital that starts a sentence carries over; one inside ("Sie", "Ihr") is the word's own.
      const startsSentence = /(^|[.!?…:]\s*|\n\s*|[¡¿"“«]\s*)$/u.test(input.slice(0, offset));
      return startsSentence && /^\p{Lu}/u.test(match) ? capitalise(expanded) : expanded;
    });
  }
  return out;
}

function countGroups(pattern: RegExp): number {
  return (
    (new RegExp(`${pattern.source}|`, pattern.flags.replace("g", "")).exec("")?.length ?? 1) - 1
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function tidy(text: string, rules: ToneRules): string {
  let out = text
    .replace(/[ \t]{2,}/g, " ")
    .replace(/\s+([.,;:!?…])/g, "$1")
    .replace(/([.!?])\s*\.+/g, "$1")
    .replace(/,\s*([.!?])/g, "$1")
    .replace(/^\s*[,;:]\s*/g, "")
    .trim();
  if (rules.spaceBeforeMarks) out = out.replace(/([^\s])([!?;:])(?=\s|$)/g, "$1 $2");
  return out;
}

function exclaim(text: string, rules: ToneRules): string {
  if (/[!?]$/.test(text)) return text;
  const body = text.replace(/\.$/, "");
  const open = rules.invertedMarks && !body.startsWith("¡") ? "¡" : "";
  return `${open}${body}${rules.spaceBeforeMarks ? " !" : "!"}`;
}

/** A capital at the start of every sentence (a rule may have removed the first word). */
function sentenceCapitals(text: string): string {
  return text.replace(
    /(^|[.!?…]\s+|\n\s*)([¡¿"“«(]*)(\p{Ll})/gu,
    (_, before: string, lead: string, c: string) => before + lead + c.toUpperCase(),
  );
}

function same(a: string, b: string): boolean {
  return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
}

function withClosing(
  text: string,
  closings: readonly string[],
  { maxLength, pick }: { maxLength: number; pick: number },
): string {
  const body = /[.!?…]["”’»)]?$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`;
  const start = Math.floor(pick * closings.length);
  for (let i = 0; i < closings.length; i++) {
    const closing = closings[(start + i) % closings.length]!;
    if (body.includes(closing)) continue;
    const next = `${body} ${closing}`;
    if (next.length <= maxLength) return next;
  }
  return text;
}
