import { afterAll, describe, expect, it } from "vitest";
import { FakeStripe } from "../../server/commerce/payments/fake-stripe.ts";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper, type Shop, orderOrCheckout } from "./helpers.ts";

/**
 * The Stripe adapter end to end: the real SDK against a local server answering the Stripe
 * endpoints it uses, and webhooks signed by the Stripe library's own test helper.
 */
const fake = new FakeStripe();
const stripeUrl = await fake.start();
afterAll(() => fake.stop());
const { app, deps, outbox } = await useTestApp({
  env: {
    STRIPE_SECRET_KEY: "sk_test_pegasusfake123",
    STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
    STRIPE_API_BASE: stripeUrl,
  },
});
const shop = await createShop(app, deps);

async function checkoutToStripe(s: Shop = shop, stock = 5) {
  const product = await createProduct(s, { title: "Gooseneck Kettle", price: 6800, stock });
  const shopper = new Shopper(app, s);
  await shopper.add(product.variants[0]!.id, 1);
  const { token } = await shopper.startCheckout();
  expect((await shopper.information(token!)).statusCode).toBe(200);
  const pay = await shopper.post(`/api/checkout/${token}/pay`, {});
  expect(pay.statusCode, pay.body).toBe(200);
  const next = (pay.json() as { next: string }).next;
  const order = await orderOrCheckout(deps.db.prisma, { token });
  return { product, shopper, token: token!, next, order, sessionId: order.paymentRef! };
}

function webhook(payload: string, signature?: string) {
  return app.inject({
    method: "POST",
    url: "/api/webhooks/stripe",
    headers: {
      "content-type": "application/json",
      ...(signature ? { "stripe-signature": signature } : {}),
    },
    payload,
  });
}

function send(event: unknown, options: { timestamp?: number; secret?: string } = {}) {
  const payload = JSON.stringify(event);
  return webhook(payload, fake.sign(payload, options));
}

const paidCount = (orderId: string) =>
  deps.db.prisma.auditLog.count({ where: { target: orderId, action: "order.paid" } });

describe("Stripe Checkout", () => {
  it("sends the shopper to Stripe for the server's total, with an Idempotency-Key on every POST", async () => {
    const { next, order, sessionId } = await checkoutToStripe();
    expect(next).toBe(fake.session(sessionId).url);
    const create = fake.requests.find(
      (r) => r.path === "/v1/checkout/sessions" && r.method === "POST",
    )!;
    // Itemised (the kettle first), the items adding up to the server's total.
    expect(create.params["line_items[0][price_data][unit_amount]"]).toBe("6800");
    expect(fake.session(sessionId).amount_total).toBe(order.total);
    expect(create.params["line_items[0][price_data][currency]"]).toBe("usd");
    expect(create.params.client_reference_id).toBe(order.id);
    expect(create.idempotencyKey).toBe(`checkout-${order.id}-1`);
    expect(order.status).toBe("pending");
  });

  it("marks the order paid from a validly signed webhook, once, even when the event comes twice", async () => {
    const { order, sessionId, product } = await checkoutToStripe();
    const event = fake.event("checkout.session.completed", fake.completeSession(sessionId));
    const first = await send(event);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ received: true, outcome: "processed" });
    const again = await send(event);
    expect(again.json()).toEqual({ received: true, outcome: "duplicate" });

    const paid = await orderOrCheckout(deps.db.prisma, { id: order.id });
    expect(paid.status).toBe("paid");
    expect(paid.paymentIntentRef).toBe(fake.session(sessionId).payment_intent);
    expect(await paidCount(order.id)).toBe(1);
    expect(
      (
        await deps.db.prisma.productVariant.findUniqueOrThrow({
          where: { id: product.variants[0]!.id },
        })
      ).stock,
    ).toBe(4);
    expect(await deps.db.prisma.webhookEvent.count({ where: { eventId: event.id } })).toBe(1);
    const mails = (await outbox.list()).filter((m) =>
      m.subject.includes(`#${paid.number} confirmed`),
    );
    expect(mails).toHaveLength(1);
  });

  it("refuses invalid, tampered, expired and missing signatures, changing nothing", async () => {
    const { order, sessionId } = await checkoutToStripe();
    const event = fake.event("checkout.session.completed", fake.completeSession(sessionId));
    const payload = JSON.stringify(event);

    const wrongSecret = await webhook(
      payload,
      fake.sign(payload, { secret: "whsec_notthesecret000" }),
    );
    expect(wrongSecret.statusCode).toBe(400);
    expect(wrongSecret.json().error.message).toMatch(/signature/i);

    const tampered = payload.replace(`"amount_total":${order.total}`, '"amount_total":1');
    expect(tampered).not.toBe(payload);
    expect((await webhook(tampered, fake.sign(payload))).statusCode).toBe(400);

    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const expired = await webhook(payload, fake.sign(payload, { timestamp: tenMinutesAgo }));
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error.message).toMatch(/tolerance|timestamp/i);

    expect((await webhook(payload)).statusCode).toBe(400);
    // Re-serialised JSON (other whitespace) is not the signed body either.
    expect((await webhook(JSON.stringify(event, null, 2), fake.sign(payload))).statusCode).toBe(
      400,
    );

    expect((await orderOrCheckout(deps.db.prisma, { id: order.id })).status).toBe("pending");
    expect(await deps.db.prisma.webhookEvent.count({ where: { eventId: event.id } })).toBe(0);
    // The genuine delivery still works afterwards.
    expect((await send(event)).json().outcome).toBe("processed");
  });

  it("refuses a webhook signed in the future beyond a few minutes of clock skew", async () => {
    const { order, sessionId } = await checkoutToStripe();
    const event = fake.event("checkout.session.completed", fake.completeSession(sessionId));
    const payload = JSON.stringify(event);
    const nowS = Math.floor(Date.now() / 1000);

    const nextHour = await webhook(payload, fake.sign(payload, { timestamp: nowS + 3600 }));
    expect(nextHour.statusCode).toBe(400);
    expect(nextHour.json().error.message).toMatch(/future/i);
    const nextYear = await webhook(payload, fake.sign(payload, { timestamp: nowS + 31_536_000 }));
    expect(nextYear.statusCode).toBe(400);
    expect((await orderOrCheckout(deps.db.prisma, { id: order.id })).status).toBe("pending");
    expect(await deps.db.prisma.webhookEvent.count({ where: { eventId: event.id } })).toBe(0);

    // A clock a couple of minutes ahead of ours is ordinary skew: accepted.
    const skewed = await webhook(payload, fake.sign(payload, { timestamp: nowS + 120 }));
    expect(skewed.statusCode, skewed.body).toBe(200);
    expect(skewed.json().outcome).toBe("processed");
  });

  it("never moves an order backwards when events arrive out of order", async () => {
    const { order, sessionId } = await checkoutToStripe();
    const session = fake.completeSession(sessionId);
    const refunded = fake.chargeRefunded(session.payment_intent!, order.total, order.total, "usd", {
      orderId: order.id,
    });
    const completed = fake.event("checkout.session.completed", session);
    const expiredEvent = fake.event("checkout.session.expired", { ...session, status: "expired" });

    // The refund overtakes the payment: the order is paid, then refunded.
    expect((await send(refunded)).statusCode).toBe(200);
    let row = await orderOrCheckout(deps.db.prisma, { id: order.id });
    expect(row).toMatchObject({ paymentStatus: "refunded", refundedTotal: order.total });

    // The late "completed" and an "expired" change nothing.
    expect((await send(completed)).json().outcome).toBe("processed");
    expect((await send(expiredEvent)).json().outcome).toBe("processed");
    row = await orderOrCheckout(deps.db.prisma, { id: order.id });
    expect(row).toMatchObject({ paymentStatus: "refunded", refundedTotal: order.total });
    expect(await paidCount(order.id)).toBe(1);
  });

  it("lets the success redirect and the webhook race to fulfil one order: it is paid exactly once", async () => {
    const { order, sessionId, product, shopper } = await checkoutToStripe();
    const session = fake.completeSession(sessionId);
    const event = fake.event("checkout.session.completed", session);
    const returnPath = new URL(session.success_url).pathname + new URL(session.success_url).search;
    const [redirect, hook, redirectAgain] = await Promise.all([
      shopper.get(returnPath),
      send(event),
      shopper.get(returnPath),
    ]);
    expect(redirect.statusCode, redirect.body).toBe(303);
    expect(redirect.headers.location).toMatch(new RegExp(`/orders/${order.token}$`));
    expect(redirectAgain.statusCode).toBe(303);
    expect(hook.statusCode).toBe(200);
    expect(await paidCount(order.id)).toBe(1);
    const row = await orderOrCheckout(deps.db.prisma, { id: order.id });
    expect(row.status).toBe("paid");
    expect(
      (
        await deps.db.prisma.productVariant.findUniqueOrThrow({
          where: { id: product.variants[0]!.id },
        })
      ).stock,
    ).toBe(4);
    const page = await shopper.get(`/s/${shop.slug}/orders/${order.token}`);
    expect(page.body).toContain(`Order #${row.number}`);
  });

  it("refunds through Stripe with an Idempotency-Key, and the refund's own webhook counts nothing twice", async () => {
    const { order, sessionId } = await checkoutToStripe();
    const session = fake.completeSession(sessionId);
    await send(fake.event("checkout.session.completed", session));
    const refund = await shop.as("mutation", "orders.refund", {
      orderId: order.id,
      amount: 1000,
      reason: "Dented",
    });
    expect(refund.status, JSON.stringify(refund.error)).toBe(200);
    const post = fake.requests.filter((r) => r.path === "/v1/refunds").at(-1)!;
    expect(post.idempotencyKey).toMatch(/^refund-[0-9a-f-]{36}$/);
    expect(post.params).toMatchObject({ payment_intent: session.payment_intent, amount: "1000" });
    await send(fake.chargeRefunded(session.payment_intent!, order.total, 1000, "usd"));
    const row = await orderOrCheckout(deps.db.prisma, { id: order.id });
    expect(row).toMatchObject({ paymentStatus: "partially_refunded", refundedTotal: 1000 });
    // A refund made in Stripe's dashboard shows up from its webhook.
    await send(fake.chargeRefunded(session.payment_intent!, order.total, order.total, "usd"));
    expect(await orderOrCheckout(deps.db.prisma, { id: order.id })).toMatchObject({
      paymentStatus: "refunded",
      refundedTotal: order.total,
    });
  });

  it("keeps an order pending when Stripe reports a different amount", async () => {
    const { order, sessionId } = await checkoutToStripe();
    const session = { ...fake.completeSession(sessionId), amount_total: 1 };
    expect((await send(fake.event("checkout.session.completed", session))).statusCode).toBe(200);
    expect((await orderOrCheckout(deps.db.prisma, { id: order.id })).status).toBe("pending");
    expect(
      await deps.db.prisma.auditLog.count({
        where: { target: order.id, action: "order.payment_mismatch" },
      }),
    ).toBe(1);
  });

  it("gives the money back when a cancelled checkout is paid after all", async () => {
    const { order, sessionId } = await checkoutToStripe();
    // Stripe takes the payment just before we ask it to expire the page (its webhook is late).
    const session = fake.completeSession(sessionId);
    const cancel = await shop.as("mutation", "orders.cancel", {
      orderId: order.id,
      reason: "Test",
    });
    expect(cancel.status, JSON.stringify(cancel.error)).toBe(200);
    const expire = fake.requests.find(
      (r) => r.path === `/v1/checkout/sessions/${sessionId}/expire`,
    );
    expect(expire?.idempotencyKey).toBe(`cancel-${order.id}`);
    const event = fake.event("checkout.session.completed", session);
    await send(event);
    await send(fake.event("checkout.session.completed", session));
    const refunds = fake.refunds.filter((r) => r.payment_intent === session.payment_intent);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]!.amount).toBe(order.total);
    expect((await orderOrCheckout(deps.db.prisma, { id: order.id })).status).toBe("cancelled");
  });

  it("sent an Idempotency-Key with every POST it made to Stripe", async () => {
    expect(fake.requests.filter((r) => r.method === "POST").length).toBeGreaterThan(10);
    for (const request of fake.requests.filter((r) => r.method === "POST"))
      expect(request.idempotencyKey, request.path).toBeTruthy();
  });
});
