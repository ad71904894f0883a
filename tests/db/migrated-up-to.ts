import { randomUUID } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { openDatabase } from "../../server/db/client.ts";
import { migrate, MIGRATIONS_DIR, readMigrations } from "../../server/db/migrate.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/**
 * A PGlite database as the code before migration `name` left it: every migration before it.
 * Fill it as that code would, then `migrate(db.sql)` applies `name` and those after.
 */
export async function migratedUpTo(name: string) {
  const before = await mkdtemp(path.join(tmpdir(), "pegasus-migrations-"));
  dirs.push(before);
  for (const file of await readMigrations())
    if (file.name < name)
      await cp(path.join(MIGRATIONS_DIR, file.name), path.join(before, file.name), {
        recursive: true,
      });
  const db = await openDatabase({ kind: "pglite" });
  await migrate(db.sql, { dir: before });
  return db;
}

/** A site selling one product ("Mug", 10.00, 10 in stock, one variant), in the tables as they were. */
export async function seedMug(q: (text: string, params?: unknown[]) => Promise<unknown>) {
  const site = randomUUID();
  const product = randomUUID();
  const variant = randomUUID();
  await q(`INSERT INTO "Site" ("id", "name", "slug", "updatedAt") VALUES ($1, 'S', $1, now())`, [
    site,
  ]);
  await q(
    `INSERT INTO "Product" ("id", "siteId", "handle", "title", "updatedAt") VALUES ($1, $2, 'mug', 'Mug', now())`,
    [product, site],
  );
  await q(
    `INSERT INTO "ProductVariant" ("id", "productId", "siteId", "title", "price", "stock", "trackStock", "updatedAt") VALUES ($1, $2, $3, 'Default Title', 1000, 10, true, now())`,
    [variant, product, site],
  );
  return { site, product, variant };
}
