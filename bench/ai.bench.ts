/**
 * AI benchmark (issue 7): the offline `generateSite` (brief -> validated site document with sample
 * products), and a merchant's whole path through the API: sign up, create a site, generate the
 * store, publish it and load its home page.
 */
import { performance } from "node:perf_hooks";
import { generateSite } from "../server/ai/generate.ts";
import { OfflineAiProvider } from "../server/ai/offline/index.ts";
import { ZSiteBrief } from "../server/ai/tasks.ts";
import { call, createTestApp, registerUser } from "../tests/helpers/app.ts";

const BRIEFS = [
  "Blue Fern Roasters is a small-batch coffee roastery in Portland selling single origin beans.",
  "Kiln House is a pottery studio in Bath making stoneware mugs, bowls and plates.",
  "Wild Stem is a florist in Melbourne delivering seasonal bouquets the same day.",
  "Voltline sells phone cases, USB-C chargers and headphones.",
  "Harbour Goods is a small shop in Cornwall selling surfboard wax and beach towels.",
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function offlineGenerateTimes(runs = 40): Promise<number[]> {
  const provider = new OfflineAiProvider();
  const times: number[] = [];
  // Warm-up: module loading and the first renders of zod schemas are not the generator.
  await generateSite(provider, ZSiteBrief.parse({ description: BRIEFS[0] }), {
    seed: 0,
    fetch: null,
  });
  for (let i = 0; i < runs; i++) {
    const brief = ZSiteBrief.parse({ description: BRIEFS[i % BRIEFS.length] });
    const started = performance.now();
    await generateSite(provider, brief, { seed: i + 1, fetch: null });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function briefToPublishedStore(): Promise<number> {
  const app = await createTestApp();
  try {
    const started = performance.now();
    const user = await registerUser(app.app);
    const slug = `bench-${Date.now()}`;
    const site = await call(
      app.app,
      "mutation",
      "sites.create",
      { name: "Blue Fern", slug },
      { cookie: user.cookie },
    );
    const siteId = site.data.site.id as string;
    const job = await call(
      app.app,
      "mutation",
      "ai.generateSite",
      { siteId, brief: { description: BRIEFS[0] }, seed: 1 },
      { cookie: user.cookie },
    );
    if (job.status !== 200) throw new Error(`generateSite: ${JSON.stringify(job.error)}`);
    for (;;) {
      const polled = await call(
        app.app,
        "query",
        "ai.job",
        { siteId, jobId: job.data.job.id },
        { cookie: user.cookie },
      );
      if (polled.data.job.status === "failed") throw new Error(polled.data.job.error);
      if (polled.data.job.status === "done") break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const published = await call(
      app.app,
      "mutation",
      "sites.publish",
      { siteId },
      { cookie: user.cookie },
    );
    if (published.status !== 200) throw new Error(`publish: ${JSON.stringify(published.error)}`);
    const home = await app.app.inject({ method: "GET", url: `/s/${slug}/` });
    if (home.statusCode !== 200) throw new Error(`storefront answered ${home.statusCode}`);
    return performance.now() - started;
  } finally {
    await app.close();
  }
}

export async function aiBenchmark(): Promise<string> {
  const times = await offlineGenerateTimes();
  const flows: number[] = [];
  for (let i = 0; i < 3; i++) flows.push(await briefToPublishedStore());
  flows.sort((a, b) => a - b);
  const ms = (n: number) => n.toFixed(0);
  return [
    "| measurement | p50 ms | p95 ms | max ms | target |",
    "| --- | ---: | ---: | ---: | --- |",
    `| offline generateSite (${times.length} briefs, 5 trades) | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(times.at(-1)!)} | p50 < 500 ms |`,
    `| brief to published store through the API (sign up, create site, generate, publish, first page; ${flows.length} runs) | ${ms(percentile(flows, 50))} | — | ${ms(flows.at(-1)!)} | seconds |`,
  ].join("\n");
}
