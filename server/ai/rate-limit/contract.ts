import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../errors.ts";
import type { AiRateLimiter } from "./port.ts";

/** Makes limiters of one adapter (on one store), and disposes of the store. */
export type AiRateLimiterHarness = {
  limiter(perMinute: number, now: () => Date): AiRateLimiter;
  teardown?: () => Promise<void>;
};

/** A clock the test moves. */
export function testClock(start = Date.parse("2026-11-24T10:00:00.000Z")) {
  let at = start;
  return { now: () => new Date(at), advance: (ms: number) => void (at += ms) };
}

/** What `check` answered: "ok", or the refusal's code and message. */
export async function outcome(check: Promise<void>): Promise<string> {
  try {
    await check;
    return "ok";
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

/**
 * What every AiRateLimiter adapter must do. Each test uses people and sites of its own, so tests
 * do not depend on each other, on their order or on what an earlier run left in a shared store.
 */
export function aiRateLimiterContract(
  name: string,
  open: () => Promise<AiRateLimiterHarness>,
): void {
  describe(name, () => {
    let harness: AiRateLimiterHarness;
    beforeAll(async () => {
      harness = await open();
    });
    afterAll(async () => {
      await harness?.teardown?.();
    });
    const id = (what: string) => `${what}-${randomUUID()}`;

    it("allows a person so many requests a minute, then says when to try again", async () => {
      const clock = testClock();
      const limiter = harness.limiter(2, clock.now);
      const user = id("user");
      expect(await outcome(limiter.check(user, null))).toBe("ok");
      clock.advance(20_000);
      expect(await outcome(limiter.check(user, null))).toBe("ok");
      clock.advance(15_000);
      expect(await outcome(limiter.check(user, null))).toBe(
        "TOO_MANY_REQUESTS: Too many AI requests in a minute. Try again in 25 seconds.",
      );
      // Refusals do not count: once the first request leaves the window there is room for one.
      clock.advance(25_000);
      expect(await outcome(limiter.check(user, null))).toBe("ok");
      expect(await outcome(limiter.check(user, null))).toBe(
        "TOO_MANY_REQUESTS: Too many AI requests in a minute. Try again in 20 seconds.",
      );
      // Someone else is not held back.
      expect(await outcome(limiter.check(id("user"), null))).toBe("ok");
    });

    it("allows a site three times a person's requests, whoever makes them", async () => {
      const clock = testClock();
      const limiter = harness.limiter(2, clock.now);
      const site = id("site");
      for (let person = 0; person < 3; person++) {
        const user = id("user");
        expect(await outcome(limiter.check(user, site))).toBe("ok");
        expect(await outcome(limiter.check(user, site))).toBe("ok");
      }
      clock.advance(59_000);
      const late = id("user");
      expect(await outcome(limiter.check(late, site))).toBe(
        "TOO_MANY_REQUESTS: Too many AI requests for this site in a minute. Try again in 1 second.",
      );
      // The refusal did not count against the person, who may still work on another site.
      expect(await outcome(limiter.check(late, id("site")))).toBe("ok");
      clock.advance(1_000);
      expect(await outcome(limiter.check(late, site))).toBe("ok");
    });

    it("lets exactly the limit through when requests race", async () => {
      const clock = testClock();
      const limiter = harness.limiter(3, clock.now);
      const user = id("user");
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, () => outcome(limiter.check(user, null))),
      );
      expect(outcomes.filter((o) => o === "ok")).toHaveLength(3);
    });
  });
}
