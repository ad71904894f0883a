import type { ServerResponse } from "node:http";
import type { FastifyBaseLogger } from "fastify";

/**
 * Work a request starts but does not wait for: mail whose sending must not show in how long the
 * answer takes (whether an account exists is then not told by the clock). A failure is logged,
 * never thrown at anyone; shutdown waits for what is running (`whenIdle`) before the database
 * closes.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly log: Pick<FastifyBaseLogger, "error">) {}

  /**
   * Starts `task` once `after` (the request's reply) has been sent, or right after the current
   * work when there is none; `what` names it in the log.
   */
  run(what: string, task: () => Promise<unknown>, after?: { raw: ServerResponse }): void {
    const done: Promise<void> = sent(after?.raw)
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(task)
      .then(
        () => undefined,
        (error: unknown) => this.log.error({ err: error, task: what }, "background task failed"),
      )
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }

  /** Resolves once nothing started here is still running. */
  async whenIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}

/** Resolves once the response is handed over (or its connection is gone). */
function sent(response: ServerResponse | undefined): Promise<void> {
  if (!response || response.writableFinished || response.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    response.once("finish", () => resolve());
    response.once("close", () => resolve());
  });
}
