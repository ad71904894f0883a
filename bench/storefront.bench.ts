/**
 * Storefront benchmarks (issue: blocks and renderer): render speed, page weight, cached serving
 * over HTTP as a ratio to a bare Fastify route, and Lighthouse (mobile) on the demo store.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { islandsScript, renderPage } from "../renderer/index.ts";
import { withBigPage } from "../renderer/testing/big-page.ts";
import { demoCollections, demoProducts, demoSiteDoc } from "../demo-store/index.ts";
import { measure } from "./load.ts";

const SERVER = fileURLToPath(new URL("./servers/storefront.ts", import.meta.url));
const data = { products: demoProducts, collections: demoCollections };
const site = (doc = demoSiteDoc) => ({
  doc,
  siteSlug: "northbound",
  baseUrl: "https://northbound.example",
  versionId: "bench",
  mode: "live" as const,
});

function renderSpeed(): string[] {
  const input = site();
  for (let i = 0; i < 20; i++) renderPage(input, "/", data); // warm up
  let renders = 0;
  const start = performance.now();
  while (performance.now() - start < 3_000) {
    renderPage(input, "/", data);
    renders++;
  }
  const perSecond = renders / ((performance.now() - start) / 1000);

  const big = site(withBigPage(demoSiteDoc, 2_000));
  renderPage(big, "/big", data);
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    renderPage(big, "/big", data);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return [
    `| uncached renders of the demo home page, one core | ${perSecond.toFixed(0)} /s | — |`,
    `| render a 2,000-block page (median of 10) | ${times[5]!.toFixed(1)} ms | < 100 ms |`,
  ];
}

function pageWeight(): string[] {
  const home = renderPage(site(), "/", data).html;
  const htmlGzip = gzipSync(home).length;
  const jsGzip = gzipSync(islandsScript().js).length;
  return [
    `| demo home page HTML + inline CSS, gzipped | ${(htmlGzip / 1024).toFixed(1)} KB | ≤ 50 KB |`,
    `| islands JavaScript, gzipped | ${(jsGzip / 1024).toFixed(1)} KB | ≤ 10 KB |`,
  ];
}

async function withServers<T>(
  fn: (urls: {
    pegasus: string;
    fixture: string;
    bare: string;
    product: string;
    collection: string;
  }) => Promise<T>,
): Promise<T> {
  const child = spawn(process.execPath, ["--import", "tsx", SERVER], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const [line] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
    return await fn(JSON.parse(line));
  } finally {
    child.kill("SIGTERM");
    await once(child, "exit");
  }
}

async function lighthouseScores(url: string): Promise<Record<string, number>> {
  const { launch } = await import("chrome-launcher");
  const lighthouse = (await import("lighthouse")).default;
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      formFactor: "mobile",
      screenEmulation: {
        mobile: true,
        width: 412,
        height: 823,
        deviceScaleFactor: 1.75,
        disabled: false,
      },
    });
    const categories = result!.lhr.categories;
    return Object.fromEntries(
      Object.entries(categories).map(([key, c]) => [key, Math.round((c.score ?? 0) * 100)]),
    );
  } finally {
    chrome.kill();
  }
}

export async function storefrontBenchmark(): Promise<string> {
  const rows = [
    "| measure | result | target |",
    "| --- | ---: | ---: |",
    ...renderSpeed(),
    ...pageWeight(),
  ];
  await withServers(async (urls) => {
    const bare = await measure("bare", urls.bare);
    const bareSameBytes = await measure("bare, same bytes", `${urls.bare}-same-bytes`);
    const cached = await measure("published page", urls.pegasus, {
      headers: { "accept-encoding": "gzip" },
    });
    if (cached.errors || cached.non2xx)
      throw new Error(`storefront answered ${cached.non2xx} non-2xx, ${cached.errors} errors`);
    rows.push(
      `| cached published home page over HTTP, 50 connections | ${cached.requestsPerSecond} req/s, p99 ${cached.p99Ms} ms | — |`,
      `| bare Fastify route, same run | ${bare.requestsPerSecond} req/s, p99 ${bare.p99Ms} ms | — |`,
      `| bare Fastify route sending the same gzipped page bytes, same run | ${bareSameBytes.requestsPerSecond} req/s, p99 ${bareSameBytes.p99Ms} ms | — |`,
      `| ratio cached page / bare route (tiny body) | ${(cached.requestsPerSecond / bare.requestsPerSecond).toFixed(2)} | ≥ 0.5 |`,
      `| ratio cached page / bare route (same bytes) | ${(cached.requestsPerSecond / bareSameBytes.requestsPerSecond).toFixed(2)} | ≥ 0.5 |`,
    );
    for (const [name, path] of [
      ["home", "/"],
      ["product", urls.product],
      ["collection", urls.collection],
    ] as const) {
      // The published demo store as Pegasus serves it (live catalog, media, icons).
      const s = await lighthouseScores(`${urls.pegasus.replace(/\/$/, "")}${path}`);
      rows.push(
        `| Lighthouse mobile, demo ${name} page as served at /s/<slug>${path}: performance / accessibility / best practices / SEO | ${s.performance} / ${s.accessibility} / ${s["best-practices"]} / ${s.seo} | ≥ 95 / 100 / ≥ 95 / 100 |`,
      );
    }
  });
  return rows.join("\n");
}
