import { Worker } from "node:worker_threads";
import { ImageProcessingError, type ProcessedImage, type ProcessOptions } from "./process.ts";
import type { WorkerReply, WorkerRequest } from "./worker.ts";

export type ImageWorkerPoolOptions = {
  /** Threads to run at most; started on first use. */
  size: number;
  /** A job running longer than this is stopped (its thread is replaced). Default 2 minutes. */
  timeoutMs?: number;
};

type Job = {
  id: number;
  input: Uint8Array;
  options: ProcessOptions;
  onProgress: (fraction: number) => void;
  resolve: (result: ProcessedImage) => void;
  reject: (error: Error) => void;
};

type Slot = { worker: Worker; job: Job | null; timer: NodeJS.Timeout | null };

const ENTRY = new URL("./worker-entry.mjs", import.meta.url);

/**
 * Image processing off the request path: a few worker threads running sharp, each on one image
 * at a time, and a queue in front of them. A thread that crashes or overruns is replaced and
 * only its own job fails.
 */
export class ImageWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ImageWorkerPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) {
      throw new Error("an image worker pool needs at least one thread");
    }
  }

  /** Images waiting or being processed. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.job).length;
  }

  get threads(): number {
    return this.slots.length;
  }

  run(
    input: Uint8Array,
    options: ProcessOptions,
    onProgress: (fraction: number) => void = () => {},
  ): Promise<ProcessedImage> {
    if (this.closed) return Promise.reject(new Error("the image worker pool is closed"));
    return new Promise<ProcessedImage>((resolve, reject) => {
      // A private copy: the thread takes ownership of it, and the caller's buffer may be pooled.
      const own = new Uint8Array(input.byteLength);
      own.set(input);
      this.queue.push({ id: this.nextId++, input: own, options, onProgress, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("the server is shutting down"));
    await Promise.all(
      this.slots.splice(0).map(async (slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.job?.reject(new Error("the server is shutting down"));
        await slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.options.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(
        () => this.fail(slot!, "Processing took too long."),
        this.options.timeoutMs ?? 120_000,
      );
      slot.worker.postMessage(
        { id: job.id, input: job.input, options: job.options } satisfies WorkerRequest,
        [job.input.buffer as ArrayBuffer],
      );
    }
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY);
    // An idle thread must not keep the process alive (tests, CLI commands).
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null };
    worker.on("message", (reply: WorkerReply) => {
      const job = slot.job;
      if (!job || reply.id !== job.id) return;
      if (reply.type === "progress") {
        job.onProgress(reply.fraction);
        return;
      }
      this.finish(slot);
      if (reply.type === "done") job.resolve(reply.result);
      else
        job.reject(
          reply.unreadable ? new ImageProcessingError(reply.message) : new Error(reply.message),
        );
    });
    worker.on("error", (error) =>
      this.fail(slot, "The image processor stopped unexpectedly.", error),
    );
    worker.on("exit", () => this.fail(slot, "The image processor stopped unexpectedly."));
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    // Keep the thread referenced only while it works.
    slot.worker.unref();
    queueMicrotask(() => this.dispatch());
  }

  /** Fails the slot's job and replaces its thread. */
  private fail(slot: Slot, message: string, cause?: unknown): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    void slot.worker.terminate();
    job?.reject(new ImageProcessingError(message, { cause }));
    if (!this.closed) this.dispatch();
  }
}
