import type { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

/**
 * Every throttle of the app (logins, preview links, uploads, imports) counts through one of
 * these, made by `createRateLimits` in the composition root (DESIGN.md: "rate limits (memory ->
 * Redis when REDIS_URL)"):
 * - without REDIS_URL, in this process's memory;
 * - with REDIS_URL, in Redis, so a limit holds across every process. When Redis does not answer
 *   (down, or not connected yet), each process counts in its own memory until it is back
 *   (rate-limiter-flexible's insurance limiter): correct credentials keep working during an
 *   outage, and guessing stays bounded per process. See docs/decisions/0006-rate-limits.md.
 *
 * Counts are fixed windows: `points` in `seconds` from the first one counted in the window.
 */
export type LimitRule = {
  /** Names the counter (`<prefix>:<name>:<key>` in Redis). */
  name: string;
  points: number;
  seconds: number;
};

export type RateLimits = {
  readonly kind: "memory" | "redis";
  limiter(rule: LimitRule): RateLimiterAbstract;
};

export function createRateLimits(
  options: {
    /** The app's shared Redis connection (REDIS_URL), or none for memory. */
    redis?: Redis | null;
    /** Where the counters live in Redis; tests use their own. */
    keyPrefix?: string;
  } = {},
): RateLimits {
  const prefix = options.keyPrefix ?? "pegasus:limit";
  const redis = options.redis ?? null;
  return {
    kind: redis ? "redis" : "memory",
    limiter(rule) {
      const settings = {
        keyPrefix: `${prefix}:${rule.name}`,
        points: rule.points,
        duration: rule.seconds,
      };
      if (!redis) return new RateLimiterMemory(settings);
      return new RateLimiterRedis({
        ...settings,
        storeClient: redis,
        // Straight to memory while the connection is down, rather than waiting on it.
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(settings),
      });
    },
  };
}

/** What counting one more against a key answered. */
export type Admission =
  | { allowed: true; /** Counted in this window so far, this one included. */ consumed: number }
  | { allowed: false; consumed: number; retryAfterMs: number };

/**
 * Counts `points` against `key`: allowed while the window has room. A refusal is counted too
 * (the window does not grow); callers that want it not to count give it back with `reward`.
 */
export async function admit(
  limiter: RateLimiterAbstract,
  key: string,
  points = 1,
): Promise<Admission> {
  try {
    const res = await limiter.consume(key, points);
    return { allowed: true, consumed: res.consumedPoints };
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return {
      allowed: false,
      consumed: error.consumedPoints,
      retryAfterMs: Math.max(1_000, error.msBeforeNext),
    };
  }
}

/** The Retry-After header's value: whole seconds, at least 1. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** "45 seconds", "1 minute", "15 minutes": how a wait reads in a message. */
export function waitInWords(ms: number): string {
  const seconds = retryAfterSeconds(ms);
  if (seconds < 90) return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
