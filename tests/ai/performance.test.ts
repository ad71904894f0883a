import { describe, expect, it } from "vitest";
import { offlineGenerateTimes } from "../../bench/ai.bench.ts";

describe("offline generateSite speed", () => {
  it("has a median under 500 ms (the issue's target), measured over a few briefs", async () => {
    const times = await offlineGenerateTimes(10);
    expect(times[Math.floor(times.length / 2)]!).toBeLessThan(500);
  });
});
