/**
 * The server side of the API benchmark, in its own process so the load generator does not share
 * its event loop: Pegasus (real composition, on PGlite or PostgreSQL) and a bare Fastify route.
 * Prints one JSON line with the addresses and a session cookie of a user who has 100 sites.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Fastify from "fastify";
import pino from "pino";
import { buildApp } from "../../server/app.ts";
import { compose } from "../../server/compose.ts";
import { loadConfig } from "../../server/config.ts";
import { createTestDatabase } from "../../tests/helpers/database.ts";

const kind = process.argv[2] === "postgres" ? "postgres" : "pglite";
const dataDir = await mkdtemp(path.join(tmpdir(), "pegasus-bench-"));
const config = loadConfig({
  DATA_DIR: dataDir,
  LOG_LEVEL: "silent",
  NODE_ENV: "production",
  PAYMENTS_TEST_GATEWAY: "enabled",
});
const database = await createTestDatabase(kind);
const composition = await compose(config, { database, log: pino({ level: "silent" }) });
const app = await buildApp(composition.deps, { serveEditor: false });
await app.listen({ port: 0, host: "127.0.0.1" });

const bare = Fastify();
bare.get("/bare", async () => ({ user: { id: "u", email: "bare@example.com", name: "Bare" } }));
await bare.listen({ port: 0, host: "127.0.0.1" });

const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const register = await fetch(`${base}/trpc/auth.register`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    email: `bench-${randomUUID()}@example.com`,
    password: "benchmark-passphrase",
    name: "Bench",
  }),
});
const cookie = register.headers.get("set-cookie")!.split(";")[0]!;
const { user } = ((await register.json()) as { result: { data: { user: { id: string } } } }).result
  .data;
for (let i = 0; i < 100; i++) {
  await composition.deps.db.prisma.site.create({
    data: {
      name: `Shop ${i}`,
      slug: `bench-${i}-${randomUUID().slice(0, 6)}`,
      members: { create: { userId: user.id, role: "owner" } },
    },
  });
}

console.log(
  JSON.stringify({
    pegasus: base,
    bare: `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`,
    cookie,
  }),
);

process.on("SIGTERM", () => void stopBench());
async function stopBench(): Promise<void> {
  await app.close();
  await bare.close();
  await composition.close();
  process.exit(0);
}
