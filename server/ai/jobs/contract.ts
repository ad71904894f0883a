import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AiProgress } from "../port.ts";
import type { AiJobs, JobView } from "./port.ts";

type Summary = { pages: number };

/** Jobs to test and how to dispose of them (and of the connection behind them). */
export type AiJobsHarness = { jobs: AiJobs<Summary>; teardown?: () => Promise<void> };

/** A job's work that the test drives: it reports when told and ends when told. */
export function controlledWork() {
  let report: ((progress: AiProgress) => void) | undefined;
  let settle: { resolve(value: Summary): void; reject(error: Error): void } | undefined;
  const work = (r: (progress: AiProgress) => void) =>
    new Promise<Summary>((resolve, reject) => {
      report = r;
      settle = { resolve, reject };
    });
  return {
    work,
    report: (progress: AiProgress) => report!(progress),
    finish: (value: Summary) => settle!.resolve(value),
    fail: (message: string) => settle!.reject(new Error(message)),
  };
}

/** Waits until the job, as `jobs` answers for it, matches `expected`. */
export async function eventually(
  jobs: AiJobs<Summary>,
  siteId: string,
  jobId: string,
  expected: Partial<Record<keyof JobView<Summary>, unknown>>,
): Promise<JobView<Summary>> {
  return vi.waitFor(
    async () => {
      const job = await jobs.get(siteId, jobId);
      expect(job).toMatchObject(expected);
      return job!;
    },
    { timeout: 5_000, interval: 20 },
  );
}

/**
 * What every AiJobs adapter must do. `open` runs once per suite; each test uses sites of its own,
 * so tests do not depend on each other or on their order.
 */
export function aiJobsContract(name: string, open: () => Promise<AiJobsHarness>): void {
  describe(name, () => {
    let harness: AiJobsHarness | undefined;
    let jobs: AiJobs<Summary>;
    beforeAll(async () => {
      harness = await open();
      jobs = harness.jobs;
    });
    afterAll(async () => {
      await harness?.jobs.close();
      await harness?.teardown?.();
    });
    const site = () => `site-${randomUUID()}`;
    const user = "user-1";

    it("reports a job's progress, one step per stage, then its result", async () => {
      const siteId = site();
      const run = controlledWork();
      const started = await jobs.start(siteId, user, run.work);
      expect(started).toMatchObject({
        siteId,
        status: "running",
        progress: { fraction: 0 },
        steps: [],
        result: null,
        error: null,
        finishedAt: null,
      });
      expect(started!).not.toHaveProperty("userId");
      const jobId = started!.id;

      run.report({ stage: "writing", message: "Writing the words", fraction: 0.3 });
      run.report({ stage: "writing", message: "Writing the products", fraction: 0.5 });
      run.report({ stage: "building", message: "Laying out the pages", fraction: 0.4 });
      const building = await eventually(jobs, siteId, jobId, {
        progress: { stage: "building", message: "Laying out the pages", fraction: 0.5 },
      });
      expect(building.steps.map((s) => [s.stage, s.message])).toEqual([
        ["writing", "Writing the products"],
        ["building", "Laying out the pages"],
      ]);
      expect(building.status).toBe("running");

      run.finish({ pages: 7 });
      const done = await eventually(jobs, siteId, jobId, { status: "done" });
      expect(done).toMatchObject({
        result: { pages: 7 },
        error: null,
        progress: { stage: "done", fraction: 1 },
      });
      expect(Date.parse(done.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(done.startedAt));
      expect(done).not.toHaveProperty("userId");
    });

    it("reports a failed job with the work's message", async () => {
      const siteId = site();
      const run = controlledWork();
      const { id } = (await jobs.start(siteId, user, run.work))!;
      run.fail("The model did not answer in time. Nothing was changed.");
      const failed = await eventually(jobs, siteId, id, { status: "failed" });
      expect(failed.error).toBe("The model did not answer in time. Nothing was changed.");
      expect(failed.result).toBeNull();
      expect(failed.finishedAt).not.toBeNull();
    });

    it("runs one job per site at a time, and the next once it has ended", async () => {
      const siteId = site();
      const first = controlledWork();
      const started = (await jobs.start(siteId, user, first.work))!;
      expect((await jobs.running(siteId))?.id).toBe(started.id);

      let ranSecond = false;
      const refused = await jobs.start(siteId, "user-2", async () => {
        ranSecond = true;
        return { pages: 1 };
      });
      expect(refused).toBeNull();
      expect(ranSecond).toBe(false);
      // Another site is not held up.
      const other = site();
      expect(await jobs.start(other, user, async () => ({ pages: 2 }))).not.toBeNull();

      first.finish({ pages: 3 });
      await eventually(jobs, siteId, started.id, { status: "done" });
      await vi.waitFor(async () => expect(await jobs.running(siteId)).toBeNull());
      const next = controlledWork();
      const again = await vi.waitFor(async () => {
        const job = await jobs.start(siteId, user, next.work);
        expect(job).not.toBeNull();
        return job!;
      });
      expect(again.id).not.toBe(started.id);
      next.finish({ pages: 4 });
      await eventually(jobs, siteId, again.id, { status: "done", result: { pages: 4 } });
    });

    it("lets exactly one of many simultaneous starts for a site run", async () => {
      const siteId = site();
      const runs = Array.from({ length: 8 }, () => controlledWork());
      const started = await Promise.all(runs.map((run) => jobs.start(siteId, user, run.work)));
      const winners = started.filter((job) => job !== null);
      expect(winners).toHaveLength(1);
      runs[started.indexOf(winners[0]!)]!.finish({ pages: 1 });
      await eventually(jobs, siteId, winners[0]!.id, { status: "done" });
    });

    it("shows a job only to its own site", async () => {
      const siteId = site();
      const { id } = (await jobs.start(siteId, user, async () => ({ pages: 1 })))!;
      await eventually(jobs, siteId, id, { status: "done" });
      expect(await jobs.get(site(), id)).toBeNull();
      expect(await jobs.get(siteId, randomUUID())).toBeNull();
    });
  });
}
