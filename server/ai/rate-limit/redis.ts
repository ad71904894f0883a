import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { fromStore } from "../redis.ts";
import { RATE_WINDOW_MS, rateWindows, tooManyRequests, type AiRateLimiter } from "./port.ts";

// A sliding window per key, as a sorted set of request times. In one script, so processes
// racing for the last request of a window cannot both get it: drop the times that left the
// window; refuse (saying when the oldest leaves) if a window is full; else count the request in
// every window and let the keys expire a window after their last request.
// KEYS: the windows; ARGV: now, window length, a unique member, then each window's limit.
const CHECK = `
local now = tonumber(ARGV[1])
local length = tonumber(ARGV[2])
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - length)
  if redis.call('ZCARD', key) >= tonumber(ARGV[3 + i]) then
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    return {i, length - (now - tonumber(oldest[2]))}
  end
end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[3])
  redis.call('PEXPIRE', key, length)
end
return {0, 0}`;

/** Counts in Redis (`pegasus:ai:rate:u:<userId>`, `pegasus:ai:rate:s:<siteId>`), for every process. */
export class RedisAiRateLimiter implements AiRateLimiter {
  readonly kind = "redis" as const;

  constructor(
    private readonly redis: Redis,
    private readonly perMinute: number,
    private readonly now: () => Date,
  ) {}

  async check(userId: string, siteId: string | null): Promise<void> {
    const at = this.now().getTime();
    const windows = rateWindows(this.perMinute, userId, siteId);
    const [full, retryInMs] = (await fromStore(
      this.redis.eval(
        CHECK,
        windows.length,
        ...windows.map((w) => `pegasus:ai:rate:${w.key}`),
        at,
        RATE_WINDOW_MS,
        `${at}:${randomUUID()}`,
        ...windows.map((w) => w.limit),
      ),
    )) as [number, number];
    if (full > 0) throw tooManyRequests(windows[full - 1]!, retryInMs);
  }
}
