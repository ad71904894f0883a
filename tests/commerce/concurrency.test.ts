import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/app.ts";
import { testDatabaseKinds } from "../helpers/database.ts";
import { createProduct, createShop, Shopper } from "./helpers.ts";

/**
 * The last units of a variant, fought over by many shoppers at the same moment: exactly as many
 * orders as there are units are paid, stock ends at zero and is never negative on the way, and
 * everyone else is told plainly that it sold out. On real PostgreSQL (DATABASE_URL) with a pool
 * of connections, as well as on the single-connection PGlite.
 */
describe.each(testDatabaseKinds())("50 shoppers, 10 in stock, on %s", (kind) => {
  it(
    "pays exactly 10 orders and tells the other 40 it sold out",
    { timeout: 120_000 },
    async () => {
      const { app, deps, close } = await createTestApp({ kind });
      try {
        const shop = await createShop(app, deps);
        const product = await createProduct(shop, { title: "Last Batch", price: 1850, stock: 10 });
        const variantId = product.variants[0]!.id;
        const shoppers = Array.from({ length: 50 }, () => new Shopper(app, shop));
        for (const shopper of shoppers)
          expect((await shopper.add(variantId, 1)).statusCode).toBe(200);

        let lowest = Infinity;
        let watching = true;
        const watcher = (async () => {
          while (watching) {
            const row = await deps.db.prisma.productVariant.findUniqueOrThrow({
              where: { id: variantId },
            });
            lowest = Math.min(lowest, row.stock);
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
        })();

        const results = await Promise.all(
          shoppers.map(async (shopper) => {
            const started = await shopper.startCheckout();
            if (!started.token)
              return { outcome: "refused", status: started.status, message: started.error };
            const info = await shopper.information(started.token);
            if (info.statusCode !== 200)
              return { outcome: "refused", status: info.statusCode, message: info.body };
            const paid = await shopper.pay(started.token);
            return paid.statusCode === 200
              ? { outcome: "paid", status: 200, message: "" }
              : {
                  outcome: "refused",
                  status: paid.statusCode,
                  message: (paid.json() as { error: string }).error,
                };
          }),
        );
        watching = false;
        await watcher;

        const paid = results.filter((r) => r.outcome === "paid");
        const refused = results.filter((r) => r.outcome === "refused");
        expect(paid).toHaveLength(10);
        expect(refused).toHaveLength(40);
        for (const r of refused) {
          expect(r.status).toBe(409);
          expect(r.message).toBe("Sorry, Last Batch is sold out.");
        }
        const variant = await deps.db.prisma.productVariant.findUniqueOrThrow({
          where: { id: variantId },
        });
        expect(variant.stock).toBe(0);
        expect(lowest).toBeGreaterThanOrEqual(0);
        expect(
          await deps.db.prisma.order.count({ where: { siteId: shop.siteId, status: "paid" } }),
        ).toBe(10);
        // Order numbers are unique and gap-free among paid orders.
        const numbers = (
          await deps.db.prisma.order.findMany({
            where: { siteId: shop.siteId, status: "paid" },
            select: { number: true },
          })
        )
          .map((o) => o.number)
          .sort();
        expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => 1001 + i));
        // Nothing is left holding stock.
        expect(
          await deps.db.prisma.inventoryReservation.count({
            where: { variantId, releasedAt: null },
          }),
        ).toBe(0);
      } finally {
        await close();
      }
    },
  );
});
