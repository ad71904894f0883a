import { DomainError, said } from "../../errors.ts";

/**
 * AI requests per person in a sliding minute, and three times as many per site (several people
 * editing one site). Credits (../credits.ts) are the hard limit; this one keeps a burst, or a
 * script, from emptying them in seconds.
 *
 * Two adapters: in memory (./memory.ts, one process, the default) and Redis (./redis.ts, with
 * REDIS_URL), where every process counts against the same window. Both pass ./contract.ts.
 */
export interface AiRateLimiter {
  readonly kind: "memory" | "redis";
  /**
   * Counts one request by the person (on the site, when there is one), or throws
   * TOO_MANY_REQUESTS saying in how many seconds to try again. A refused request is not counted.
   */
  check(userId: string, siteId: string | null): Promise<void>;
}

export const RATE_WINDOW_MS = 60_000;

/** One window a request counts in: its key (without a store's prefix) and how many it allows. */
export type RateWindow = { key: string; limit: number; scope: "person" | "site" };

/** The windows a request counts in, the person's first. */
export function rateWindows(
  perMinute: number,
  userId: string,
  siteId: string | null,
): RateWindow[] {
  return [
    { key: `u:${userId}`, limit: perMinute, scope: "person" },
    ...(siteId ? [{ key: `s:${siteId}`, limit: perMinute * 3, scope: "site" as const }] : []),
  ];
}

/** The refusal, once the oldest request in the full window leaves it after `retryInMs`. */
export function tooManyRequests(window: RateWindow, retryInMs: number): DomainError {
  const wait = Math.max(1, Math.ceil(retryInMs / 1000));
  const whose = window.scope === "site" ? " for this site" : "";
  return new DomainError(
    "TOO_MANY_REQUESTS",
    said(
      window.scope === "site" ? "app.error.aiTooManySite" : "app.error.aiTooMany",
      `Too many AI requests${whose} in a minute. Try again in ${wait} ${wait === 1 ? "second" : "seconds"}.`,
      { seconds: wait },
    ),
  );
}
