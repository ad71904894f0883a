import type { AiProgress } from "../port.ts";

/**
 * Long AI actions (generating a store) run as jobs the wizard polls: `ai.generateSite` answers at
 * once with a job, `ai.job` reports its progress until it is done or failed. A site runs one
 * generation at a time, and a job is kept for an hour after its last change.
 *
 * Two adapters: in memory (./memory.ts, one process, the default) and Redis (./redis.ts, with
 * REDIS_URL), where any process behind the load balancer answers a poll and the one-per-site rule
 * holds across processes. Both pass ./contract.ts.
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

/**
 * A job as an adapter keeps it: its view, the person who started it and the credit reservation
 * (an `AiUsage` id) to give back if the job's process stops before the job ends.
 */
export type JobRecord<R> = JobView<R> & { userId: string; reservationId: string | null };

export type JobOptions = { reservationId?: string };

/** What a job does; it tells its progress through `report`. */
export type JobWork<R> = (report: (progress: AiProgress) => void) => Promise<R>;

export interface AiJobs<R> {
  readonly kind: "memory" | "redis";
  /** The site's running job, if any. */
  running(siteId: string): Promise<JobView<R> | null>;
  /**
   * Starts `work` as the site's job, or answers null (and does not run it) when the site already
   * runs one.
   */
  start(
    siteId: string,
    userId: string,
    work: JobWork<R>,
    options?: JobOptions,
  ): Promise<JobView<R> | null>;
  /** The job, only for the site it belongs to. */
  get(siteId: string, jobId: string): Promise<JobView<R> | null>;
  /** Stops keeping this process's jobs alive (their sites are freed); the store stays open. */
  close(): Promise<void>;
}

/** How long a job is kept after its last change. */
export const JOB_KEEP_MS = 60 * 60 * 1000;
