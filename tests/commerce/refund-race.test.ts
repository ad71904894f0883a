import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.ts";
import { testDatabaseKinds } from "../helpers/database.ts";
import { createProduct, createShop, Shopper, type Shop } from "./helpers.ts";

/**
 * A merchant (or two, or a double click) sending several line refunds with restock at the same
 * moment: together they never refund or restock more units than were sold. On real PostgreSQL
 * (DATABASE_URL) with a pool of connections, as well as on PGlite.
 */
describe.each(testDatabaseKinds())("simultaneous line refunds, on %s", (kind) => {
  let t: TestApp;
  let shop: Shop;
  beforeAll(async () => {
    t = await createTestApp({ kind });
    shop = await createShop(t.app, t.deps);
    // Paid shipping, so an order's total is more than its items' value.
    const zone = await shop.as("mutation", "shipping.createZone", {
      zone: {
        name: "Everywhere",
        countries: ["*"],
        rates: [{ name: "Courier", kind: "flat", price: 900 }],
      },
    });
    expect(zone.status, JSON.stringify(zone.error)).toBe(200);
  });
  afterAll(() => t.close());

  async function soldTwo() {
    const product = await createProduct(shop, { title: "Stoneware Jug", price: 3400, stock: 10 });
    const variantId = product.variants[0]!.id;
    const token = await new Shopper(t.app, shop).buy(variantId, 2);
    const order = await t.deps.db.prisma.order.findFirstOrThrow({
      where: { token },
      include: { lines: true },
    });
    expect(order.total).toBe(2 * 3400 + 900);
    const stock = async () =>
      (await t.deps.db.prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock;
    expect(await stock()).toBe(8);
    return { order, line: order.lines[0]!, stock };
  }

  async function refundAtOnce(orderId: string, inputs: Record<string, unknown>[]) {
    const results = await Promise.all(
      inputs.map((input) =>
        shop.as("mutation", "orders.refund", { orderId, restock: true, ...input }),
      ),
    );
    for (const r of results)
      if (r.status !== 200) expect(r.status, JSON.stringify(r.error)).toBe(400);
    const order = await t.deps.db.prisma.order.findUniqueOrThrow({
      where: { id: orderId },
      include: { lines: true, refunds: true },
    });
    return { results, order };
  }

  it(
    "six refunds of the whole line at once: one goes through, the units come back once",
    { timeout: 120_000 },
    async () => {
      const { order, line, stock } = await soldTwo();
      const { results, order: after } = await refundAtOnce(
        order.id,
        Array.from({ length: 6 }, () => ({ lines: [{ lineId: line.id, quantity: 2 }] })),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      for (const r of results.filter((r) => r.status !== 200))
        expect(r.error!.message).toBe("Every unit of Stoneware Jug has been refunded already.");
      expect(await stock()).toBe(10);
      expect(after.lines[0]!.refundedQuantity).toBe(2);
      // The items' value went back; shipping was not asked for.
      expect(after.refundedTotal).toBe(2 * 3400);
      expect(after.refunds.filter((r) => r.status === "succeeded")).toHaveLength(1);
    },
  );

  it(
    "six refunds of one unit at once: two go through, stock rises by two",
    { timeout: 120_000 },
    async () => {
      const { order, line, stock } = await soldTwo();
      const { results, order: after } = await refundAtOnce(
        order.id,
        Array.from({ length: 6 }, () => ({ lines: [{ lineId: line.id, quantity: 1 }] })),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(2);
      expect(await stock()).toBe(10);
      expect(after.lines[0]!.refundedQuantity).toBe(2);
      expect(after.refundedTotal).toBe(2 * 3400);
    },
  );

  it(
    "six small refunds naming the line at once: the units are refunded and restocked once",
    { timeout: 120_000 },
    async () => {
      const { order, line, stock } = await soldTwo();
      const { results, order: after } = await refundAtOnce(
        order.id,
        Array.from({ length: 6 }, () => ({
          lines: [{ lineId: line.id, quantity: 2 }],
          amount: 100,
        })),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(await stock()).toBe(10);
      expect(after.lines[0]!.refundedQuantity).toBe(2);
      expect(after.refundedTotal).toBe(100);
    },
  );
});
