import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { aiJobsContract, controlledWork, eventually } from "./contract.ts";
import { MemoryAiJobs } from "./memory.ts";
import type { JobRecord } from "./port.ts";
import { RedisAiJobs } from "./redis.ts";
import { TEST_REDIS_URL, connectTestRedis } from "../testkit.ts";

const now = () => new Date();

aiJobsContract("AiJobs in memory", async () => ({ jobs: new MemoryAiJobs(now) }));

describe.skipIf(!TEST_REDIS_URL)("AiJobs in Redis (skipped: REDIS_URL is not set)", () => {
  aiJobsContract("the contract", async () => {
    const redis = await connectTestRedis();
    return { jobs: new RedisAiJobs(redis, now), teardown: async () => void redis.disconnect() };
  });

  describe("across processes", () => {
    const connections: Redis[] = [];
    let admin: Redis;
    const processWith = async (leaseMs = 30_000) => {
      const redis = await connectTestRedis();
      connections.push(redis);
      const givenBack: JobRecord<{ pages: number }>[] = [];
      const onAbandoned = async (job: JobRecord<{ pages: number }>) => void givenBack.push(job);
      const jobs = new RedisAiJobs<{ pages: number }>(redis, now, { leaseMs, onAbandoned });
      return { redis, jobs, givenBack };
    };
    beforeAll(async () => {
      admin = await connectTestRedis();
      connections.push(admin);
    });
    afterAll(() => connections.forEach((c) => c.disconnect()));
    const site = () => `site-${randomUUID()}`;

    it("answers a poll on any process, and holds the site on every one while the job runs", async () => {
      const a = await processWith();
      const b = await processWith();
      const siteId = site();
      const run = controlledWork();
      const { id } = (await a.jobs.start(siteId, "user-1", run.work))!;
      run.report({ stage: "writing", message: "Writing the words", fraction: 0.4 });
      await eventually(b.jobs, siteId, id, { status: "running", progress: { fraction: 0.4 } });
      expect((await b.jobs.running(siteId))?.id).toBe(id);
      expect(await b.jobs.start(siteId, "user-2", async () => ({ pages: 1 }))).toBeNull();

      // Kept as JSON for an hour, with the person who started it; the site's claim is a lease.
      const stored = JSON.parse((await admin.get(`pegasus:ai:job:${id}`))!);
      expect(stored).toMatchObject({ id, siteId, userId: "user-1", status: "running" });
      const ttl = await admin.pttl(`pegasus:ai:job:${id}`);
      expect(ttl).toBeGreaterThan(59 * 60_000);
      expect(ttl).toBeLessThanOrEqual(60 * 60_000);
      expect(await admin.get(`pegasus:ai:generating:${siteId}`)).toBe(id);
      expect(await admin.pttl(`pegasus:ai:generating:${siteId}`)).toBeLessThanOrEqual(30_000);

      run.finish({ pages: 7 });
      await eventually(b.jobs, siteId, id, { status: "done", result: { pages: 7 } });
      expect(await admin.exists(`pegasus:ai:generating:${siteId}`)).toBe(0);
      await a.jobs.close();
      await b.jobs.close();
    });

    it("never shows a job as ended while its site is still held", async () => {
      const a = await processWith();
      const b = await processWith();
      // The writes that free a site wait until the test has looked while they were pending.
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      const evaluate = a.redis.eval.bind(a.redis);
      vi.spyOn(a.redis, "eval").mockImplementation(async (...args: Parameters<Redis["eval"]>) => {
        if (String(args[0]).includes("DEL")) await gate;
        return evaluate(...args);
      });
      const siteId = site();
      const run = controlledWork();
      const { id } = (await a.jobs.start(siteId, "user-1", run.work))!;
      run.finish({ pages: 3 });
      for (let look = 0; look < 20; look++) {
        // Its end and its site's release are one write: until it lands, the job is running.
        expect((await b.jobs.get(siteId, id))?.status).toBe("running");
      }
      open();
      await eventually(b.jobs, siteId, id, { status: "done", result: { pages: 3 } });
      expect(await admin.exists(`pegasus:ai:generating:${siteId}`)).toBe(0);
      await a.jobs.close();
      await b.jobs.close();
    });

    it("keeps a long job's site claimed past its lease while its process lives", async () => {
      const a = await processWith(300);
      const b = await processWith(300);
      const siteId = site();
      const run = controlledWork();
      const { id } = (await a.jobs.start(siteId, "user-1", run.work))!;
      await new Promise((r) => setTimeout(r, 1_000));
      expect((await b.jobs.get(siteId, id))?.status).toBe("running");
      expect(await b.jobs.start(siteId, "user-2", async () => ({ pages: 1 }))).toBeNull();
      run.finish({ pages: 2 });
      await eventually(b.jobs, siteId, id, { status: "done" });
      await a.jobs.close();
    });

    it("reads a job whose process died as failed, saying so, and frees its site after the lease", async () => {
      const a = await processWith(300);
      const b = await processWith(300);
      const siteId = site();
      const run = controlledWork();
      const { id } = (await a.jobs.start(siteId, "user-1", run.work))!;
      run.report({ stage: "writing", message: "Writing the words", fraction: 0.3 });
      await eventually(b.jobs, siteId, id, { progress: { fraction: 0.3 } });

      a.redis.disconnect(); // the process is gone: nothing renews its claim or stores its end
      const failed = await eventually(b.jobs, siteId, id, { status: "failed" });
      expect(failed.error).toMatch(/stopped before it finished.*try again/);
      expect(failed.finishedAt).not.toBeNull();
      expect(await b.jobs.running(siteId)).toBeNull();
      const next = await b.jobs.start(siteId, "user-2", async () => ({ pages: 3 }));
      expect(next).not.toBeNull();
      await eventually(b.jobs, siteId, next!.id, { status: "done" });
      run.finish({ pages: 1 });
    });

    it("gives back a dead job's credits exactly once, however many processes find it", async () => {
      const a = await processWith(300);
      const others = [await processWith(300), await processWith(300), await processWith(300)];
      const siteId = site();
      const run = controlledWork();
      const { id } = (await a.jobs.start(siteId, "user-1", run.work, { reservationId: "42" }))!;
      const finished = (await a.jobs.start(site(), "user-1", async () => ({ pages: 1 }), {
        reservationId: "43",
      }))!;
      await eventually(a.jobs, finished.siteId, finished.id, { status: "done" });
      a.redis.disconnect();

      // Every process polls at once, over and over, while the lease lapses and after.
      const polls = others.flatMap((p) =>
        Array.from({ length: 4 }, async () => {
          for (let i = 0; i < 40; i++) {
            await p.jobs.get(siteId, id);
            await p.jobs.get(finished.siteId, finished.id);
            await new Promise((r) => setTimeout(r, 15));
          }
        }),
      );
      await Promise.all(polls);
      const givenBack = others.flatMap((p) => p.givenBack);
      expect(givenBack.map((job) => [job.id, job.reservationId])).toEqual([[id, "42"]]);
      expect(givenBack[0]).toMatchObject({ status: "failed", userId: "user-1" });
      // Stored as failed, so it is never found dead again.
      expect(JSON.parse((await admin.get(`pegasus:ai:job:${id}`))!)).toMatchObject({
        status: "failed",
        error: expect.stringMatching(/stopped before it finished/),
      });
      for (const p of others) await p.jobs.close();
      run.finish({ pages: 1 });
    });

    it("ends its running jobs as failed and frees their sites when a process shuts down", async () => {
      const a = await processWith();
      const b = await processWith();
      const siteId = site();
      const run = controlledWork();
      const { id } = (await a.jobs.start(siteId, "user-1", run.work, { reservationId: "7" }))!;
      await a.jobs.close();
      // The shutting-down process gives back the credits of the job it ended; nobody else does.
      expect(a.givenBack.map((job) => [job.id, job.reservationId, job.status])).toEqual([
        [id, "7", "failed"],
      ]);
      const failed = await b.jobs.get(siteId, id);
      expect(failed).toMatchObject({ status: "failed" });
      expect(failed!.error).toMatch(/restarted.*try again/);
      expect(await b.jobs.running(siteId)).toBeNull();
      // The work ending afterwards changes nothing.
      run.finish({ pages: 9 });
      await new Promise((r) => setTimeout(r, 50));
      expect(await b.jobs.get(siteId, id)).toMatchObject({ status: "failed", result: null });
      expect(b.givenBack).toEqual([]);
      await vi.waitFor(async () =>
        expect(await b.jobs.start(siteId, "user-2", async () => ({ pages: 1 }))).not.toBeNull(),
      );
    });
  });
});
