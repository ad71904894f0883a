import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { aiRateLimiterContract, outcome, testClock } from "./contract.ts";
import { MemoryAiRateLimiter } from "./memory.ts";
import { RedisAiRateLimiter } from "./redis.ts";
import { TEST_REDIS_URL, connectTestRedis } from "../testkit.ts";

aiRateLimiterContract("AiRateLimiter in memory", async () => ({
  limiter: (perMinute, now) => new MemoryAiRateLimiter(perMinute, now),
}));

describe.skipIf(!TEST_REDIS_URL)("AiRateLimiter in Redis (skipped: REDIS_URL is not set)", () => {
  aiRateLimiterContract("the contract", async () => {
    const redis = await connectTestRedis();
    return {
      limiter: (perMinute, now) => new RedisAiRateLimiter(redis, perMinute, now),
      teardown: async () => void redis.disconnect(),
    };
  });

  describe("across processes", () => {
    const connections: Redis[] = [];
    afterAll(() => connections.forEach((c) => c.disconnect()));

    it("counts every process's requests in one window, and lets the keys expire", async () => {
      const clock = testClock();
      const [a, b, admin] = await Promise.all([
        connectTestRedis(),
        connectTestRedis(),
        connectTestRedis(),
      ]);
      connections.push(a, b, admin);
      const first = new RedisAiRateLimiter(a, 2, clock.now);
      const second = new RedisAiRateLimiter(b, 2, clock.now);
      const user = `user-${randomUUID()}`;
      const site = `site-${randomUUID()}`;
      expect(await outcome(first.check(user, site))).toBe("ok");
      expect(await outcome(second.check(user, site))).toBe("ok");
      expect(await outcome(first.check(user, site))).toMatch(/^TOO_MANY_REQUESTS: .*Try again in/);
      for (const key of [`pegasus:ai:rate:u:${user}`, `pegasus:ai:rate:s:${site}`]) {
        expect(await admin.zcard(key)).toBe(2);
        const ttl = await admin.pttl(key);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(60_000);
      }
    });
  });
});
