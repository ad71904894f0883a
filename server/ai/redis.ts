import { Redis } from "ioredis";
import type { AiLog } from "./jobs/redis.ts";
import { AiUnavailableError } from "./port.ts";
import { logRedisOutages, reconnectEvery } from "../redis.ts";

/**
 * How long a command to the AI's Redis may wait, queued while (re)connecting or sent, before it
 * fails: a request then answers "try again" in seconds rather than hanging on a Redis that is down
 * or does not answer.
 */
const COMMAND_TIMEOUT_MS = 2_000;

/** The connection generation jobs and rate limits share, configured to fail fast. */
export function connectAiRedis(url: string, log?: AiLog): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: COMMAND_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: reconnectEvery(),
  });
  logRedisOutages(redis, log, "AI jobs and rate limits");
  return redis;
}

/** Redis (jobs and rate limits) did not answer: the request can be tried again shortly. */
export class AiStoreUnavailableError extends AiUnavailableError {
  override name = "AiStoreUnavailableError";
  constructor(cause: unknown) {
    super(
      "AI is unavailable for a moment: the service that keeps AI jobs and limits does not answer, please try again.",
      "unreachable",
      { cause },
    );
  }
}

/** `command`'s answer, or AiStoreUnavailableError when Redis fails it (closed, refused, timed out). */
export async function fromStore<T>(command: Promise<T>): Promise<T> {
  try {
    return await command;
  } catch (error) {
    throw new AiStoreUnavailableError(error);
  }
}
