import type { RewriteData, RewriteOutput } from "../tasks.ts";
import { AiUnavailableError } from "../port.ts";
import { capitalise, clampText, tidy } from "./copy.ts";
import { createRandom } from "./random.ts";

export const OFFLINE_CANNOT_TRANSLATE =
  "Translation needs an AI model, and this Pegasus runs the built-in offline writer. Ask your administrator to set OPENAI_API_KEY.";

/**
 * Rule-based rewriting for the offline adapter: shorter (drop asides and trailing clauses),
 * longer (add a fitting sentence), friendlier (contractions, plain words, a warm closing line),
 * more formal (the reverse). Translation needs a model and is refused with a clear message.
 */
export function offlineRewrite(data: RewriteData, seed: number): RewriteOutput {
  if (data.mode === "translate")
    throw new AiUnavailableError(OFFLINE_CANNOT_TRANSLATE, "unsupported");
  const random = createRandom(`${seed}|${data.mode}|${data.site.name}`);
  return {
    texts: data.texts.map(({ path, text, maxLength }) => {
      const kind = textKind(path, text);
      let out: string;
      switch (data.mode) {
        case "shorter":
          out = shorter(text, kind);
          break;
        case "longer":
          out = longer(text, kind, data.site.name, random.next());
          break;
        case "friendlier":
          out = friendlier(text, kind, path, random.next());
          break;
        default:
          out = moreFormal(text, kind, path);
      }
      out = fitTo(out, text, maxLength);
      return { path, text: out };
    }),
  };
}

type TextKind = "label" | "heading" | "prose";

function textKind(path: string, text: string): TextKind {
  if (
    /(^|\.)(label|buttonLabel|linkLabel|ctaLabel|eyebrow|detailsLabel|checkoutLabel|continueLabel)$/.test(
      path,
    )
  )
    return "label";
  if (/[.!?]\s/.test(text) || /[.!?]$/.test(text.trim()) || text.length > 90) return "prose";
  return "heading";
}

function sentences(text: string): string[] {
  return (
    text
      .match(/[^.!?]+[.!?]+(?:["”’)]+)?|[^.!?]+$/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? [text]
  );
}

const FILLER =
  /\b(really|very|truly|simply|actually|just|quite|genuinely|incredibly|absolutely)\s+/gi;

function shorter(text: string, kind: TextKind): string {
  let out = text.replace(/\s*\([^)]*\)/g, "").replace(FILLER, "");
  if (kind === "prose") {
    const parts = sentences(out);
    if (parts.length > 1) {
      let kept = parts[0]!;
      for (const part of parts.slice(1)) {
        if ((kept + " " + part).length > text.length * 0.55) break;
        kept += " " + part;
      }
      out = kept;
    }
    if (out.length > text.length * 0.7) out = dropTrailingClause(out, text.length * 0.6);
  } else if (out.length > 24) {
    out = dropTrailingClause(out, text.length * 0.7);
  }
  return tidy(out);
}

/** "A, b and c, so that d." -> "A, b and c." until the text is short enough. */
function dropTrailingClause(text: string, target: number): string {
  const end = /[.!?]$/.test(text) ? text.slice(-1) : "";
  let body = end ? text.slice(0, -1) : text;
  const connectors = [
    ", ",
    ": ",
    " and ",
    " with ",
    " so ",
    " that ",
    " which ",
    " for ",
    " from ",
    " in ",
    " to ",
    " while ",
  ];
  while (body.length > target) {
    const cut = Math.max(...connectors.map((c) => body.lastIndexOf(c)));
    if (cut <= Math.min(body.length * 0.35, 12)) break;
    body = body.slice(0, cut);
  }
  return body.trim() + end;
}

const MORE_PROSE = [
  "Every order is packed by hand and leaves us within two working days.",
  "If you have a question before you buy, write to us and a real person will answer.",
  "We choose every detail with care, so it is a pleasure to use every day.",
  "It is the kind of thing we would happily keep for ourselves.",
];

function longer(text: string, kind: TextKind, siteName: string, r: number): string {
  if (kind === "label") return text;
  if (kind === "heading") {
    const extras = ["made with care", `from ${siteName}`, "chosen with care"];
    const extra = extras[Math.floor(r * extras.length)]!;
    return text.toLowerCase().includes(extra.toLowerCase()) ? text : `${text}, ${extra}`;
  }
  const extra =
    MORE_PROSE.find((s, i) => i >= Math.floor(r * MORE_PROSE.length) && !text.includes(s)) ??
    MORE_PROSE[0]!;
  return `${ensureEnds(text)} ${extra}`;
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\bwe are\b/gi, "we're"],
  [/\bwe will\b/gi, "we'll"],
  [/\bwe have\b/gi, "we've"],
  [/\byou are\b/gi, "you're"],
  [/\byou will\b/gi, "you'll"],
  [/\bit is\b/gi, "it's"],
  [/\bthat is\b/gi, "that's"],
  [/\bdo not\b/gi, "don't"],
  [/\bdoes not\b/gi, "doesn't"],
  [/\bcannot\b/gi, "can't"],
  [/\bwill not\b/gi, "won't"],
  [/\bis not\b/gi, "isn't"],
  [/\bthere is\b/gi, "there's"],
  [/\blet us\b/gi, "let's"],
];

const PLAIN_WORDS: [RegExp, string][] = [
  [/\bpurchase\b/gi, "buy"],
  [/\bpurchases\b/gi, "buys"],
  [/\bassist\b/gi, "help"],
  [/\bassistance\b/gi, "help"],
  [/\breceive\b/gi, "get"],
  [/\bobtain\b/gi, "get"],
  [/\brequire\b/gi, "need"],
  [/\bcommence\b/gi, "start"],
  [/\butili[sz]e\b/gi, "use"],
  [/\bapproximately\b/gi, "about"],
];

const FRIENDLY_LABELS: Record<string, string> = {
  "shop now": "Take a look",
  "shop the collection": "Come and browse",
  "browse the shop": "Have a look around",
  "our story": "Meet us",
  "read our story": "Get to know us",
  "contact us": "Say hello",
  "learn more": "Tell me more",
  "see details": "Take a closer look",
  subscribe: "Count me in",
  "sign up": "Count me in",
  "send message": "Send it our way",
};

const WARM_CLOSINGS = [
  "We can't wait for you to try it.",
  "Say hello any time: we love hearing from you.",
  "We'd love to be part of your day.",
  "Come and have a look around: we're glad you're here.",
];

function friendlier(text: string, kind: TextKind, path: string, r: number): string {
  if (kind === "label") {
    const mapped = FRIENDLY_LABELS[text.trim().toLowerCase()];
    if (mapped) return mapped;
    if (/eyebrow$/.test(path)) return text.endsWith("!") ? text : `${text}!`;
    return text;
  }
  let out = text;
  for (const [pattern, replacement] of [...CONTRACTIONS, ...PLAIN_WORDS]) {
    out = out.replace(pattern, (match) => keepCase(match, replacement));
  }
  if (kind === "heading") {
    return /[.!?]$/.test(out) ? out.replace(/\.$/, "!") : `${out}!`;
  }
  const closing =
    WARM_CLOSINGS.find((s, i) => i >= Math.floor(r * WARM_CLOSINGS.length) && !out.includes(s)) ??
    WARM_CLOSINGS[0]!;
  return `${ensureEnds(out)} ${closing}`;
}

const FORMAL_WORDS: [RegExp, string][] = [
  [/\bhi\b/gi, "hello"],
  [/\bhey\b/gi, "hello"],
  [/\bgrab\b/gi, "purchase"],
  [/\bawesome\b/gi, "excellent"],
  [/\bamazing\b/gi, "exceptional"],
  [/\bgreat\b/gi, "excellent"],
  [/\bpop in\b/gi, "visit"],
  [/\bsay hello\b/gi, "contact us"],
  [/\bfolks\b/gi, "customers"],
  [/\bkids\b/gi, "children"],
  [/\bget in touch\b/gi, "contact us"],
  [/\blots of\b/gi, "many"],
  [/\ba lot of\b/gi, "a great deal of"],
  [/\bbuy\b/gi, "purchase"],
];

const FORMAL_LABELS: Record<string, string> = {
  "take a look": "View products",
  "say hello": "Contact us",
  "count me in": "Subscribe",
  "meet us": "About us",
  "sign me up": "Subscribe",
  "join the list": "Subscribe",
};

function moreFormal(text: string, kind: TextKind, path: string): string {
  if (kind === "label") {
    const mapped = FORMAL_LABELS[text.trim().toLowerCase()];
    return mapped ?? text.replace(/!+$/, "");
  }
  let out = text;
  for (const [pattern, full] of [
    [/\bwe're\b/gi, "we are"],
    [/\bwe'll\b/gi, "we will"],
    [/\bwe've\b/gi, "we have"],
    [/\byou're\b/gi, "you are"],
    [/\byou'll\b/gi, "you will"],
    [/\bit's\b/gi, "it is"],
    [/\bthat's\b/gi, "that is"],
    [/\bdon't\b/gi, "do not"],
    [/\bdoesn't\b/gi, "does not"],
    [/\bcan't\b/gi, "cannot"],
    [/\bwon't\b/gi, "will not"],
    [/\bisn't\b/gi, "is not"],
    [/\bthere's\b/gi, "there is"],
    [/\blet's\b/gi, "let us"],
    [/\bwe'd\b/gi, "we would"],
    ...FORMAL_WORDS,
  ] as [RegExp, string][]) {
    out = out.replace(pattern, (match) => keepCase(match, full));
  }
  out = out.replace(/!+/g, ".").replace(/\.\./g, ".");
  if (kind === "heading") out = out.replace(/\.$/, "");
  void path;
  return tidy(out);
}

function keepCase(original: string, replacement: string): string {
  return original[0] === original[0]!.toUpperCase() ? capitalise(replacement) : replacement;
}

function ensureEnds(text: string): string {
  const trimmed = text.trim();
  return /[.!?]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Never longer than allowed, never empty: falls back to a clean cut or the original. */
function fitTo(out: string, original: string, max: number): string {
  const fitted = clampText(out.trim(), max);
  return fitted.length > 0 ? fitted : clampText(original, max);
}
