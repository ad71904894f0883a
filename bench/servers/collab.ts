/**
 * The server side of the collab benchmark, in its own process so the clients do not share its
 * event loop.
 *
 *   serve <pglite|postgres>   Pegasus (real composition) listening on loopback, with an owner and
 *                             sites to edit; prints one JSON line, then answers "metrics" on stdin
 *                             with the collab server's counters and the CPU time the process has
 *                             used (`cpuMs`). Stops on SIGTERM.
 *   memory <blocks> <count>   Opens <count> sites of <blocks> blocks in the collab server and prints
 *                             the memory they take (run with --expose-gc).
 *   bare                      A bare Hocuspocus server (no extensions, nothing stored) listening on
 *                             loopback, the baseline of the trace replay; prints one JSON line, then
 *                             answers "metrics" with `cpuMs`. Stops on SIGTERM.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { Server } from "@hocuspocus/server";
import pino from "pino";
import { siteDocumentName } from "../../collab/presence.ts";
import { siteWithBlocks, traceSite } from "../../collab/server/testkit.ts";
import { buildApp } from "../../server/app.ts";
import { createSession } from "../../server/auth/sessions.ts";
import { compose } from "../../server/compose.ts";
import { loadConfig } from "../../server/config.ts";
import type { AppDeps } from "../../server/deps.ts";
import { createTestDatabase } from "../../tests/helpers/database.ts";

const [mode = "serve", ...args] = process.argv.slice(2);

/** CPU time this process has used so far (user + system), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function setUp(kind: "pglite" | "postgres") {
  const dataDir = await mkdtemp(path.join(tmpdir(), "pegasus-bench-collab-"));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    NODE_ENV: "production",
    PAYMENTS_TEST_GATEWAY: "enabled",
  });
  const database = await createTestDatabase(kind);
  // Compaction and automatic versions at their production defaults.
  const composition = await compose(
    { ...config, databaseUrl: undefined, mongodbUrl: undefined },
    { database, log: pino({ level: "silent" }) },
  );
  return { dataDir, composition, deps: composition.deps };
}

async function owner(deps: AppDeps) {
  const user = await deps.db.prisma.user.create({
    data: { email: `bench-${randomUUID()}@example.com`, name: "Bench Owner", passwordHash: "x" },
  });
  const { token } = await createSession(deps, user.id, {});
  return { userId: user.id, cookie: `pegasus_session=${token}` };
}

async function site(
  deps: AppDeps,
  userId: string,
  blocks: number,
  doc = siteWithBlocks(blocks),
): Promise<string> {
  const created = await deps.db.prisma.site.create({
    data: {
      name: "Bench shop",
      slug: `bench-${randomUUID().slice(0, 12)}`,
      members: { create: { userId, role: "owner" } },
    },
  });
  await deps.siteDocuments.initialise(created.id, {
    name: created.name,
    doc,
  });
  return created.id;
}

if (mode === "serve") {
  const kind = args[0] === "postgres" ? "postgres" : "pglite";
  const { dataDir, composition, deps } = await setUp(kind);
  const app = await buildApp(deps, { serveEditor: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as { port: number };
  const person = await owner(deps);
  const latencySite = await site(deps, person.userId, 200);
  const loadSites: string[] = [];
  for (let i = 0; i < 6; i++) loadSites.push(await site(deps, person.userId, 2_000));
  const throughputSites: string[] = [];
  for (let i = 0; i < 10; i++) throughputSites.push(await site(deps, person.userId, 20));
  const traceSites: string[] = [];
  for (let i = 0; i < 3; i++) traceSites.push(await site(deps, person.userId, 0, traceSite()));
  console.log(
    JSON.stringify({
      wsUrl: `ws://127.0.0.1:${port}/collab`,
      cookie: person.cookie,
      userId: person.userId,
      latencySite,
      loadSites,
      throughputSites,
      traceSites,
      store: deps.db.description,
    }),
  );
  createInterface({ input: process.stdin }).on("line", (line) => {
    if (line.trim() === "metrics")
      console.log(JSON.stringify({ ...deps.collab.server.metricsSnapshot(), cpuMs: cpuMs() }));
  });
  process.on("SIGTERM", () => void stopBench());
  async function stopBench(): Promise<void> {
    await app.close();
    await composition.close();
    await rm(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
} else if (mode === "bare") {
  const server = new Server({ port: 0, address: "127.0.0.1", quiet: true, stopOnSignals: false });
  await server.listen();
  console.log(JSON.stringify({ wsUrl: `ws://127.0.0.1:${server.address.port}` }));
  createInterface({ input: process.stdin }).on("line", (line) => {
    if (line.trim() === "metrics") console.log(JSON.stringify({ cpuMs: cpuMs() }));
  });
  process.on("SIGTERM", () => void stopBench());
  async function stopBench(): Promise<void> {
    await server.destroy();
    process.exit(0);
  }
} else if (mode === "memory") {
  const blocks = Number(args[0] ?? 200);
  const count = Number(args[1] ?? 10);
  const { dataDir, composition, deps } = await setUp("pglite");
  const person = await owner(deps);
  const sites: string[] = [];
  for (let i = 0; i < count; i++) sites.push(await site(deps, person.userId, blocks));
  const { hocuspocus } = deps.collab.server;
  // One document opened and closed first, so code and caches are warm and not counted.
  await hocuspocus.openDirectConnection(siteDocumentName(await site(deps, person.userId, blocks)));
  const gc = (globalThis as { gc?: () => void }).gc;
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      gc?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await settle();
  const before = process.memoryUsage();
  const open = [];
  for (const siteId of sites)
    open.push(await hocuspocus.openDirectConnection(siteDocumentName(siteId)));
  await settle();
  const after = process.memoryUsage();
  const stateBytes = (await deps.siteStore.get(sites[0]!))!.yState!.length;
  console.log(
    JSON.stringify({
      blocks,
      count,
      gc: Boolean(gc),
      heapPerDoc: (after.heapUsed - before.heapUsed) / count,
      externalPerDoc:
        (after.external + after.arrayBuffers - before.external - before.arrayBuffers) / count,
      rssPerDoc: (after.rss - before.rss) / count,
      stateBytes,
    }),
  );
  void open;
  void composition; // not closed: storing every open document again is not what is measured
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
}
