import { defineMessages, useIntl, type IntlShape } from "react-intl";
import { toProblem } from "../api/errors.ts";
import { ENGLISH } from "../i18n/message.ts";
import { Notice } from "../ui/Notice.tsx";

/**
 * What went wrong with an AI request, in a sentence a merchant can act on: the wizard and the AI
 * panel show every error through here, so a schema dump, an error class's name or zod's JSON never
 * reaches the page. Field errors are kept apart, keyed by the field's own name ("description" for
 * "brief.description"), for the form to show next to each field.
 */
export type AiProblem = { message: string; fields: Record<string, string> };

const WORDS = defineMessages({
  triedAgain: {
    id: "ai.problem.triedAgain",
    defaultMessage:
      "The AI's answer did not pass our checks, so nothing was changed. Please try again, or word your request differently.",
  },
  onOurSide: {
    id: "ai.problem.onOurSide",
    defaultMessage: "Something went wrong on our side. Nothing was changed; please try again.",
  },
  checkAnswer: { id: "ai.problem.checkAnswer", defaultMessage: "Check this answer." },
});

/** The app's own sentences, in the app's language when given `intl`, else English. */
function say(intl: IntlShape | undefined, message: (typeof WORDS)[keyof typeof WORDS]): string {
  return (intl ?? ENGLISH).formatMessage(message);
}

/** Text that reads as a program's, not a person's: JSON, class names, schema paths and types. */
const TECHNICAL =
  /[{}[\]|]|\b\w+Error\b|\bzod\b|\b[Ee]xpected (?:one of|string|number|boolean|array|object)|\b[Rr]eceived\b|\bInvalid (?:input|option|type)|^Required$|\b\w+\.\w+(?:\.\w+)*\s*:|\bundefined\b|\bnull\b|<=|>=/;

export function aiProblem(error: unknown, intl?: IntlShape): AiProblem {
  const problem = toProblem(error);
  const fields: Record<string, string> = {};
  for (const [path, messages] of Object.entries(problem.fieldErrors)) {
    const name = path.split(".").at(-1)!;
    if (messages[0] && !(name in fields)) fields[name] = readableFieldMessage(messages[0], intl);
  }
  // A form shows each field's error next to its field; anywhere else they read as one sentence.
  if (Object.keys(fields).length > 0) return { message: Object.values(fields).join(" "), fields };
  return { message: readableMessage(problem.message, problem.code, intl), fields };
}

/** A message from the server (or a failed job) as one readable sentence. */
export function readableMessage(
  message: string | null | undefined,
  code = "UNKNOWN",
  intl?: IntlShape,
): string {
  const text = (message ?? "").trim();
  if (code === "UNPROCESSABLE_CONTENT" || /did not pass our checks/.test(text))
    return say(intl, WORDS.triedAgain);
  if (!text || TECHNICAL.test(text)) return say(intl, WORDS.onOurSide);
  return text;
}

function readableFieldMessage(message: string, intl?: IntlShape): string {
  return TECHNICAL.test(message) ? say(intl, WORDS.checkAnswer) : message;
}

/** An AI request's failure as a notice, in the merchant's words. */
export function AiProblemNotice({ error }: { error: unknown }) {
  const intl = useIntl();
  if (!error) return null;
  return <Notice tone="danger">{aiProblem(error, intl).message}</Notice>;
}
