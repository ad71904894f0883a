import { afterAll, describe, expect, it } from "vitest";
import { FakePayPal } from "../../server/commerce/payments/fake-paypal.ts";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper } from "./helpers.ts";

/**
 * The order timeline on the PayPal path (Stripe's is tests/commerce/stripe-events.test.ts): every
 * payment, refund, dispute and fulfilment event is an entry of the merchant's order page, from
 * a capture held for review to a dispute decided, and a checkout given up says so too.
 */
const fake = new FakePayPal();
const paypalUrl = await fake.start();
afterAll(() => fake.stop());
const { app, deps } = await useTestApp({
  env: {
    PAYPAL_CLIENT_ID: fake.clientId,
    PAYPAL_CLIENT_SECRET: fake.clientSecret,
    PAYPAL_WEBHOOK_ID: fake.webhookId,
    PAYPAL_API_BASE: paypalUrl,
  },
});
const shop = await createShop(app, deps, { currency: "EUR" });
await shop.as("mutation", "paypal.connect", { merchantId: "TIMELINEMERCH" });

const send = async (event: unknown) => {
  const payload = JSON.stringify(event);
  const res = await app.inject({
    method: "POST",
    url: "/api/webhooks/paypal",
    headers: { "content-type": "application/json", ...fake.sign(payload) },
    payload,
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { outcome: string }).outcome;
};

async function payPalCheckout(units = 2) {
  const product = await createProduct(shop, { title: "Stoneware Mug", price: 1_800, stock: 5 });
  const shopper = new Shopper(app, shop);
  await shopper.add(product.variants[0]!.id, units);
  const { token } = await shopper.startCheckout();
  expect((await shopper.information(token!)).statusCode).toBe(200);
  expect((await shopper.post(`/api/checkout/${token}/pay`, { method: "paypal" })).statusCode).toBe(
    200,
  );
  // Until PayPal's money is in, this is a checkout; its order keeps its id (decision 0014).
  const order = await deps.db.prisma.checkout.findFirstOrThrow({ where: { token } });
  fake.approve(order.paymentRef!);
  const back = () =>
    shopper.get(
      `/api/checkout/${token}/return?site=${shop.slug}&token=${order.paymentRef}&PayerID=SHOPPER0000001`,
    );
  return { order, paypalOrderId: order.paymentRef!, back };
}

async function timeline(orderId: string) {
  const got = await shop.as("query", "orders.get", { orderId });
  expect(got.status, JSON.stringify(got.error)).toBe(200);
  return got.data as {
    timeline: { kind: string; message: string; data: Record<string, unknown> | null }[];
    dispute: { evidenceDueBy: string | null } | null;
  };
}

const dispute = (captureId: string, extra: Record<string, unknown> = {}) => ({
  dispute_id: "PP-D-4000123",
  reason: "MERCHANDISE_OR_SERVICE_NOT_RECEIVED",
  status: "WAITING_FOR_SELLER_RESPONSE",
  dispute_amount: { currency_code: "EUR", value: "36.00" },
  seller_response_due_date: "2026-12-30T10:00:00Z",
  disputed_transactions: [{ seller_transaction_id: captureId }],
  ...extra,
});

describe("the order timeline, PayPal", () => {
  it("records a held capture, the payment, each shipment, a refund and a dispute opened then lost", async () => {
    const c = await payPalCheckout(2);
    fake.captureOutcome = "PENDING";
    try {
      await c.back();
    } finally {
      fake.captureOutcome = "COMPLETED";
    }
    const capture = fake.capture(c.paypalOrderId)!;
    expect(await send(fake.event("PAYMENT.CAPTURE.PENDING", capture))).toBe("processed");
    const held = await deps.db.prisma.checkout.findUniqueOrThrow({ where: { id: c.order.id } });
    expect(held).toMatchObject({ status: "processing", orderId: null });

    capture.status = "COMPLETED";
    expect(await send(fake.event("PAYMENT.CAPTURE.COMPLETED", capture))).toBe("processed");
    const line = (
      await deps.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: c.order.id } })
    ).id;
    for (let shipment = 0; shipment < 2; shipment++)
      expect(
        (
          await shop.as("mutation", "orders.fulfil", {
            orderId: c.order.id,
            lines: [{ lineId: line, quantity: 1 }],
            trackingNumber: `TRACK${shipment}`,
            notifyCustomer: false,
          })
        ).status,
      ).toBe(200);
    expect(
      (
        await shop.as("mutation", "orders.refund", {
          orderId: c.order.id,
          amount: 500,
          restock: false,
        })
      ).status,
    ).toBe(200);

    expect(await send(fake.event("CUSTOMER.DISPUTE.CREATED", dispute(capture.id)))).toBe(
      "processed",
    );
    const open = await timeline(c.order.id);
    expect(open.dispute).toMatchObject({ evidenceDueBy: "2026-12-30T10:00:00.000Z" });

    const resolved = dispute(capture.id, {
      status: "RESOLVED",
      dispute_outcome: { outcome_code: "RESOLVED_BUYER_FAVOUR" },
      dispute_amount: { currency_code: "EUR", value: "10.00" },
    });
    expect(await send(fake.event("CUSTOMER.DISPUTE.RESOLVED", resolved))).toBe("processed");
    // Repeated: nothing twice.
    expect(await send(fake.event("CUSTOMER.DISPUTE.RESOLVED", resolved))).toBe("processed");

    const done = await timeline(c.order.id);
    expect(done.dispute).toBeNull();
    expect(done.timeline.map((e) => e.kind)).toEqual([
      "payment.processing",
      "payment.paid",
      "fulfilment.shipped",
      "fulfilment.shipped",
      "refund.succeeded",
      "dispute.created",
      "dispute.closed",
    ]);
    expect(done.timeline.find((e) => e.kind === "dispute.created")!.message).toBe(
      "Dispute opened for €36.00 (merchandise or service not received); evidence due by 2026-12-30",
    );
    expect(done.timeline.at(-1)!.message).toBe(
      "Dispute lost: €10.00 went back to the shopper's bank",
    );
    // The figures the app words each event with, in the merchant's language.
    expect(done.timeline.map((e) => e.data)).toEqual([
      expect.objectContaining({ amount: 3600, currency: "EUR" }),
      expect.objectContaining({ amount: 3600, currency: "EUR", provider: "paypal" }),
      expect.objectContaining({ lines: [{ lineId: line, quantity: 1 }], trackingNumber: "TRACK0" }),
      expect.objectContaining({ lines: [{ lineId: line, quantity: 1 }], trackingNumber: "TRACK1" }),
      expect.objectContaining({ amount: 500, currency: "EUR", lines: [], shipping: false }),
      expect.objectContaining({
        amount: 3600,
        currency: "EUR",
        reason: "merchandise_or_service_not_received",
        evidenceDueBy: "2026-12-30T10:00:00.000Z",
      }),
      expect.objectContaining({ amount: 1000, currency: "EUR", won: false, lost: 1000 }),
    ]);
  });

  it("records a dispute won, and a denied capture cancels its checkout", async () => {
    const won = await payPalCheckout(1);
    await won.back();
    const capture = fake.capture(won.paypalOrderId)!;
    await send(
      fake.event("CUSTOMER.DISPUTE.CREATED", dispute(capture.id, { dispute_id: "PP-D-2" })),
    );
    await send(
      fake.event(
        "CUSTOMER.DISPUTE.RESOLVED",
        dispute(capture.id, {
          dispute_id: "PP-D-2",
          dispute_outcome: { outcome_code: "RESOLVED_SELLER_FAVOUR" },
        }),
      ),
    );
    const after = await deps.db.prisma.order.findUniqueOrThrow({ where: { id: won.order.id } });
    expect(after.paymentStatus).toBe("paid");
    expect((await timeline(won.order.id)).timeline.map((e) => e.kind)).toEqual([
      "payment.paid",
      "dispute.created",
      "dispute.closed",
    ]);

    const denied = await payPalCheckout(1);
    fake.captureOutcome = "PENDING";
    try {
      await denied.back();
    } finally {
      fake.captureOutcome = "COMPLETED";
    }
    const held = fake.capture(denied.paypalOrderId)!;
    await send(fake.event("PAYMENT.CAPTURE.PENDING", held));
    held.status = "DECLINED";
    await send(fake.event("PAYMENT.CAPTURE.DENIED", held));
    // Never paid, so never an order: the checkout is cancelled, its stock freed (decision 0014).
    const failed = await deps.db.prisma.checkout.findUniqueOrThrow({
      where: { id: denied.order.id },
    });
    expect(failed).toMatchObject({
      status: "cancelled",
      orderId: null,
      cancelReason: "PayPal declined the payment",
    });
    expect(await deps.db.prisma.order.findUnique({ where: { id: denied.order.id } })).toBeNull();
  });
});
