import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, describe, expect, it, vi } from "vitest";
import { connectAiRedis } from "../ai/redis.ts";
import { LoginThrottle, LOGIN_RULES } from "../auth/throttle.ts";
import { admit, createRateLimits, waitInWords } from "./rate-limits.ts";

const rule = (points: number) => ({ name: `test-${randomUUID()}`, points, seconds: 60 });

describe("rate limits in memory", () => {
  it("counts per key in a window and says how long until there is room", async () => {
    const limiter = createRateLimits().limiter(rule(2));
    expect(await admit(limiter, "a")).toMatchObject({ allowed: true, consumed: 1 });
    expect(await admit(limiter, "a")).toMatchObject({ allowed: true, consumed: 2 });
    const refused = await admit(limiter, "a");
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterMs).toBeGreaterThan(58_000);
    expect((await admit(limiter, "b")).allowed).toBe(true);
  });

  it("words a wait", () => {
    expect(waitInWords(1)).toBe("1 second");
    expect(waitInWords(45_000)).toBe("45 seconds");
    expect(waitInWords(15 * 60_000)).toBe("15 minutes");
  });
});

/**
 * With REDIS_URL every process counts against the same window; two factories on two connections
 * stand for two processes. Runs when REDIS_URL is set (CI sets it).
 */
describe.skipIf(!process.env.REDIS_URL)("rate limits in Redis (REDIS_URL)", () => {
  const connections: Redis[] = [];
  afterAll(() => connections.forEach((connection) => connection.disconnect()));

  it("holds one limit across processes", async () => {
    const prefix = `pegasus-test:${randomUUID()}`;
    const shared = rule(3);
    const [a, b] = [1, 2].map(() => {
      const redis = connectAiRedis(process.env.REDIS_URL!);
      connections.push(redis);
      const limits = createRateLimits({ redis, keyPrefix: prefix });
      expect(limits.kind).toBe("redis");
      return limits.limiter(shared);
    });
    // (Until a connection is ready, its process counts in memory.)
    await vi.waitFor(() => expect(connections.map((c) => c.status)).toEqual(["ready", "ready"]), {
      timeout: 120_000,
    });
    const answers = [
      await admit(a!, "person"),
      await admit(b!, "person"),
      await admit(a!, "person"),
      await admit(b!, "person"),
    ];
    expect(answers.map((answer) => answer.allowed)).toEqual([true, true, true, false]);
  });
});

/**
 * A Redis of this test's own (port 6392) goes away and comes back. Meanwhile each process counts
 * in memory: a right password still logs in (no lockout of everyone), guessing stays bounded.
 */
describe("rate limits while Redis is down", () => {
  const PORT = 6392;
  let server: ChildProcess | undefined;
  let redis: Redis | undefined;

  async function startRedis() {
    server = spawn(
      "redis-server",
      ["--port", String(PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: "ignore" },
    );
  }

  async function stopRedis() {
    const stopping = server!;
    const exited = new Promise((resolve) => stopping.once("exit", resolve));
    stopping.kill("SIGKILL");
    await exited;
  }

  afterAll(async () => {
    redis?.disconnect();
    if (server && server.exitCode === null) await stopRedis();
  });

  it("counts in memory during the outage and in Redis again after it", async () => {
    await startRedis();
    redis = connectAiRedis(`redis://127.0.0.1:${PORT}`);
    await vi.waitFor(() => expect(redis!.status).toBe("ready"), { timeout: 120_000 });
    const limits = createRateLimits({ redis, keyPrefix: "pegasus-test-outage" });
    const throttle = new LoginThrottle(limits);
    const probe = limits.limiter(rule(100));

    // Up: counted in Redis.
    expect(await throttle.reserve("before@example.com", "1.1.1.1")).toBe(0);
    expect(await redis.keys("pegasus-test-outage:login-account:*")).toHaveLength(1);

    await stopRedis();
    await vi.waitFor(() => expect(redis!.status).not.toBe("ready"), { timeout: 120_000 });

    // Down: answers at once, from memory. A right password gets in...
    const started = performance.now();
    expect(await throttle.reserve("owner@example.com", "2.2.2.2")).toBe(0);
    await throttle.succeeded("owner@example.com", "2.2.2.2");
    expect(performance.now() - started).toBeLessThan(1_000);
    // ...and guessing is still bounded.
    const waits: number[] = [];
    for (let i = 0; i < LOGIN_RULES.perAccount.points + 2; i++) {
      waits.push(await throttle.reserve("victim@example.com", "3.3.3.3"));
    }
    expect(waits.filter((wait) => wait === 0)).toHaveLength(LOGIN_RULES.perAccount.points);
    expect((await admit(probe, "k")).allowed).toBe(true);

    // Back: counted in Redis again.
    await startRedis();
    await vi.waitFor(() => expect(redis!.status).toBe("ready"), { timeout: 120_000 });
    expect(await throttle.reserve("after@example.com", "4.4.4.4")).toBe(0);
    expect(await redis.keys("pegasus-test-outage:login-account:after@example.com")).toHaveLength(1);
  });
});
