import { randomUUID } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { customerKey } from "../../server/commerce/discounts.ts";
import { openDatabase } from "../../server/db/client.ts";
import { migrate, MIGRATIONS_DIR, readMigrations } from "../../server/db/migrate.ts";

const MIGRATION = "20261207061500_orders_discount_redemptions";
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/**
 * Shops that ran before redemptions were recorded keep their per-customer limits: the migration
 * turns every paid order with a code into a redemption, keyed exactly as customerKey() keys it.
 */
it("records the codes of orders paid before the upgrade, keyed like customerKey()", async () => {
  const before = await mkdtemp(path.join(tmpdir(), "pegasus-migrations-"));
  dirs.push(before);
  for (const file of await readMigrations())
    if (file.name < MIGRATION)
      await cp(path.join(MIGRATIONS_DIR, file.name), path.join(before, file.name), {
        recursive: true,
      });
  const db = await openDatabase({ kind: "pglite" });
  try {
    await migrate(db.sql, { dir: before });
    const site = randomUUID();
    const discount = randomUUID();
    await db.sql.query(
      `INSERT INTO "Site" ("id", "name", "slug", "updatedAt") VALUES ($1, 'S', $1, now())`,
      [site],
    );
    await db.sql.query(
      `INSERT INTO "Discount" ("id", "siteId", "code", "kind", "updatedAt") VALUES ($1, $2, 'HELLO', 'percentage', now())`,
      [discount, site],
    );
    const emails = [
      "Ann+Shop@Example.com",
      "a.nn@example.com",
      "J.O.Smith+deals@gmail.com",
      "jo.smith@googlemail.com",
      "+only@example.com",
    ];
    const order = (email: string | null, paid: boolean, code: string | null) =>
      db.sql.query(
        `INSERT INTO "Order" ("id", "siteId", "token", "status", "email", "currency", "taxesIncluded", "subtotal", "total", "discountId", "reservedUntil", "paidAt", "updatedAt")
         VALUES ($1, $2, $1, $3, $4, 'USD', false, 100, 100, $5, now(), $6, now())`,
        [randomUUID(), site, paid ? "paid" : "pending", email, code, paid ? new Date() : null],
      );
    for (const email of emails) await order(email.toLowerCase(), true, discount);
    await order("unpaid@example.com", false, discount);
    await order("nocode@example.com", true, null);

    await migrate(db.sql);
    const rows = await db.sql.query<{ customerKey: string; email: string }>(
      `SELECT r."customerKey", o."email" FROM "DiscountRedemption" r JOIN "Order" o ON o."id" = r."orderId" WHERE r."discountId" = $1`,
      [discount],
    );
    expect(rows.map((r) => [r.email, r.customerKey]).sort()).toEqual(
      emails.map((e) => [e.toLowerCase(), customerKey(e)]).sort(),
    );
  } finally {
    await db.close();
  }
});
