import { randomUUID } from "node:crypto";
import type { AiProgress } from "../port.ts";
import type { JobOptions, JobRecord, JobView, JobWork } from "./port.ts";

/** How a job's record starts, advances and ends: the same for every adapter. */
export function newJobRecord<R>(
  siteId: string,
  userId: string,
  now: () => Date,
  options: JobOptions = {},
): JobRecord<R> {
  return {
    id: randomUUID(),
    siteId,
    userId,
    reservationId: options.reservationId ?? null,
    status: "running",
    progress: { stage: "starting", message: "Starting", fraction: 0 },
    steps: [],
    result: null,
    error: null,
    startedAt: now().toISOString(),
    finishedAt: null,
  };
}

/**
 * What callers see: a copy without the owner and the reservation, so later changes never reach an
 * earlier answer.
 */
export function viewOf<R>(record: JobRecord<R>): JobView<R> {
  const { userId: _userId, reservationId: _reservationId, ...view } = record;
  return structuredClone(view);
}

/**
 * Runs `work`, recording its progress (the fraction never goes back; one step per stage) and its
 * end in `record`, and calls `changed` after every change so an adapter can store it. A record
 * that is no longer running (its process is closing) takes no more changes. Never rejects.
 */
export async function runJob<R>(
  record: JobRecord<R>,
  work: JobWork<R>,
  now: () => Date,
  changed: () => void,
): Promise<void> {
  const report = (progress: AiProgress) => {
    if (record.status !== "running") return;
    record.progress = {
      ...progress,
      fraction: Math.max(record.progress.fraction, progress.fraction),
    };
    const last = record.steps.at(-1);
    if (!last || last.stage !== progress.stage) {
      record.steps.push({
        stage: progress.stage,
        message: progress.message,
        at: now().toISOString(),
      });
    } else {
      last.message = progress.message;
    }
    changed();
  };
  try {
    const result = await work(report);
    if (record.status !== "running") return;
    record.status = "done";
    record.result = result;
    record.progress = { stage: "done", message: record.progress.message, fraction: 1 };
  } catch (error) {
    if (record.status !== "running") return;
    record.status = "failed";
    record.error = error instanceof Error ? error.message : "The job failed.";
  }
  record.finishedAt = now().toISOString();
  changed();
}
