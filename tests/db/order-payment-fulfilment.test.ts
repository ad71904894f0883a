import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { migrate } from "../../server/db/migrate.ts";
import { migratedUpTo, seedMug } from "./migrated-up-to.ts";

const MIGRATION = "20261210090000_order_payment_fulfilment";

/**
 * Shops upgraded with orders in every state: each keeps what the old single status said, now as
 * a payment and a fulfilment state, its payment as a Payment row, its shipment (and tracking) as
 * a Fulfilment of all its lines, and its lines, refunds, redemption and stock holds where they were.
 */
it("moves today's orders to payment and fulfilment states, payments and shipments", async () => {
  const db = await migratedUpTo(MIGRATION);
  try {
    const discount = randomUUID();
    const q = (text: string, params: unknown[] = []) => db.sql.query(text, params);
    const { site, product, variant } = await seedMug(q);
    await q(
      `INSERT INTO "Discount" ("id", "siteId", "code", "kind", "updatedAt") VALUES ($1, $2, 'HELLO', 'percentage', now())`,
      [discount, site],
    );
    const paidAt = new Date("2026-12-01T10:00:00Z");
    const shippedAt = new Date("2026-12-02T10:00:00Z");
    const ids: Record<string, string> = {};
    const order = async (
      key: string,
      status: string,
      more: {
        paid?: boolean;
        shipped?: boolean;
        refundedTotal?: number;
        paymentIntentRef?: string;
        cancelled?: boolean;
      } = {},
    ) => {
      const id = randomUUID();
      ids[key] = id;
      await q(
        `INSERT INTO "Order" ("id", "siteId", "number", "token", "status", "email", "currency", "taxesIncluded", "subtotal", "total", "refundedTotal",
           "paymentProvider", "paymentRef", "paymentIntentRef", "paymentAttempts", "trackingNumber", "trackingCarrier", "trackingUrl",
           "reservedUntil", "paidAt", "fulfilledAt", "cancelledAt", "discountId", "updatedAt")
         VALUES ($1, $2, $3, $4, $5::"OrderStatus", 'ann@example.com', 'USD', false, 2000, 2000, $6,
           $7, $8, $9, 1, $10, $11, $12, now(), $13, $14, $15, $16, now())`,
        [
          id,
          site,
          more.paid ? Object.keys(ids).length + 1000 : null,
          `token-${key}-${id}`,
          status,
          more.refundedTotal ?? 0,
          more.paid || more.paymentIntentRef ? "stripe" : null,
          more.paid || more.paymentIntentRef ? `cs_${key}` : null,
          more.paid ? `pi_${key}` : (more.paymentIntentRef ?? null),
          more.shipped ? `TRACK-${key}` : null,
          more.shipped ? "UPS" : null,
          more.shipped ? `https://ups.example/${key}` : null,
          more.paid ? paidAt : null,
          more.shipped ? shippedAt : null,
          more.cancelled ? shippedAt : null,
          more.paid ? discount : null,
        ],
      );
      await q(
        `INSERT INTO "OrderLine" ("id", "orderId", "productId", "variantId", "title", "unitPrice", "quantity", "refundedQuantity")
         VALUES ($1, $2, $3, $4, 'Mug', 1000, 2, $5)`,
        [
          randomUUID(),
          id,
          product,
          variant,
          key === "refunded" ? 2 : key === "partlyRefundedShipped" ? 1 : 0,
        ],
      );
      if (more.paid)
        await q(
          `INSERT INTO "DiscountRedemption" ("id", "discountId", "orderId", "customerKey") VALUES ($1, $2, $3, 'ann@example.com')`,
          [randomUUID(), discount, id],
        );
      return id;
    };
    await order("pending", "pending");
    await q(
      `INSERT INTO "InventoryReservation" ("id", "orderId", "variantId", "quantity", "expiresAt") VALUES ($1, $2, $3, 2, now() + interval '15 minutes')`,
      [randomUUID(), ids.pending, variant],
    );
    await order("paid", "paid", { paid: true });
    await order("fulfilled", "fulfilled", { paid: true, shipped: true });
    await order("partlyRefundedShipped", "partially_refunded", {
      paid: true,
      shipped: true,
      refundedTotal: 1000,
    });
    await order("refunded", "refunded", { paid: true, refundedTotal: 2000 });
    await order("abandoned", "cancelled", { cancelled: true });
    await order("paidTooLate", "cancelled", { cancelled: true, paymentIntentRef: "pi_late" });
    await order("cancelledPaid", "cancelled", { paid: true, cancelled: true, refundedTotal: 2000 });
    for (const [key, status] of [
      ["partlyRefundedShipped", "succeeded"],
      ["refunded", "succeeded"],
      ["paidTooLate", "succeeded"],
      ["cancelledPaid", "succeeded"],
    ] as const)
      await q(
        `INSERT INTO "Refund" ("id", "orderId", "amount", "status", "reason") VALUES ($1, $2, $3, $4, 'Changed mind')`,
        [randomUUID(), ids[key], key === "partlyRefundedShipped" ? 1000 : 2000, status],
      );

    await migrate(db.sql);

    const orders = await db.prisma.order.findMany({
      where: { siteId: site },
      include: {
        lines: true,
        payments: true,
        fulfilments: { include: { lines: true } },
        refunds: true,
        redemption: true,
        events: { orderBy: [{ at: "asc" }, { seq: "asc" }] },
      },
    });
    const byKey = (key: string) => orders.find((o) => o.id === ids[key])!;
    // Unpaid checkouts are no longer orders once migration 20261214090000_checkouts has run
    // (tests/db/checkouts-migration.test.ts): they are checkouts, with their stock holds.
    const unpaid = ["pending", "abandoned"];
    const states = Object.fromEntries(
      Object.keys(ids)
        .filter((key) => !unpaid.includes(key))
        .map((key) => {
          const o = byKey(key);
          return [key, [o.status, o.paymentStatus, o.fulfilmentStatus]];
        }),
    );
    expect(states).toEqual({
      paid: ["paid", "paid", "unfulfilled"],
      fulfilled: ["paid", "paid", "fulfilled"],
      // The case the old single status lost: refunded in part, and still shipped.
      partlyRefundedShipped: ["paid", "partially_refunded", "fulfilled"],
      refunded: ["paid", "refunded", "unfulfilled"],
      paidTooLate: ["cancelled", "voided", "cancelled"],
      cancelledPaid: ["cancelled", "refunded", "cancelled"],
    });

    const shipped = byKey("partlyRefundedShipped");
    expect(shipped.payments).toEqual([
      expect.objectContaining({
        provider: "stripe",
        providerRef: "cs_partlyRefundedShipped",
        refundRef: "pi_partlyRefundedShipped",
        amount: 2000,
        currency: "USD",
        status: "succeeded",
        attempt: 1,
      }),
    ]);
    expect(shipped.fulfilments).toHaveLength(1);
    expect(shipped.fulfilments[0]).toMatchObject({
      trackingNumber: "TRACK-partlyRefundedShipped",
      trackingCarrier: "UPS",
      trackingUrl: "https://ups.example/partlyRefundedShipped",
      createdAt: shippedAt,
    });
    expect(shipped.fulfilments[0]!.lines).toEqual([
      expect.objectContaining({ orderLineId: shipped.lines[0]!.id, quantity: 2 }),
    ]);
    expect(shipped.lines[0]).toMatchObject({ fulfilledQuantity: 2, refundedQuantity: 1 });
    expect(shipped.refunds).toEqual([
      expect.objectContaining({ amount: 1000, status: "succeeded" }),
    ]);
    expect(shipped.redemption?.discountId).toBe(discount);
    expect(shipped.events.map((e) => e.kind)).toEqual([
      "payment.paid",
      "fulfilment.shipped",
      "refund.succeeded",
    ]);

    // Unpaid checkouts have no payment and keep their stock hold; a late payment given back is one.
    for (const key of unpaid) expect(byKey(key)).toBeUndefined();
    const pending = await db.prisma.checkout.findUniqueOrThrow({
      where: { id: ids.pending! },
      include: { reservations: true },
    });
    expect(pending.reservations).toEqual([
      expect.objectContaining({ variantId: variant, quantity: 2, releasedAt: null }),
    ]);
    expect(byKey("paidTooLate").payments).toEqual([
      expect.objectContaining({ refundRef: "pi_late", status: "refunded" }),
    ]);
    expect(byKey("refunded").fulfilments).toEqual([]);
    expect(byKey("refunded").lines[0]).toMatchObject({ fulfilledQuantity: 0 });
  } finally {
    await db.close();
  }
});
