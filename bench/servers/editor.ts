/**
 * The server side of the editor benchmark, in its own process: Pegasus itself (real composition,
 * embedded PGlite, the collab server) serving an editor build from `--dist <dir>` (a private build,
 * so a rebuild elsewhere cannot pull files from under the browser), with one user who owns a site
 * whose home page holds `--blocks <n>` blocks (renderer/testing/big-page.ts).
 * Prints one JSON line: { base, email, password, siteId, pageId }.
 */
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createServer } from "node:net";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import pino from "pino";
import * as Y from "yjs";
import type { Block } from "../../blocks/doc/schema.ts";
import { replaceDocument } from "../../collab/doc/ops.ts";
import { readSiteDoc } from "../../collab/doc/mapping.ts";
import { loadSiteYDoc } from "../../collab/server/load.ts";
import { bigPage } from "../../renderer/testing/big-page.ts";
import { buildApp } from "../../server/app.ts";
import { compose } from "../../server/compose.ts";
import { loadConfig } from "../../server/config.ts";

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port: free } = probe.address() as { port: number };
  probe.close();
  return free;
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const dist = path.resolve(argument("dist", "editor/dist"));
const blocks = Number(argument("blocks", "1000"));
// The CSRF check compares Origin with the public URL, so the port is known before the start.
const port = Number(argument("port", "0")) || (await freePort());
if (!existsSync(path.join(dist, "index.html"))) throw new Error(`--dist ${dist} has no index.html`);

const dataDir = await mkdtemp(path.join(tmpdir(), "pegasus-bench-editor-"));
const config = loadConfig({
  DATA_DIR: dataDir,
  LOG_LEVEL: "silent",
  NODE_ENV: "production",
  PAYMENTS_TEST_GATEWAY: "enabled",
  DATABASE_URL: "",
  MONGODB_URL: "",
  REDIS_URL: "",
  PORT: String(port),
  PUBLIC_URL: `http://localhost:${port}`,
});
const composition = await compose(config, { log: pino({ level: "silent" }) });
const app = await buildApp(composition.deps, {
  serveEditor: false,
  plugins: [
    async (server) => {
      await server.register(fastifyStatic, { root: path.join(dist, "assets"), prefix: "/assets/" });
      // The single-page app: every page URL loads index.html, which routes itself.
      for (const route of ["/", "/login", "/signup", "/sites/*"]) {
        server.get(route, (_request, reply) =>
          reply.header("cache-control", "no-cache").sendFile("index.html", dist),
        );
      }
    },
  ],
});
await app.listen({ port, host: "127.0.0.1" });
const base = `http://localhost:${(app.server.address() as { port: number }).port}`;

async function call(procedure: string, input: unknown, cookie?: string) {
  const response = await fetch(`${base}/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`${procedure}: ${response.status} ${await response.text()}`);
  return {
    cookie: response.headers.get("set-cookie")?.split(";")[0],
    data: ((await response.json()) as { result: { data: unknown } }).result.data,
  };
}

const email = `bench-${randomUUID()}@example.com`;
const password = "benchmark-passphrase";
const registered = await call("auth.register", { email, password, name: "Bench Merchant" });
const cookie = registered.cookie!;
const slug = `bench-${randomUUID().slice(0, 8)}`;
const created = await call("sites.create", { name: "Bench Shop", slug }, cookie);
const siteId = (created.data as { site: { id: string } }).site.id;

// The big page goes in as one Yjs update appended to the site's log, as an editor's edit would.
const store = composition.deps.siteStore;
const { ydoc } = await loadSiteYDoc(store, siteId);
const doc = readSiteDoc(ydoc);
const home = doc.pages.find((page) => page.slug === "")!;
const big = bigPage(blocks, "");
const chrome = (type: string) => home.blocks.filter((block: Block) => block.type === type);
home.blocks = [...chrome("header"), ...big.blocks, ...chrome("footer")];
const before = Y.encodeStateVector(ydoc);
replaceDocument(ydoc, doc, { kind: "system" });
await store.appendUpdate(siteId, Y.encodeStateAsUpdate(ydoc, before));

console.log(JSON.stringify({ base, email, password, siteId, pageId: home.id, cookie }));

process.on("SIGTERM", () => void stopBench());
async function stopBench(): Promise<void> {
  await app.close();
  await composition.close();
  process.exit(0);
}
