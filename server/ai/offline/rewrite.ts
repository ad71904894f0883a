import type { RewriteData, RewriteOutput } from "../tasks.ts";
import { AiUnavailableError } from "../port.ts";
import { knownNames, storeFacts } from "../quality.ts";
import { languageOf } from "../brief/language.ts";
import { lengthen, shorten } from "./length.ts";
import { createRandom } from "./random.ts";
import { retone, type TextKind } from "./tone/index.ts";

export const OFFLINE_CANNOT_TRANSLATE =
  "Translation needs an AI model, and this Pegasus runs the built-in offline writer. Ask your administrator to set OPENAI_API_KEY.";

/**
 * Rule-based rewriting for the offline adapter, in the text's own language (English, French,
 * German, Spanish, Portuguese, Italian): shorter and longer at sentence and clause boundaries
 * (./length.ts), friendlier and more formal by each language's rule table (./tone/). A text the
 * rules cannot improve comes back unchanged, and the action says so rather than offering it.
 * Translation needs a model and is refused with a clear message.
 */
export function offlineRewrite(data: RewriteData, seed: number): RewriteOutput {
  if (data.mode === "translate")
    throw new AiUnavailableError(OFFLINE_CANNOT_TRANSLATE, "unsupported");
  const random = createRandom(`${seed}|${data.mode}|${data.site.name}`);
  const facts = storeFacts(data.site);
  const known = knownNames(data.site);
  return {
    texts: data.texts.map(({ path, text, maxLength }) => {
      const kind = textKind(path, text);
      const language = languageOf(text, data.site.locale);
      const options = { kind, language, maxLength, known };
      let out: string;
      switch (data.mode) {
        case "shorter":
          out = shorten(text, options);
          break;
        case "longer":
          out = lengthen(text, { ...options, facts });
          break;
        case "friendlier":
          out = retone(text, "friendly", { ...options, pick: random.next() });
          break;
        default:
          out = retone(text, "formal", { ...options, pick: random.next() });
      }
      // Never over the limit: a rule that would overflow leaves the text as it was.
      return { path, text: out.trim() && out.length <= maxLength ? out : text };
    }),
  };
}

/** What a text is, for the tone rules: a button label, a heading, or prose. */
export function textKind(path: string, text: string): TextKind {
  if (
    /(^|\.)(label|buttonLabel|linkLabel|ctaLabel|eyebrow|detailsLabel|checkoutLabel|continueLabel)$/.test(
      path,
    )
  )
    return "label";
  if (/[.!?]\s/.test(text) || /[.!?]$/.test(text.trim()) || text.length > 90) return "prose";
  return "heading";
}
