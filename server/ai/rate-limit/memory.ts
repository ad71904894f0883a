import { RATE_WINDOW_MS, rateWindows, tooManyRequests, type AiRateLimiter } from "./port.ts";

/**
 * Counts in this process's memory: the embedded default. With several processes each would count
 * its own (the total bounded by processes x limit); REDIS_URL selects ./redis.ts instead.
 */
export class MemoryAiRateLimiter implements AiRateLimiter {
  readonly kind = "memory" as const;
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => Date,
  ) {}

  async check(userId: string, siteId: string | null): Promise<void> {
    const at = this.now().getTime();
    const windows = rateWindows(this.perMinute, userId, siteId);
    for (const window of windows) {
      const recent = (this.hits.get(window.key) ?? []).filter((t) => at - t < RATE_WINDOW_MS);
      this.hits.set(window.key, recent);
      if (recent.length >= window.limit)
        throw tooManyRequests(window, RATE_WINDOW_MS - (at - recent[0]!));
    }
    for (const window of windows) this.hits.get(window.key)!.push(at);
    if (this.hits.size > 10_000) {
      for (const [key, times] of this.hits)
        if (times.every((t) => at - t >= RATE_WINDOW_MS)) this.hits.delete(key);
    }
  }
}
