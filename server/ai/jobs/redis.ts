import type { Redis } from "ioredis";
import { fromStore } from "../redis.ts";
import {
  JOB_KEEP_MS,
  type AiJobs,
  type JobOptions,
  type JobRecord,
  type JobView,
  type JobWork,
} from "./port.ts";
import { newJobRecord, runJob, viewOf } from "./record.ts";

/** Where a problem that no caller waits for is told (pino's logger fits). */
export type AiLog = { warn(context: object, message: string): void };

export type RedisAiJobsOptions<R> = {
  /** How long a site stays claimed once its job's process stops renewing the claim. Default 30 s. */
  leaseMs?: number;
  log?: AiLog;
  /**
   * Gives back what a job that will never end holds (its credits). Called once per job, by the
   * process that first finds it dead (its process stopped renewing) or by the one shutting down
   * under it. Default: nothing.
   */
  onAbandoned?: (job: JobRecord<R>) => Promise<void>;
};

const jobKey = (jobId: string) => `pegasus:ai:job:${jobId}`;
const siteKey = (siteId: string) => `pegasus:ai:generating:${siteId}`;

// Claims the site for the job and stores the job, or does neither when the site is claimed.
const START = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
  return 1
end
return 0`;
// Keeps the claim while the job runs; takes it again if it lapsed and no other job took it.
const RENEW = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] or not holder then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0`;
// Marks a job whose process died as failed, only if it is still stored as running (exactly as the
// caller read it) and its site is not held by it: of the processes reading it at once, one wins.
const ABANDON = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] or redis.call('GET', KEYS[2]) == ARGV[2] then
  return 0
end
redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4])
return 1`;
// Stores a job's end and frees its site (only if this job still holds it) at once: whoever reads
// the job as ended finds its site free.
const END = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
return 1`;

const ABANDONED =
  "The server that was generating this store stopped before it finished. Please try again.";
const SHUT_DOWN = "The server restarted while this store was being generated. Please try again.";

type Owned<R> = { record: JobRecord<R>; save: () => Promise<void>; renew: NodeJS.Timeout };

/**
 * Jobs in Redis, for several processes behind a load balancer: any process answers a poll.
 *
 * - `pegasus:ai:job:<id>`: the job as JSON, kept for an hour after its last change. The process
 *   running the job stores every change (the latest state, one write at a time).
 * - `pegasus:ai:generating:<siteId>`: the id of the site's running job, set only if absent (one
 *   generation per site across processes) with a lease the running process renews every third of
 *   it, and deleted in the same step that stores the job's end. A process that dies stops renewing: after the lease the
 *   site is free again and its job, still "running" in Redis, reads as failed. The first process
 *   to read it so stores it as failed and gives back its credits (`onAbandoned`).
 */
export class RedisAiJobs<R> implements AiJobs<R> {
  readonly kind = "redis" as const;
  private readonly leaseMs: number;
  private readonly log: AiLog | undefined;
  private readonly onAbandoned: RedisAiJobsOptions<R>["onAbandoned"];
  private readonly owned = new Map<string, Owned<R>>();
  private closed = false;

  constructor(
    private readonly redis: Redis,
    private readonly now: () => Date,
    options: RedisAiJobsOptions<R> = {},
  ) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.log = options.log;
    this.onAbandoned = options.onAbandoned;
  }

  async running(siteId: string): Promise<JobView<R> | null> {
    const jobId = await fromStore(this.redis.get(siteKey(siteId)));
    const job = jobId ? await this.get(siteId, jobId) : null;
    return job?.status === "running" ? job : null;
  }

  async start(
    siteId: string,
    userId: string,
    work: JobWork<R>,
    options?: JobOptions,
  ): Promise<JobView<R> | null> {
    if (this.closed) throw new Error("The AI jobs of this process are closed.");
    const record = newJobRecord<R>(siteId, userId, this.now, options);
    const claimed = await fromStore(
      this.redis.eval(
        START,
        2,
        siteKey(siteId),
        jobKey(record.id),
        record.id,
        this.leaseMs,
        JSON.stringify(record),
        JOB_KEEP_MS,
      ),
    );
    if (claimed !== 1) return null;
    const save = latestWins(() => this.store(record));
    const renew = setInterval(() => void this.renew(record), Math.max(1, this.leaseMs / 3));
    renew.unref();
    this.owned.set(record.id, { record, save, renew });
    void runJob(record, work, this.now, () => void save()).then(() => this.finish(record.id));
    return viewOf(record);
  }

  async get(siteId: string, jobId: string): Promise<JobView<R> | null> {
    // One snapshot of both keys: a job ends by storing its end and freeing its site at once, so
    // a running job whose site is not held by it has lost its process.
    const replies = await fromStore(
      this.redis.multi().get(jobKey(jobId)).get(siteKey(siteId)).exec(),
    );
    const [json, holder] = (replies ?? []).map(([error, value]) => {
      if (error) throw error;
      return value as string | null;
    });
    if (!json) return null;
    const record = JSON.parse(json) as JobRecord<R>;
    if (record.siteId !== siteId) return null;
    if (record.status === "running" && holder !== record.id) {
      const failed: JobRecord<R> = {
        ...record,
        status: "failed",
        error: ABANDONED,
        finishedAt: record.steps.at(-1)?.at ?? record.startedAt,
      };
      const marked = await fromStore(
        this.redis.eval(
          ABANDON,
          2,
          jobKey(jobId),
          siteKey(siteId),
          json,
          jobId,
          JSON.stringify(failed),
          JOB_KEEP_MS,
        ),
      );
      if (marked === 1) await this.giveBack(failed);
      return viewOf(failed);
    }
    return viewOf(record);
  }

  /** Ends this process's running jobs as failed (a restart) and frees their sites. */
  async close(): Promise<void> {
    this.closed = true;
    const owned = [...this.owned.values()];
    this.owned.clear();
    await Promise.all(
      owned.map(async ({ record, renew }) => {
        clearInterval(renew);
        const ended = record.status === "running";
        if (ended) {
          record.status = "failed";
          record.error = SHUT_DOWN;
          record.finishedAt = this.now().toISOString();
        }
        try {
          await this.end(record);
        } catch (error) {
          this.log?.warn({ err: error, jobId: record.id }, "could not end an AI job on close");
        }
        // Stored as failed as its site was freed, so no other process finds it abandoned.
        if (ended) await this.giveBack(record);
      }),
    );
  }

  private async finish(jobId: string): Promise<void> {
    const owned = this.owned.get(jobId);
    if (!owned) return; // closed meanwhile
    this.owned.delete(jobId);
    clearInterval(owned.renew);
    await owned.save(); // the progress writes still under way land first
    try {
      await this.end(owned.record);
    } catch (error) {
      this.log?.warn({ err: error, jobId }, "could not store the end of an AI job");
    }
  }

  /** Progress of a running job; its end is written by `end`, with its site freed. */
  private async store(record: JobRecord<R>): Promise<void> {
    if (this.closed || record.status !== "running") return;
    try {
      await this.redis.set(jobKey(record.id), JSON.stringify(record), "PX", JOB_KEEP_MS);
    } catch (error) {
      this.log?.warn({ err: error, jobId: record.id }, "could not store an AI job's progress");
    }
  }

  private async renew(record: JobRecord<R>): Promise<void> {
    try {
      const held = await this.redis.eval(RENEW, 1, siteKey(record.siteId), record.id, this.leaseMs);
      if (held !== 1)
        this.log?.warn(
          { jobId: record.id, siteId: record.siteId },
          "another AI job took this site while this one ran",
        );
    } catch (error) {
      this.log?.warn({ err: error, jobId: record.id }, "could not renew an AI job's claim");
    }
  }

  private async giveBack(record: JobRecord<R>): Promise<void> {
    try {
      await this.onAbandoned?.(record);
    } catch (error) {
      this.log?.warn({ err: error, jobId: record.id }, "could not give back an AI job's credits");
    }
  }

  private async end(record: JobRecord<R>): Promise<void> {
    await this.redis.eval(
      END,
      2,
      jobKey(record.id),
      siteKey(record.siteId),
      JSON.stringify(record),
      JOB_KEEP_MS,
      record.id,
    );
  }
}

/** Runs `write` one at a time; a call during a write asks for one more write after it. */
function latestWins(write: () => Promise<void>): () => Promise<void> {
  let writing: Promise<void> | null = null;
  let again = false;
  return () => {
    if (writing) {
      again = true;
      return writing;
    }
    writing = (async () => {
      try {
        do {
          again = false;
          await write();
        } while (again);
      } finally {
        writing = null;
      }
    })();
    return writing;
  };
}
