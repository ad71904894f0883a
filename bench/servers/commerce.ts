/**
 * The server side of the commerce benchmark, in its own process: Pegasus on PGlite or PostgreSQL
 * with one published shop (a product with plenty of stock) and a bare Fastify route. Prints one
 * JSON line with the addresses, the shop's slug and the variant to buy.
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
import { demoSiteDoc } from "../../demo-store/index.ts";

const kind = process.argv[2] === "postgres" ? "postgres" : "pglite";
const dataDir = await mkdtemp(path.join(tmpdir(), "pegasus-bench-"));
const config = loadConfig({
  DATA_DIR: dataDir,
  LOG_LEVEL: "silent",
  NODE_ENV: "production",
  // The shoppers pay with the test card: the built-in gateway, allowed here explicitly.
  PAYMENTS_TEST_GATEWAY: "enabled",
});
const database = await createTestDatabase(kind);
const composition = await compose(config, { database, log: pino({ level: "silent" }) });
const { deps } = composition;
const app = await buildApp(deps, { serveEditor: false });
await app.listen({ port: 0, host: "127.0.0.1" });

const bare = Fastify();
bare.get("/bare", async () => ({ cart: { lines: [], subtotal: 0, currency: "USD" } }));
await bare.listen({ port: 0, host: "127.0.0.1" });

const user = await deps.db.prisma.user.create({
  data: { email: `bench-${randomUUID()}@example.com`, name: "Bench", passwordHash: "x" },
});
const slug = `bench-${randomUUID().slice(0, 8)}`;
const site = await deps.db.prisma.site.create({
  data: { name: "Bench Shop", slug, members: { create: { userId: user.id, role: "owner" } } },
});
await deps.siteDocuments.initialise(site.id, { name: site.name, doc: demoSiteDoc });
await deps.siteDocuments.publish(site.id, user.id);
await deps.db.prisma.shippingZone.create({
  data: {
    siteId: site.id,
    name: "US",
    countries: ["US"],
    rates: { create: { name: "Standard", kind: "flat", price: 500 } },
  },
});
await deps.db.prisma.taxRate.create({ data: { siteId: site.id, country: "US", ratePpm: 80_000 } });
const variants: string[] = [];
for (let i = 0; i < 3; i++) {
  const product = await deps.db.prisma.product.create({
    data: {
      siteId: site.id,
      handle: `bench-${i}`,
      title: `Bench product ${i}`,
      status: "active",
      variants: {
        create: {
          siteId: site.id,
          title: "Default Title",
          price: 1000 + i * 250,
          stock: 1_000_000,
        },
      },
    },
    include: { variants: true },
  });
  variants.push(product.variants[0]!.id);
}

console.log(
  JSON.stringify({
    pegasus: `http://127.0.0.1:${(app.server.address() as { port: number }).port}`,
    bare: `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`,
    slug,
    siteId: site.id,
    variants,
  }),
);

process.on("SIGTERM", () => void stopBench());
async function stopBench(): Promise<void> {
  await app.close();
  await bare.close();
  await composition.close();
  process.exit(0);
}
