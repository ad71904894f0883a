import { afterAll, describe, expect, it } from "vitest";
import { releaseExpiredCheckouts } from "../../server/commerce/orders.ts";
import { FakeStripe } from "../../server/commerce/payments/fake-stripe.ts";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper, orderOrCheckout } from "./helpers.ts";

/**
 * Stripe's events after the checkout, sent signed to the app: delayed methods (SEPA, ACH) that
 * succeed or fail days later, refunds that settle or fail, disputes opened and decided. Each one
 * twice, out of order and with a bad signature.
 */
const fake = new FakeStripe();
const stripeUrl = await fake.start();
afterAll(() => fake.stop());
let clock = Date.now();
const DAY = 86_400_000;
const { app, deps } = await useTestApp({
  now: () => new Date(clock),
  env: {
    STRIPE_SECRET_KEY: "sk_test_pegasusfake123",
    STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
    STRIPE_API_BASE: stripeUrl,
  },
});
const shop = await createShop(app, deps);

async function checkout() {
  const product = await createProduct(shop, { title: "Pour-over Stand", price: 4200, stock: 1 });
  const shopper = new Shopper(app, shop);
  await shopper.add(product.variants[0]!.id, 1);
  const { token } = await shopper.startCheckout();
  expect((await shopper.information(token!)).statusCode).toBe(200);
  const pay = await shopper.post(`/api/checkout/${token}/pay`, {});
  expect(pay.statusCode, pay.body).toBe(200);
  const order = await orderOrCheckout(deps.db.prisma, { token });
  return { product, shopper, order, sessionId: order.paymentRef! };
}

async function paid() {
  const c = await checkout();
  const session = fake.completeSession(c.sessionId);
  expect(await outcome(fake.event("checkout.session.completed", session))).toBe("processed");
  return { ...c, intent: session.payment_intent! };
}

function send(event: unknown, secret?: string) {
  const payload = JSON.stringify(event);
  return app.inject({
    method: "POST",
    url: "/api/webhooks/stripe",
    headers: {
      "content-type": "application/json",
      // Signed at the app's clock: it checks the signature's age against its own now.
      "stripe-signature": fake.sign(payload, { timestamp: Math.floor(clock / 1000), secret }),
    },
    payload,
  });
}

async function outcome(event: unknown) {
  const res = await send(event);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { outcome: string }).outcome;
}

const row = (id: string) => orderOrCheckout(deps.db.prisma, { id });
const stock = async (variantId: string) =>
  (await deps.db.prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock;
const timeline = async (id: string) =>
  (
    await deps.db.prisma.orderEvent.findMany({ where: { orderId: id }, orderBy: { seq: "asc" } })
  ).map((e) => e.message);
const audits = (id: string, action: string) =>
  deps.db.prisma.auditLog.count({ where: { target: id, action } });

/** The session as Stripe sends it when a delayed method was chosen: complete, not yet paid. */
function processing(sessionId: string) {
  const session = fake.completeSession(sessionId);
  session.payment_status = "unpaid";
  return fake.event("checkout.session.completed", structuredClone(session));
}

describe("delayed payment methods", () => {
  it("holds a processing checkout past the sweeper and completes it when the bank pays 3 days later", async () => {
    const { order, sessionId, product, shopper } = await checkout();
    const completed = processing(sessionId);
    expect(await outcome(completed)).toBe("processed");
    expect(await outcome(completed)).toBe("duplicate");
    expect(await row(order.id)).toMatchObject({ status: "pending", paymentStatus: "processing" });
    // The bank is still deciding: a checkout, processing, and no order yet (decision 0014).
    const processingAt = new Date(clock);
    expect(
      await deps.db.prisma.checkout.findUniqueOrThrow({ where: { id: order.id } }),
    ).toMatchObject({ status: "processing", orderId: null, processingSince: processingAt });
    expect(await deps.db.prisma.order.count({ where: { id: order.id } })).toBe(0);
    const page = await shopper.get(`/s/${shop.slug}/orders/${order.token}`);
    expect(page.body).toContain("Your bank is processing your payment");
    // Pay again while the bank settles would open a second payment: refused, nothing sent.
    const sessionsBefore = fake.requests.length;
    const again = await shopper.post(`/api/checkout/${order.token}/pay`, {});
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain("Your bank is processing your payment for this order");
    expect(fake.requests.length).toBe(sessionsBefore);

    // Three days on: the sweeper runs, another shopper wants the last unit.
    clock += 3 * DAY;
    await releaseExpiredCheckouts(deps);
    expect(await row(order.id)).toMatchObject({ status: "pending", paymentStatus: "processing" });
    const other = new Shopper(app, shop);
    const add = await other.post("/api/cart/lines", {
      variantId: product.variants[0]!.id,
      quantity: 1,
    });
    const { token: otherToken } = await other.startCheckout();
    const otherStart = await other.information(otherToken ?? "none");
    expect(add.statusCode === 200 && otherToken && otherStart.statusCode === 200).toBeFalsy();

    fake.session(sessionId).payment_status = "paid";
    const succeeded = fake.event(
      "checkout.session.async_payment_succeeded",
      structuredClone(fake.session(sessionId)),
    );
    expect(await outcome(succeeded)).toBe("processed");
    expect(await outcome(succeeded)).toBe("duplicate");
    expect(await row(order.id)).toMatchObject({ status: "paid", paymentStatus: "paid" });
    expect(await stock(product.variants[0]!.id)).toBe(0);
    expect(await audits(order.id, "order.paid")).toBe(1);
    // The order was created when the money came, and its timeline starts when processing did.
    expect(
      await deps.db.prisma.checkout.findUniqueOrThrow({ where: { id: order.id } }),
    ).toMatchObject({ status: "completed", orderId: order.id });
    const events = await deps.db.prisma.orderEvent.findMany({
      where: { orderId: order.id },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.kind, e.at])).toEqual([
      ["payment.processing", processingAt],
      ["payment.paid", new Date(clock)],
    ]);
    // A failure after the success (out of order, or about the same page) undoes nothing.
    expect(await outcome(fake.asyncPaymentFailed(sessionId))).toBe("processed");
    expect(await row(order.id)).toMatchObject({ status: "paid", paymentStatus: "paid" });
    // And a late "completed, unpaid" cannot bring it back to processing.
    expect(await outcome(processing(sessionId))).toBe("processed");
    expect((await row(order.id)).paymentStatus).toBe("paid");
  });

  it("cancels a checkout whose delayed payment fails, frees its stock and tells the shopper", async () => {
    const { order, sessionId, product, shopper } = await checkout();
    expect(await outcome(processing(sessionId))).toBe("processed");
    clock += 2 * DAY;
    const failed = fake.asyncPaymentFailed(sessionId);
    const badSignature = await send(failed, "whsec_notthesecret000");
    expect(badSignature.statusCode).toBe(400);
    expect((await row(order.id)).paymentStatus).toBe("processing");
    expect(await outcome(failed)).toBe("processed");
    expect(await outcome(failed)).toBe("duplicate");
    expect(await row(order.id)).toMatchObject({
      status: "cancelled",
      paymentStatus: "failed",
      fulfilmentStatus: "cancelled",
    });
    expect(
      await deps.db.prisma.inventoryReservation.count({
        where: { checkoutId: order.id, releasedAt: null },
      }),
    ).toBe(0);
    expect(await stock(product.variants[0]!.id)).toBe(1);
    // No money came: the checkout never became an order, so there is no timeline; the audit
    // log (the checkout's id, which an order would keep) says what happened.
    expect(await timeline(order.id)).toEqual([]);
    expect(await audits(order.id, "order.payment_failed")).toBe(1);
    const page = await shopper.get(`/s/${shop.slug}/orders/${order.token}`);
    expect(page.body).toContain("Your payment failed");
    // The success arriving after all (out of order) finds a cancelled checkout: money goes back.
    fake.session(sessionId).payment_status = "paid";
    await outcome(
      fake.event(
        "checkout.session.async_payment_succeeded",
        structuredClone(fake.session(sessionId)),
      ),
    );
    expect((await row(order.id)).status).toBe("cancelled");
  });
});

describe("refund updates", () => {
  it("keeps a pending refund pending, then counts it once Stripe says it succeeded", async () => {
    const { order } = await paid();
    fake.refundStatus = "pending";
    const res = await shop.as("mutation", "orders.refund", { orderId: order.id, amount: 1000 });
    fake.refundStatus = "succeeded";
    expect(res.status, JSON.stringify(res.error)).toBe(200);
    expect(await row(order.id)).toMatchObject({ paymentStatus: "paid", refundedTotal: 0 });
    const refund = fake.refunds.at(-1)!;
    // Still pending: what we already hold, nothing to change.
    expect(await outcome(fake.refundUpdated(refund.id, "pending"))).toBe("ignored");
    expect((await row(order.id)).refundedTotal).toBe(0);
    const done = fake.refundUpdated(refund.id, "succeeded");
    expect(await outcome(done)).toBe("processed");
    expect(await outcome(done)).toBe("duplicate");
    expect(await outcome(fake.refundUpdated(refund.id, "succeeded"))).toBe("processed");
    expect(await row(order.id)).toMatchObject({
      paymentStatus: "partially_refunded",
      refundedTotal: 1000,
    });
    expect((await timeline(order.id)).filter((m) => m === "Refunded: $10.00")).toHaveLength(1);
  });

  it("frees a failed refund's amount again and shows the merchant it failed", async () => {
    const { order } = await paid();
    fake.refundStatus = "pending";
    await shop.as("mutation", "orders.refund", { orderId: order.id, amount: order.total });
    fake.refundStatus = "succeeded";
    const refund = fake.refunds.at(-1)!;
    const failed = fake.refundUpdated(refund.id, "failed");
    expect((await send(failed, "whsec_notthesecret000")).statusCode).toBe(400);
    expect(await outcome(failed)).toBe("processed");
    expect(await outcome(failed)).toBe("duplicate");
    // A success reported after the failure (out of order) changes nothing.
    expect(await outcome(fake.refundUpdated(refund.id, "succeeded"))).toBe("processed");
    expect(await row(order.id)).toMatchObject({ paymentStatus: "paid", refundedTotal: 0 });
    const detail = await shop.as("query", "orders.get", { orderId: order.id });
    const body = JSON.stringify(detail.data);
    expect(body).toContain("Refund of $42.00 failed at the payment provider");
    expect((detail.data as { order: { actions: { refund: boolean } } }).order.actions.refund).toBe(
      true,
    );
  });

  it("has Stripe retry an update of one of our refunds that overtook our record of it", async () => {
    const { intent } = await paid();
    // A refund Stripe knows and we do not (yet): ours by its metadata.
    fake.refunds.push({
      id: "re_overtaking",
      object: "refund",
      amount: 500,
      currency: "usd",
      payment_intent: intent,
      status: "pending",
      metadata: { pegasus_refund: "refund-not-yet-recorded" },
      reverse_transfer: false,
      refund_application_fee: false,
    });
    const early = await send(fake.refundUpdated("re_overtaking", "failed"));
    expect(early.statusCode).toBe(500);
    // One made in Stripe's dashboard is not ours: ignored (charge.refunded counts its money).
    fake.refunds.at(-1)!.metadata = {};
    expect(await outcome(fake.refundUpdated("re_overtaking", "failed"))).toBe("ignored");
  });
});

describe("disputes", () => {
  it("flags the order disputed with its evidence deadline, and a won dispute returns it to paid", async () => {
    const { order, intent } = await paid();
    const dueBy = Math.floor(clock / 1000) + 9 * 86_400;
    const created = fake.dispute("charge.dispute.created", intent, order.total, "usd", {
      id: "dp_won",
      evidenceDueBy: dueBy,
      reason: "product_not_received",
    });
    expect((await send(created, "whsec_notthesecret000")).statusCode).toBe(400);
    expect(await outcome(created)).toBe("processed");
    expect(await outcome(created)).toBe("duplicate");
    expect((await row(order.id)).paymentStatus).toBe("disputed");
    expect(await audits(order.id, "order.disputed")).toBe(1);
    const detail = await shop.as("query", "orders.get", { orderId: order.id });
    const data = detail.data as {
      dispute: { evidenceDueBy: string } | null;
      order: { actions: { refund: boolean } };
    };
    expect(data.dispute?.evidenceDueBy).toBe(new Date(dueBy * 1000).toISOString());
    expect(data.order.actions.refund).toBe(false);
    expect((await timeline(order.id)).at(-1)).toContain("Dispute opened for $42.00");

    const closed = fake.dispute("charge.dispute.closed", intent, order.total, "usd", {
      id: "dp_won",
      status: "won",
    });
    expect(await outcome(closed)).toBe("processed");
    expect(await outcome(closed)).toBe("duplicate");
    // The created event again (a redelivery under a new id) does not reopen it.
    expect(
      await outcome(
        fake.dispute("charge.dispute.created", intent, order.total, "usd", { id: "dp_won" }),
      ),
    ).toBe("processed");
    expect(await row(order.id)).toMatchObject({ paymentStatus: "paid", refundedTotal: 0 });
    const after = await shop.as("query", "orders.get", { orderId: order.id });
    expect((after.data as { dispute: unknown }).dispute).toBeNull();
  });

  it("records the amount lost, even when the close comes before the open", async () => {
    const { order, intent } = await paid();
    const closed = fake.dispute("charge.dispute.closed", intent, order.total, "usd", {
      id: "dp_lost",
      status: "lost",
    });
    expect(await outcome(closed)).toBe("processed");
    const created = fake.dispute("charge.dispute.created", intent, order.total, "usd", {
      id: "dp_lost",
    });
    expect(await outcome(created)).toBe("processed");
    expect(await row(order.id)).toMatchObject({
      paymentStatus: "refunded",
      refundedTotal: order.total,
    });
    expect(await audits(order.id, "order.dispute_lost")).toBe(1);
    const refunds = await deps.db.prisma.refund.findMany({ where: { orderId: order.id } });
    expect(refunds).toMatchObject([{ amount: order.total, reason: "Lost dispute" }]);
    expect((await timeline(order.id)).at(-1)).toBe(
      "Dispute lost: $42.00 went back to the shopper's bank",
    );
  });
});
