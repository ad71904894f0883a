import type { z } from "zod";
import {
  AiOutputError,
  type AiCallOptions,
  type AiProvider,
  type AiTask,
  type TokenUsage,
} from "./port.ts";
import { strictJsonSchema } from "./prompt.ts";
import { fitToSchema } from "./site/clamp.ts";

export type TaskResult<O> = {
  value: O;
  usage: TokenUsage;
  model: string;
  /** 1, or 2 when the first answer was sent back with its problems. */
  attempts: number;
};

/** The adapter's answer could not be read as JSON at all (a model that ignored the format). */
export class AiMalformedAnswerError extends Error {
  override name = "AiMalformedAnswerError";
}

const schemaCache = new WeakMap<z.ZodType, Record<string, unknown>>();

/**
 * Runs a task on a provider and returns only an answer that passed the task's schema and rules.
 * A first answer that fails (unreadable JSON, schema errors, rule problems) is sent back once with
 * what was wrong; a second failure throws `AiOutputError`: a sentence for the merchant, and the
 * problems for the log.
 */
export async function runTask<I, O>(
  provider: AiProvider,
  task: AiTask<I, O>,
  input: I,
  options: AiCallOptions = {},
): Promise<TaskResult<O>> {
  let schema = schemaCache.get(task.output);
  if (!schema) {
    schema = strictJsonSchema(task.output);
    schemaCache.set(task.output, schema);
  }
  const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
  let problems: string[] = [];
  let model = provider.model;
  for (let attempt = 1; attempt <= 2; attempt++) {
    let json: unknown;
    try {
      const answer = await provider.complete(
        {
          task: task.name,
          instructions: task.instructions(input),
          data: task.data(input),
          jsonSchema: { name: task.name, schema },
          retryFeedback: attempt > 1 ? problems.join("\n") : undefined,
          expectedOutputChars: task.expectedOutputChars,
        },
        options,
      );
      usage.promptTokens += answer.usage.promptTokens;
      usage.completionTokens += answer.usage.completionTokens;
      model = answer.model;
      json = answer.json;
    } catch (error) {
      if (!(error instanceof AiMalformedAnswerError)) throw error;
      problems = [`The answer was not valid JSON (${error.message}). Answer with JSON only.`];
      continue;
    }
    const parsed = task.output.safeParse(task.fitsLengths ? fitToSchema(json, task.output) : json);
    if (!parsed.success) {
      problems = parsed.error.issues
        .slice(0, 20)
        .map((issue) => `${issue.path.join(".") || "answer"}: ${issue.message}`);
      continue;
    }
    problems = task.check?.(parsed.data, input) ?? [];
    if (problems.length === 0) return { value: parsed.data, usage, model, attempts: attempt };
  }
  // The problems are for the log and the model; the merchant gets a sentence they can act on.
  throw new AiOutputError(AI_ANSWER_UNUSABLE, problems);
}

export const AI_ANSWER_UNUSABLE =
  "The AI's answer could not be used twice in a row; nothing was changed. Try again.";
