import { describe, expect, it } from "vitest";
import { LoginThrottle } from "./throttle.ts";

describe("LoginThrottle", () => {
  const make = () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle({
      freeAttempts: 3,
      baseDelayMs: 1_000,
      maxDelayMs: 8_000,
      windowMs: 60_000,
      now: () => now,
    });
    return { throttle, advance: (ms: number) => (now += ms) };
  };

  it("lets the first attempts through, then backs off exponentially up to the cap", () => {
    const { throttle } = make();
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      throttle.recordFailure("a@example.com");
      waits.push(throttle.retryAfterMs("a@example.com"));
    }
    expect(waits).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000]);
  });

  it("forgets failures after the window and on success", () => {
    const { throttle, advance } = make();
    for (let i = 0; i < 5; i++) throttle.recordFailure("k");
    expect(throttle.retryAfterMs("k")).toBeGreaterThan(0);
    advance(61_000);
    expect(throttle.retryAfterMs("k")).toBe(0);
    for (let i = 0; i < 5; i++) throttle.recordFailure("k");
    throttle.recordSuccess("k");
    expect(throttle.retryAfterMs("k")).toBe(0);
  });

  it("keeps keys apart", () => {
    const { throttle } = make();
    for (let i = 0; i < 5; i++) throttle.recordFailure("one");
    expect(throttle.retryAfterMs("two")).toBe(0);
  });
});
