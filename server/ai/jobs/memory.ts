import {
  JOB_KEEP_MS,
  type AiJobs,
  type JobOptions,
  type JobRecord,
  type JobView,
  type JobWork,
} from "./port.ts";
import { newJobRecord, runJob, viewOf } from "./record.ts";

/**
 * Jobs in this process's memory: the embedded default. With several processes a poll that lands
 * on another process would not find the job; REDIS_URL selects ./redis.ts for that.
 */
export class MemoryAiJobs<R> implements AiJobs<R> {
  readonly kind = "memory" as const;
  private readonly jobs = new Map<string, JobRecord<R>>();

  constructor(private readonly now: () => Date) {}

  async running(siteId: string): Promise<JobView<R> | null> {
    const job = this.runningRecord(siteId);
    return job ? viewOf(job) : null;
  }

  async start(
    siteId: string,
    userId: string,
    work: JobWork<R>,
    options?: JobOptions,
  ): Promise<JobView<R> | null> {
    this.sweep();
    if (this.runningRecord(siteId)) return null;
    const record = newJobRecord<R>(siteId, userId, this.now, options);
    this.jobs.set(record.id, record);
    void runJob(record, work, this.now, () => {});
    return viewOf(record);
  }

  async get(siteId: string, jobId: string): Promise<JobView<R> | null> {
    const job = this.jobs.get(jobId);
    return job && job.siteId === siteId ? viewOf(job) : null;
  }

  async close(): Promise<void> {}

  private runningRecord(siteId: string): JobRecord<R> | undefined {
    for (const job of this.jobs.values())
      if (job.siteId === siteId && job.status === "running") return job;
    return undefined;
  }

  private sweep(): void {
    const cutoff = this.now().getTime() - JOB_KEEP_MS;
    for (const [id, job] of this.jobs) {
      if (job.status !== "running" && new Date(job.finishedAt ?? job.startedAt).getTime() < cutoff)
        this.jobs.delete(id);
    }
  }
}
