/**
 * The server side of the storefront benchmark, in its own process:
 * - Pegasus itself (real composition, embedded PGlite) with the demo store published, for
 *   cached serving over HTTP;
 * - the same renderer fed the demo store's catalog fixture, for Lighthouse on product and
 *   collection pages (live catalog data arrives with the commerce domain);
 * - a bare Fastify route as the baseline.
 * Prints one JSON line with the addresses.
 */
import { createReadStream } from "node:fs";
import { gzipSync } from "node:zlib";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Fastify from "fastify";
import pino from "pino";
import { fontFilePath, islandsScript, renderPage } from "../../renderer/index.ts";
import { buildApp } from "../../server/app.ts";
import { compose } from "../../server/compose.ts";
import { loadConfig } from "../../server/config.ts";
import { seedDemo } from "../../server/demo.ts";
import {
  demoCollections,
  demoImagePath,
  demoProducts,
  demoSiteDoc,
} from "../../demo-store/index.ts";

const dataDir = await mkdtemp(path.join(tmpdir(), "pegasus-bench-store-"));
const config = loadConfig({
  DATA_DIR: dataDir,
  LOG_LEVEL: "silent",
  NODE_ENV: "production",
  PAYMENTS_TEST_GATEWAY: "enabled",
  DATABASE_URL: "",
});
const composition = await compose(config, { log: pino({ level: "silent" }) });
const app = await buildApp(composition.deps, { serveEditor: false });
await app.listen({ port: 0, host: "127.0.0.1" });
const demo = await seedDemo(composition.deps, { force: true });

const fixture = Fastify();
const baseUrl = () => `http://127.0.0.1:${(fixture.server.address() as { port: number }).port}`;
fixture.get("/*", async (request, reply) => {
  const url = request.url.split("?")[0]!;
  if (url.startsWith("/_pegasus/fonts/")) {
    const file = fontFilePath(url.slice("/_pegasus/fonts/".length));
    if (!file) return reply.code(404).send();
    return reply
      .header("content-type", "font/woff2")
      .header("cache-control", "public, max-age=31536000, immutable")
      .send(createReadStream(file));
  }
  if (url.startsWith("/_pegasus/islands.")) {
    return reply
      .header("content-type", "text/javascript")
      .header("cache-control", "public, max-age=31536000, immutable")
      .send(islandsScript().js);
  }
  if (url.startsWith("/media/demo-store/")) {
    const file = demoImagePath(url.slice("/media/demo-store/".length));
    if (!file) return reply.code(404).send();
    return reply
      .header("content-type", "image/svg+xml")
      .header("cache-control", "public, max-age=86400")
      .send(createReadStream(file));
  }
  const page = renderPage(
    {
      doc: demoSiteDoc,
      siteSlug: "northbound",
      baseUrl: baseUrl(),
      versionId: "bench",
      mode: "live",
    },
    url,
    { products: demoProducts, collections: demoCollections },
  );
  return reply.code(page.status).headers(page.headers).send(page.html);
});
await fixture.listen({ port: 0, host: "127.0.0.1" });

// Two baselines: a tiny page, and the same gzipped bytes as the demo home page (so the ratio
// measures our serving path, not the cost of moving 14 KB through loopback).
const homeGzip = gzipSync(
  renderPage(
    { doc: demoSiteDoc, siteSlug: "northbound", baseUrl: "http://x", versionId: "b", mode: "live" },
    "/",
    { products: [], collections: [] },
  ).html,
);
const bare = Fastify();
bare.get("/bare", async (_request, reply) =>
  reply.header("content-type", "text/html").send("<!doctype html><title>bare</title><p>bare"),
);
bare.get("/bare-same-bytes", async (_request, reply) =>
  reply
    .header("content-type", "text/html; charset=utf-8")
    .header("content-encoding", "gzip")
    .send(homeGzip),
);
await bare.listen({ port: 0, host: "127.0.0.1" });

console.log(
  JSON.stringify({
    pegasus: `http://127.0.0.1:${(app.server.address() as { port: number }).port}/s/${new URL(demo!.storefrontUrl).pathname.split("/")[2]}/`,
    fixture: baseUrl(),
    bare: `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`,
    product: `/products/${demoProducts[0]!.handle}`,
    collection: `/collections/${demoCollections[0]!.handle}`,
  }),
);

process.on("SIGTERM", () => void stopBench());
async function stopBench(): Promise<void> {
  await Promise.all([app.close(), fixture.close(), bare.close()]);
  await composition.close();
  process.exit(0);
}
