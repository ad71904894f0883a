import { randomUUID } from "node:crypto";
import type { AiProgress } from "./port.ts";

/**
 * Long AI actions (generating a store) run as jobs the wizard polls: the mutation answers at once
 * with a job id, `ai.job` reports progress until the job is done or failed. Jobs live in memory for
 * an hour; with several processes the wizard's polls must reach the process that runs the job
 * (sticky sessions), which the load-balancer notes in docs/ operations cover.
 */
export type JobStatus = "running" | "done" | "failed";

export type JobView<R> = {
  id: string;
  siteId: string;
  status: JobStatus;
  progress: AiProgress;
  steps: { stage: string; message: string; at: string }[];
  result: R | null;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
};

type Job<R> = JobView<R> & { userId: string };

const KEEP_MS = 60 * 60 * 1000;

export class AiJobs<R> {
  private readonly jobs = new Map<string, Job<R>>();

  constructor(private readonly now: () => Date) {}

  /** A running job of the site, if any (one generation per site at a time). */
  running(siteId: string): JobView<R> | null {
    for (const job of this.jobs.values())
      if (job.siteId === siteId && job.status === "running") return job;
    return null;
  }

  start(
    siteId: string,
    userId: string,
    work: (report: (progress: AiProgress) => void) => Promise<R>,
  ): JobView<R> {
    this.sweep();
    const job: Job<R> = {
      id: randomUUID(),
      siteId,
      userId,
      status: "running",
      progress: { stage: "starting", message: "Starting", fraction: 0 },
      steps: [],
      result: null,
      error: null,
      startedAt: this.now().toISOString(),
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    const report = (progress: AiProgress) => {
      if (job.status !== "running") return;
      job.progress = { ...progress, fraction: Math.max(job.progress.fraction, progress.fraction) };
      const last = job.steps.at(-1);
      if (!last || last.stage !== progress.stage) {
        job.steps.push({
          stage: progress.stage,
          message: progress.message,
          at: this.now().toISOString(),
        });
      } else {
        last.message = progress.message;
      }
    };
    void work(report).then(
      (result) => {
        job.status = "done";
        job.result = result;
        job.finishedAt = this.now().toISOString();
        job.progress = { stage: "done", message: job.progress.message, fraction: 1 };
      },
      (error: unknown) => {
        job.status = "failed";
        job.error = error instanceof Error ? error.message : "The job failed.";
        job.finishedAt = this.now().toISOString();
      },
    );
    return job;
  }

  /** The job, only for the site it belongs to. */
  get(siteId: string, jobId: string): JobView<R> | null {
    const job = this.jobs.get(jobId);
    if (!job || job.siteId !== siteId) return null;
    const { userId: _userId, ...view } = job;
    return view;
  }

  private sweep(): void {
    const cutoff = this.now().getTime() - KEEP_MS;
    for (const [id, job] of this.jobs) {
      if (job.status !== "running" && new Date(job.finishedAt ?? job.startedAt).getTime() < cutoff)
        this.jobs.delete(id);
    }
  }
}
