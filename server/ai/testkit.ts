/**
 * Test support for the AI layer's Redis adapters (imported by tests only). A suite runs its Redis
 * part when REDIS_URL is set; a set URL that does not answer fails the suite, never skips it.
 */
import { Redis } from "ioredis";

export const TEST_REDIS_URL = process.env.REDIS_URL;

/** A connection to REDIS_URL that fails at once, naming the address, when it does not answer. */
export async function connectTestRedis(): Promise<Redis> {
  const redis = new Redis(TEST_REDIS_URL!, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause = "";
  redis.on("error", (error: Error) => (cause ||= error.message));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const why = cause || (error instanceof Error ? error.message : String(error));
    throw new Error(`cannot reach Redis at REDIS_URL ${TEST_REDIS_URL} (${why})`);
  }
  return redis;
}
