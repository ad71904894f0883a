import { createServer, type Server, type Socket } from "node:net";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RedisAiJobs } from "../../server/ai/jobs/redis.ts";
import { RedisAiRateLimiter } from "../../server/ai/rate-limit/redis.ts";
import { connectAiRedis } from "../../server/ai/redis.ts";
import type { GenerationSummary } from "../../server/ai/service.ts";
import { call, registerUser, useTestApp, type TestApp } from "../helpers/app.ts";

/**
 * The AI procedures with the Redis behind their jobs and rate limits down (a port nobody listens
 * on) or hanging (a server that accepts and never answers), on the connection `service.ts` makes:
 * each answers 503 "try again" within seconds, logs the cause once, and spends no credits. Needs
 * no Redis, so it runs with or without REDIS_URL.
 */
let t: TestApp;
let owner: Awaited<ReturnType<typeof registerUser>>;
let siteId: string;
let pageId: string;
const servers: Server[] = [];
const sockets: Socket[] = [];
const connections: Redis[] = [];

/** A TCP server that accepts connections and never answers; its port. */
async function listen() {
  const server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return (server.address() as { port: number }).port;
}

/** Points this app's AI jobs and rate limits at `url`, as REDIS_URL would. */
function useRedisAt(url: string) {
  const redis = connectAiRedis(url);
  connections.push(redis);
  const now = () => new Date();
  t.deps.ai.jobs = new RedisAiJobs<GenerationSummary>(redis, now);
  t.deps.ai.limiter = new RedisAiRateLimiter(redis, 1000, now);
}

beforeAll(async () => {
  t = await useTestApp();
  owner = await registerUser(t.app);
  const created = await call(
    t.app,
    "mutation",
    "sites.create",
    { name: "Blue Fern", slug: `blue-fern-${Date.now()}` },
    { cookie: owner.cookie },
  );
  expect(created.status).toBe(200);
  siteId = created.data.site.id;
  pageId = (await t.deps.ai.live.read(siteId)).pages[0]!.id;
});

afterAll(async () => {
  connections.forEach((c) => c.disconnect());
  sockets.forEach((s) => s.destroy());
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

const UNAVAILABLE = /^AI is unavailable for a moment: .+, please try again\.$/;

const requests = () => ({
  chat: () => call(t.app, "mutation", "ai.chat", { messages: [] }, { cookie: owner.cookie }),
  seo: () =>
    call(
      t.app,
      "mutation",
      "ai.seo",
      { siteId, target: { kind: "page", pageId } },
      { cookie: owner.cookie },
    ),
  generateSite: () =>
    call(
      t.app,
      "mutation",
      "ai.generateSite",
      { siteId, brief: { name: "Blue Fern", description: "A coffee roastery in Portland." } },
      { cookie: owner.cookie },
    ),
  job: () =>
    call(
      t.app,
      "query",
      "ai.job",
      { siteId, jobId: "00000000-0000-4000-8000-000000000000" },
      { cookie: owner.cookie },
    ),
});

describe("AI with its Redis unreachable", () => {
  it.each([
    ["refusing connections", "down"],
    ["accepting connections but never answering", "hanging"],
  ] as const)("answers 503 'try again' when Redis is %s", async (_, kind) => {
    if (kind === "down") {
      const port = await listen();
      await new Promise((resolve) => servers.pop()!.close(resolve));
      useRedisAt(`redis://127.0.0.1:${port}`);
    } else {
      useRedisAt(`redis://127.0.0.1:${await listen()}`);
    }
    const warn = vi.spyOn(t.deps.log, "warn");
    try {
      for (const [name, request] of Object.entries(requests())) {
        warn.mockClear();
        const started = Date.now();
        const answer = await request();
        expect(answer.status, `${name}: ${JSON.stringify(answer.error)}`).toBe(503);
        expect(answer.error!.message).toMatch(UNAVAILABLE);
        expect(Date.now() - started, name).toBeLessThan(5_000);
        const logged = warn.mock.calls.filter(([, message]) => /Redis/.test(String(message)));
        expect(logged, name).toHaveLength(1);
      }
    } finally {
      warn.mockRestore();
    }
    const credits = await call(t.app, "query", "ai.credits", { siteId }, { cookie: owner.cookie });
    expect(credits.data.credits.used).toBe(0);
  });
});
