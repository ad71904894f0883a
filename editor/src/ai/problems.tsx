import { toProblem } from "../api/errors.ts";
import { Notice } from "../ui/Notice.tsx";

/**
 * What went wrong with an AI request, in a sentence a merchant can act on: the wizard and the AI
 * panel show every error through here, so a schema dump, an error class's name or zod's JSON never
 * reaches the page. Field errors are kept apart, keyed by the field's own name ("description" for
 * "brief.description"), for the form to show next to each field.
 */
export type AiProblem = { message: string; fields: Record<string, string> };

const TRIED_AGAIN =
  "The AI's answer did not pass our checks, so nothing was changed. Please try again, or word your request differently.";
const ON_OUR_SIDE = "Something went wrong on our side. Nothing was changed; please try again.";

/** Text that reads as a program's, not a person's: JSON, class names, schema paths and types. */
const TECHNICAL =
  /[{}[\]|]|\b\w+Error\b|\bzod\b|\b[Ee]xpected (?:one of|string|number|boolean|array|object)|\b[Rr]eceived\b|\bInvalid (?:input|option|type)|^Required$|\b\w+\.\w+(?:\.\w+)*\s*:|\bundefined\b|\bnull\b|<=|>=/;

export function aiProblem(error: unknown): AiProblem {
  const problem = toProblem(error);
  const fields: Record<string, string> = {};
  for (const [path, messages] of Object.entries(problem.fieldErrors)) {
    const name = path.split(".").at(-1)!;
    if (messages[0] && !(name in fields)) fields[name] = readableFieldMessage(messages[0]);
  }
  // A form shows each field's error next to its field; anywhere else they read as one sentence.
  if (Object.keys(fields).length > 0) return { message: Object.values(fields).join(" "), fields };
  return { message: readableMessage(problem.message, problem.code), fields };
}

/** A message from the server (or a failed job) as one readable sentence. */
export function readableMessage(message: string | null | undefined, code = "UNKNOWN"): string {
  const text = (message ?? "").trim();
  if (code === "UNPROCESSABLE_CONTENT" || /did not pass our checks/.test(text)) return TRIED_AGAIN;
  if (!text || TECHNICAL.test(text)) return ON_OUR_SIDE;
  return text;
}

function readableFieldMessage(message: string): string {
  return TECHNICAL.test(message) ? "Check this answer." : message;
}

/** An AI request's failure as a notice, in the merchant's words. */
export function AiProblemNotice({ error }: { error: unknown }) {
  if (!error) return null;
  return <Notice tone="danger">{aiProblem(error).message}</Notice>;
}
