import type { z } from "zod";
import { DomainError, type DomainErrorCode } from "../errors.ts";

/**
 * The `AiProvider` port: structured output, validated by a zod schema, with streamed progress.
 *
 * Callers never send free-form prompts. They run a *task* (./tasks.ts): a name, a typed input and
 * the zod schema of its output. Each adapter turns that into whatever it needs:
 * - OpenAI (./openai.ts) writes a prompt with the input as delimited DATA, asks for JSON that
 *   follows the task's JSON schema, and streams the answer;
 * - offline (./offline/) computes the answer from its knowledge base, deterministically for a
 *   given input and seed, without any network.
 *
 * Both go through `runTask` (./run-task.ts), which validates every answer with the task's schema
 * and its extra rules, asks once more with the problems when an answer fails, and throws
 * `AiOutputError` when it fails again. Nothing an adapter returns reaches a document unchecked.
 */

export type TokenUsage = { promptTokens: number; completionTokens: number };

export const NO_USAGE: TokenUsage = { promptTokens: 0, completionTokens: 0 };

/** A step of a long task, for progress bars: `fraction` is 0..1 of the whole task. */
export type AiProgress = { stage: string; message: string; fraction: number };

export type AiCallOptions = {
  /** Told as the work advances (stages, and streamed output for the OpenAI adapter). */
  onProgress?: (progress: AiProgress) => void;
  signal?: AbortSignal;
  /** Makes the offline adapter's choices reproducible; OpenAI passes it on as `seed`. */
  seed?: number;
};

/** One request to a model, as an adapter receives it (prompt pieces already separated). */
export type AiRequest = {
  /** Which task this is (./tasks.ts); the offline adapter dispatches on it. */
  task: string;
  /** What to do, written by us: the only text the model treats as instructions. */
  instructions: string;
  /** Everything that came from a user or a web page. Sent as delimited data, never as instructions. */
  data: Record<string, unknown>;
  /** The JSON schema the answer must follow (strict structured output). */
  jsonSchema: { name: string; schema: Record<string, unknown> };
  /** Problems with the previous answer, when asking again. */
  retryFeedback?: string;
  /** Rough size of the expected answer, so progress can be estimated while it streams. */
  expectedOutputChars?: number;
};

export type AiRawAnswer = { json: unknown; usage: TokenUsage; model: string };

export interface AiProvider {
  readonly kind: "openai" | "offline";
  /** The model that answers (for usage records): e.g. "gpt-4o-mini" or "pegasus-offline-1". */
  readonly model: string;
  /** Languages the adapter writes well; undefined means any. */
  readonly languages?: readonly string[];
  /** Why the adapter cannot translate, in a line for merchants; undefined when it can. */
  readonly cannotTranslate?: string;
  /** Answers one request with parsed JSON (not yet validated: `runTask` does that). */
  complete(request: AiRequest, options?: AiCallOptions): Promise<AiRawAnswer>;
}

/**
 * The task's answer failed validation twice: the merchant is told it could not be used (422);
 * `problems` says what was wrong, for the log.
 */
export class AiOutputError extends DomainError {
  override name = "AiOutputError";
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super("UNPROCESSABLE_CONTENT", message);
  }
}

export type AiUnavailableReason =
  "rate-limited" | "timeout" | "unreachable" | "refused" | "unsupported";

/** How each reason the model is unavailable answers a caller. */
const UNAVAILABLE_CODE = {
  "rate-limited": "TOO_MANY_REQUESTS",
  timeout: "TIMEOUT",
  unsupported: "NOT_IMPLEMENTED",
  unreachable: "SERVICE_UNAVAILABLE",
  refused: "SERVICE_UNAVAILABLE",
} as const satisfies Record<AiUnavailableReason, DomainErrorCode>;

/** The model could not be reached or refused (after retries): rate limits, timeouts, outages. */
export class AiUnavailableError extends DomainError {
  override name = "AiUnavailableError";
  constructor(
    message: string,
    readonly reason: AiUnavailableReason,
    options?: { cause?: unknown },
  ) {
    super(UNAVAILABLE_CODE[reason], message, undefined, options);
  }
}

/** A task: what to ask, the schema of the answer and the rules beyond the schema. */
export type AiTask<I, O> = {
  name: string;
  /** Output schema; every field required (structured outputs' strict mode needs that). */
  output: z.ZodType<O>;
  instructions(input: I): string;
  /** What goes to the model as data (user and web content lives only here). */
  data(input: I): Record<string, unknown>;
  /** Rules the schema cannot say (lengths in context, contrast, ...): problems, or []. */
  check?(output: O, input: I): string[];
  expectedOutputChars?: number;
  /**
   * Strings over their schema's length are cut at a sentence or word boundary before validation
   * (./site/clamp.ts) instead of sending the answer back: for whole stores and extracted facts,
   * where one long line should not cost the result. Suggestions leave it off: a cut suggestion is
   * worse than asking again.
   */
  fitsLengths?: boolean;
};
