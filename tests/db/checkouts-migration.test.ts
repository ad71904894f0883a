import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { migrate } from "../../server/db/migrate.ts";
import { migratedUpTo, seedMug } from "./migrated-up-to.ts";

const MIGRATION = "20261214090000_checkouts";

/**
 * A shop upgraded with checkouts and orders in every state, as the code before the reshape wrote
 * them (one Order row per checkout): unpaid ones become checkouts with their lines and stock
 * holds and stop being orders; paid ones stay orders, with a completed checkout of the same id
 * and token pointing to them; a cancelled one that took money (given back) stays an order too.
 */
it("moves pending and cancelled orders to checkouts and gives paid orders their checkout", async () => {
  const db = await migratedUpTo(MIGRATION);
  try {
    const cart = randomUUID();
    const q = (text: string, params: unknown[] = []) => db.sql.query(text, params);
    const { site, product, variant } = await seedMug(q);
    const paidAt = new Date("2026-12-01T10:00:00Z");
    const ids: Record<string, string> = {};
    const lines: Record<string, string> = {};
    const order = async (
      key: string,
      state: {
        status: "pending" | "paid" | "cancelled";
        paymentStatus: string;
        fulfilmentStatus?: string;
        paid?: boolean;
        cancelReason?: string;
        paymentIntentRef?: string;
        claimed?: boolean;
      },
    ) => {
      const id = randomUUID();
      ids[key] = id;
      lines[key] = randomUUID();
      await q(
        `INSERT INTO "Order" ("id", "siteId", "number", "token", "status", "paymentStatus", "fulfilmentStatus", "cartId", "email", "customerName",
           "shippingAddress", "shippingRateName", "currency", "taxesIncluded", "subtotal", "shippingTotal", "total", "discountNotice",
           "paymentProvider", "paymentRef", "paymentIntentRef", "paymentAttempts", "paymentClaimedAt", "cancelReason",
           "reservedUntil", "paidAt", "cancelledAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5::"OrderStatus", $6::"PaymentStatus", $7::"FulfilmentStatus", $8, 'ann@example.com', 'Ann',
           '{"name":"Ann","line1":"1 Main St","city":"Springfield","country":"US"}', 'Standard', 'USD', false, 2000, 500, 2500, $9,
           $10, $11, $12, 1, $13, $14, now() + interval '15 minutes', $15, $16, now())`,
        [
          id,
          site,
          state.paid ? Object.keys(ids).length + 1000 : null,
          `token-${key}-${id}`,
          state.status,
          state.paymentStatus,
          state.fulfilmentStatus ?? "unfulfilled",
          cart,
          key === "pending" ? "The code OLD has expired." : null,
          state.paid || state.paymentIntentRef ? "stripe" : null,
          state.paid || state.paymentIntentRef || key === "processing" ? `cs_${key}` : null,
          state.paid ? `pi_${key}` : (state.paymentIntentRef ?? null),
          state.claimed ? paidAt : null,
          state.cancelReason ?? null,
          state.paid ? paidAt : null,
          state.status === "cancelled" ? paidAt : null,
        ],
      );
      await q(
        `INSERT INTO "OrderLine" ("id", "orderId", "productId", "variantId", "title", "unitPrice", "quantity", "discount", "tax")
         VALUES ($1, $2, $3, $4, 'Mug', 1000, 2, 0, 0)`,
        [lines[key], id, product, variant],
      );
      return id;
    };
    const hold = (key: string, released: boolean) =>
      q(
        `INSERT INTO "InventoryReservation" ("id", "orderId", "variantId", "quantity", "expiresAt", "releasedAt") VALUES ($1, $2, $3, 2, now() + interval '15 minutes', $4)`,
        [randomUUID(), ids[key], variant, released ? paidAt : null],
      );
    await order("pending", { status: "pending", paymentStatus: "pending", claimed: true });
    await hold("pending", false);
    await order("processing", { status: "pending", paymentStatus: "processing" });
    await hold("processing", false);
    await q(
      `INSERT INTO "OrderEvent" ("id", "orderId", "kind", "message", "at") VALUES ($1, $2, 'payment.processing', 'Payment processing', $3)`,
      [randomUUID(), ids.processing, paidAt],
    );
    await order("abandoned", {
      status: "cancelled",
      paymentStatus: "voided",
      fulfilmentStatus: "cancelled",
      cancelReason: "Checkout abandoned",
    });
    await hold("abandoned", true);
    await order("failed", {
      status: "cancelled",
      paymentStatus: "failed",
      fulfilmentStatus: "cancelled",
      cancelReason: "Payment failed",
    });
    await order("paidTooLate", {
      status: "cancelled",
      paymentStatus: "voided",
      fulfilmentStatus: "cancelled",
      cancelReason: "Checkout abandoned",
      paymentIntentRef: "pi_late",
    });
    await q(
      `INSERT INTO "Payment" ("id", "orderId", "provider", "providerRef", "refundRef", "amount", "currency", "status", "updatedAt") VALUES ($1, $2, 'stripe', 'cs_late', 'pi_late', 2500, 'USD', 'refunded', now())`,
      [randomUUID(), ids.paidTooLate],
    );
    await order("paid", { status: "paid", paymentStatus: "paid", paid: true });
    await hold("paid", true);
    await q(
      `INSERT INTO "Payment" ("id", "orderId", "provider", "providerRef", "refundRef", "amount", "currency", "status", "attempt", "updatedAt") VALUES ($1, $2, 'stripe', 'cs_paid', 'pi_paid', 2500, 'USD', 'succeeded', 1, now())`,
      [randomUUID(), ids.paid],
    );

    await migrate(db.sql);

    const checkouts = await db.prisma.checkout.findMany({
      where: { siteId: site },
      include: { lines: true, reservations: true },
    });
    const checkout = (key: string) => checkouts.find((c) => c.id === ids[key])!;
    expect(Object.fromEntries(Object.keys(ids).map((key) => [key, checkout(key).status]))).toEqual({
      pending: "open",
      processing: "processing",
      abandoned: "expired",
      failed: "cancelled",
      paidTooLate: "expired",
      paid: "completed",
    });
    // Every checkout keeps its token, lines (same ids), totals and payment claim.
    expect(checkout("pending")).toMatchObject({
      token: `token-pending-${ids.pending}`,
      cartId: cart,
      email: "ann@example.com",
      shippingAddress: expect.objectContaining({ country: "US" }),
      total: 2500,
      shippingTotal: 500,
      discountNotice: "The code OLD has expired.",
      paymentAttempts: 1,
      paymentClaimedAt: paidAt,
      orderId: null,
    });
    expect(checkout("pending").lines).toEqual([
      expect.objectContaining({
        id: lines.pending,
        variantId: variant,
        quantity: 2,
        unitPrice: 1000,
      }),
    ]);
    // The stock holds moved with them, live ones still live.
    expect(checkout("pending").reservations).toEqual([
      expect.objectContaining({ variantId: variant, quantity: 2, releasedAt: null }),
    ]);
    expect(checkout("processing")).toMatchObject({
      processingSince: paidAt,
      paymentRef: "cs_processing",
    });
    expect(checkout("processing").reservations).toHaveLength(1);
    expect(checkout("abandoned").reservations).toEqual([
      expect.objectContaining({ releasedAt: paidAt }),
    ]);
    expect(checkout("paid")).toMatchObject({ orderId: ids.paid, completedAt: paidAt });
    expect(checkout("paidTooLate").orderId).toBe(ids.paidTooLate);

    // Only what took money is an order.
    const orders = await db.prisma.order.findMany({
      where: { siteId: site },
      include: { lines: true, payments: true },
    });
    expect(orders.map((o) => o.id).sort()).toEqual([ids.paid, ids.paidTooLate].sort());
    const paid = orders.find((o) => o.id === ids.paid)!;
    expect(paid).toMatchObject({ status: "paid", paymentStatus: "paid", number: 1006 });
    expect(paid.token).toBe(checkout("paid").token);
    expect(paid.lines.map((l) => l.id)).toEqual([lines.paid]);
    expect(paid.payments).toEqual([expect.objectContaining({ refundRef: "pi_paid" })]);
    expect(orders.find((o) => o.id === ids.paidTooLate)!.payments).toEqual([
      expect.objectContaining({ refundRef: "pi_late", status: "refunded" }),
    ]);
    // Nothing of the unpaid ones is left on the order side.
    const rows = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "OrderLine" WHERE "orderId" = ANY($1)`,
      [[ids.pending, ids.processing, ids.abandoned, ids.failed]],
    );
    expect(rows[0]!.n).toBe(0);
  } finally {
    await db.close();
  }
});
