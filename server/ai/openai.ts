import { randomBytes } from "node:crypto";
import OpenAI from "openai";
import {
  AiUnavailableError,
  type AiCallOptions,
  type AiProvider,
  type AiRawAnswer,
  type AiRequest,
  type TokenUsage,
} from "./port.ts";
import { dataMessage } from "./prompt.ts";
import { AiMalformedAnswerError } from "./run-task.ts";

export type OpenAiProviderOptions = {
  apiKey: string;
  /** Any OpenAI-compatible server (Ollama, vLLM, LM Studio); default api.openai.com. */
  baseURL?: string;
  model: string;
  /** Per HTTP attempt, until the response starts (the SDK's own timeout). */
  requestTimeoutMs?: number;
  /** The whole answer, streaming included; default 120 s. */
  totalTimeoutMs?: number;
  /** Retries on 408/409/429/5xx and connection errors, with exponential back-off (honouring Retry-After). */
  maxRetries?: number;
  /** For tests: the fetch the SDK uses. */
  fetch?: typeof fetch;
};

/**
 * The OpenAI adapter: chat completions with a strict JSON-schema response format, streamed when
 * the caller wants progress. Retries and back-off are the SDK's (`maxRetries`, Retry-After and
 * retry-after-ms honoured); an overall deadline covers slow streams. Failures become
 * `AiUnavailableError` with a reason, unreadable answers `AiMalformedAnswerError` (which
 * `runTask` answers by asking once more).
 */
export class OpenAiProvider implements AiProvider {
  readonly kind = "openai" as const;
  readonly model: string;
  private readonly client: OpenAI;
  private readonly totalTimeoutMs: number;

  constructor(options: OpenAiProviderOptions) {
    this.model = options.model;
    this.totalTimeoutMs = options.totalTimeoutMs ?? 120_000;
    this.client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      maxRetries: options.maxRetries ?? 2,
      timeout: options.requestTimeoutMs ?? 30_000,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  async complete(request: AiRequest, options: AiCallOptions = {}): Promise<AiRawAnswer> {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new Error("deadline")), this.totalTimeoutMs);
    timer.unref?.();
    const signal = options.signal
      ? AbortSignal.any([options.signal, deadline.signal])
      : deadline.signal;
    const nonce = randomBytes(9).toString("hex");
    const system = request.retryFeedback
      ? `${request.instructions}\n\nYour previous answer was refused for these reasons; fix them:\n${request.retryFeedback}`
      : request.instructions;
    const sampling = samplingFor(request.task);
    const params = {
      model: this.model,
      temperature: sampling.temperature,
      max_tokens: sampling.maxTokens,
      messages: [
        { role: "system" as const, content: system },
        { role: "user" as const, content: dataMessage(request.data, nonce) },
      ],
      response_format: {
        type: "json_schema" as const,
        json_schema: {
          name: request.jsonSchema.name,
          schema: request.jsonSchema.schema,
          strict: true,
        },
      },
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
    };
    try {
      if (!options.onProgress) {
        const completion = await this.client.chat.completions.create(params, { signal });
        const message = completion.choices[0]?.message;
        if (message?.refusal) throw refused(message.refusal);
        return {
          json: parseJson(message?.content ?? ""),
          usage: usageOf(completion.usage),
          model: completion.model || this.model,
        };
      }
      const stream = await this.client.chat.completions.create(
        { ...params, stream: true, stream_options: { include_usage: true } },
        { signal },
      );
      let text = "";
      let refusal = "";
      let usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
      let model = this.model;
      const expected = request.expectedOutputChars ?? 2_000;
      let reported = 0;
      for await (const chunk of stream) {
        if (chunk.model) model = chunk.model;
        if (chunk.usage) usage = usageOf(chunk.usage);
        const delta = chunk.choices[0]?.delta;
        if (delta?.refusal) refusal += delta.refusal;
        if (delta?.content) {
          text += delta.content;
          const fraction = Math.min(0.95, text.length / expected);
          if (fraction - reported >= 0.05) {
            reported = fraction;
            options.onProgress({ stage: "writing", message: "Writing", fraction });
          }
        }
      }
      if (refusal) throw refused(refusal);
      options.onProgress({ stage: "writing", message: "Written", fraction: 1 });
      return { json: parseJson(text), usage, model };
    } catch (error) {
      throw translate(error, deadline.signal.aborted);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * How freely each task writes and how long its answer may be. Reading facts out of a brief is
 * extraction (temperature 0: the same brief, the same facts); copy is writing (0.7: varied between
 * stores, still on the brief). The token caps bound cost and a runaway answer, with room above
 * each task's expected size.
 */
export function samplingFor(task: string): { temperature: number; maxTokens: number } {
  if (task === "understand_brief") return { temperature: 0, maxTokens: 4_000 };
  if (task === "generate_site") return { temperature: 0.7, maxTokens: 16_000 };
  if (task === "seo" || task === "alt_text") return { temperature: 0.3, maxTokens: 1_500 };
  return { temperature: 0.7, maxTokens: 4_000 };
}

function refused(reason: string): AiUnavailableError {
  return new AiUnavailableError(`The AI declined this request: ${reason.slice(0, 200)}`, "refused");
}

function usageOf(usage: OpenAI.CompletionUsage | undefined | null): TokenUsage {
  return {
    promptTokens: usage?.prompt_tokens ?? 0,
    completionTokens: usage?.completion_tokens ?? 0,
  };
}

/** JSON from an answer, tolerating a Markdown fence some compatible servers add. */
function parseJson(text: string): unknown {
  const body = text
    .trim()
    .replace(/^```(?:json)?\s*/i, "")
    .replace(/\s*```$/, "");
  if (!body) throw new AiMalformedAnswerError("the answer was empty");
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new AiMalformedAnswerError(error instanceof Error ? error.message : "invalid JSON");
  }
}

function translate(error: unknown, pastDeadline: boolean): unknown {
  if (error instanceof AiUnavailableError || error instanceof AiMalformedAnswerError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError || (pastDeadline && isAbort(error))) {
    return new AiUnavailableError("The AI took too long to answer. Please try again.", "timeout", {
      cause: error,
    });
  }
  if (error instanceof OpenAI.RateLimitError) {
    return new AiUnavailableError(
      "The AI service is busy (rate limited) even after waiting. Please try again in a minute.",
      "rate-limited",
      { cause: error },
    );
  }
  if (
    error instanceof OpenAI.AuthenticationError ||
    error instanceof OpenAI.PermissionDeniedError
  ) {
    return new AiUnavailableError(
      "The AI service refused our credentials. Ask your administrator to check OPENAI_API_KEY.",
      "refused",
      { cause: error },
    );
  }
  if (error instanceof OpenAI.BadRequestError || error instanceof OpenAI.NotFoundError) {
    return new AiUnavailableError(
      `The AI service rejected the request (${error.status}): check OPENAI_MODEL and that the server supports JSON-schema output.`,
      "refused",
      { cause: error },
    );
  }
  if (error instanceof OpenAI.APIError && !(error instanceof OpenAI.APIUserAbortError)) {
    return new AiUnavailableError(
      "The AI service is not answering properly right now. Please try again shortly.",
      "unreachable",
      { cause: error },
    );
  }
  if (error instanceof SyntaxError) return new AiMalformedAnswerError(error.message);
  return error;
}

function isAbort(error: unknown): boolean {
  return (
    error instanceof OpenAI.APIUserAbortError ||
    (error instanceof Error && (error.name === "AbortError" || error.message === "deadline"))
  );
}
