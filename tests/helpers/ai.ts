import type { FastifyInstance } from "fastify";
import { call } from "./app.ts";

/** The AI job as `ai.job` reports it once it is no longer running (it polls until then). */
export async function finishedJob(
  app: FastifyInstance,
  cookie: string,
  siteId: string,
  jobId: string,
) {
  for (let i = 0; i < 400; i++) {
    const polled = await call(app, "query", "ai.job", { siteId, jobId }, { cookie });
    if (polled.status !== 200) throw new Error(`ai.job answered ${polled.status}`);
    if (polled.data.job.status !== "running") return polled.data.job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("job did not finish");
}
