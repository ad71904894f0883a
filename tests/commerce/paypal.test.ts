import { afterAll, describe, expect, it } from "vitest";
import { FakePayPal } from "../../server/commerce/payments/fake-paypal.ts";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper, type Shop, orderOrCheckout } from "./helpers.ts";

/**
 * PayPal end to end: the real SDK against a local server answering PayPal's API, checkout with
 * the method chosen, capture on return, and webhooks verified through the (fake) verify API.
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
const MERCHANT = "SHOPMERCHANT1";
const connected = await shop.as("mutation", "paypal.connect", {
  merchantId: MERCHANT.toLowerCase(),
});

async function checkoutToPayPal(s: Shop = shop, stock = 5) {
  const product = await createProduct(s, { title: "Gooseneck Kettle", price: 6800, stock });
  const shopper = new Shopper(app, s);
  await shopper.add(product.variants[0]!.id, 1);
  const { token } = await shopper.startCheckout();
  expect((await shopper.information(token!)).statusCode).toBe(200);
  const pay = await shopper.post(`/api/checkout/${token}/pay`, { method: "paypal" });
  expect(pay.statusCode, pay.body).toBe(200);
  const next = (pay.json() as { next: string }).next;
  const order = await orderOrCheckout(deps.db.prisma, { token });
  return { product, shopper, token: token!, next, order, paypalOrderId: order.paymentRef! };
}

const returnFromPayPal = (c: Awaited<ReturnType<typeof checkoutToPayPal>>) =>
  c.shopper.get(
    `/api/checkout/${c.token}/return?site=${shop.slug}&token=${c.paypalOrderId}&PayerID=SHOPPER0000001`,
  );

function webhook(payload: string, headers: Record<string, string>) {
  return app.inject({
    method: "POST",
    url: "/api/webhooks/paypal",
    headers: { "content-type": "application/json", ...headers },
    payload,
  });
}
const send = (event: unknown) => {
  const payload = JSON.stringify(event);
  return webhook(payload, fake.sign(payload));
};

const orderOf = (id: string) => orderOrCheckout(deps.db.prisma, { id });
const paidCount = (orderId: string) =>
  deps.db.prisma.auditLog.count({ where: { target: orderId, action: "order.paid" } });

describe("PayPal checkout", () => {
  it("connects the store by its merchant id and offers PayPal beside the card", async () => {
    expect(connected.status, JSON.stringify(connected.error)).toBe(200);
    expect(connected.data).toMatchObject({ merchantId: MERCHANT, offered: true, available: true });
    const bad = await shop.as("mutation", "paypal.connect", { merchantId: "not-an-id" });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.error)).toContain("A PayPal merchant id is 13 letters and digits");

    const product = await createProduct(shop, { title: "Mug", price: 1200, stock: 3 });
    const shopper = new Shopper(app, shop);
    await shopper.add(product.variants[0]!.id, 1);
    const { token } = await shopper.startCheckout();
    await shopper.information(token!);
    const page = await shopper.get(`/s/${shop.slug}/checkout/${token}`);
    expect(page.body).toContain('name="method" value="paypal"');
    // The Pay form's redirect to PayPal's page is allowed by the page's policy.
    expect(page.headers["content-security-policy"]).toContain("https://www.paypal.com");
    expect(page.body).toContain("PayPal");
  });

  it("sends the shopper to PayPal for the server's total, for the store's merchant", async () => {
    const { next, order, paypalOrderId } = await checkoutToPayPal();
    expect(next).toBe(`https://www.sandbox.paypal.test/checkoutnow?token=${paypalOrderId}`);
    const unit = fake.order(paypalOrderId).purchase_units[0]!;
    expect(unit.amount.value).toBe((order.total / 100).toFixed(2));
    expect(unit.amount.currency_code).toBe("EUR");
    expect(unit.payee).toEqual({ merchant_id: MERCHANT });
    expect(unit.items?.[0]).toMatchObject({ name: "Gooseneck Kettle", quantity: "1" });
    const create = fake.requests.find(
      (r) => r.path === "/v2/checkout/orders" && r.method === "POST",
    )!;
    expect(create.requestId).toBe(`checkout-${order.id}-1`);
    expect(order).toMatchObject({ status: "pending", paymentProvider: "paypal" });
  });

  it("captures on return, once, however often the shopper comes back and the webhook asks", async () => {
    const c = await checkoutToPayPal();
    fake.approve(c.paypalOrderId);
    const approved = fake.event("CHECKOUT.ORDER.APPROVED", fake.order(c.paypalOrderId));
    const [a, b, hook] = await Promise.all([
      returnFromPayPal(c),
      returnFromPayPal(c),
      send(approved),
    ]);
    expect(a.statusCode).toBe(303);
    expect(a.headers.location).toBe(`/s/${shop.slug}/orders/${c.token}`);
    expect(b.statusCode).toBe(303);
    expect(hook.statusCode, hook.body).toBe(200);
    const paid = await orderOf(c.order.id);
    expect(paid.status).toBe("paid");
    expect(paid.paymentIntentRef).toBe(fake.capture(c.paypalOrderId)!.id);
    expect(await paidCount(c.order.id)).toBe(1);
    expect(
      fake.requests.filter((r) => r.path.endsWith(`${c.paypalOrderId}/capture`)).length,
    ).toBeGreaterThanOrEqual(1);
    expect(fake.order(c.paypalOrderId).purchase_units[0]!.payments!.captures).toHaveLength(1);
    const page = await c.shopper.get(`/s/${shop.slug}/orders/${c.token}`);
    expect(page.body).toContain(`Thank you! Order #${paid.number}`);
  });

  it("pays from PAYMENT.CAPTURE.COMPLETED once, even delivered twice", async () => {
    const c = await checkoutToPayPal();
    fake.approve(c.paypalOrderId);
    // Captured by the approval webhook path's twin: the capture exists before its event.
    await deps.commerce.paypal!.forMerchant(MERCHANT).lookupPayment(c.paypalOrderId);
    const event = fake.event("PAYMENT.CAPTURE.COMPLETED", fake.capture(c.paypalOrderId));
    expect((await send(event)).json()).toEqual({ received: true, outcome: "processed" });
    expect((await send(event)).json()).toEqual({ received: true, outcome: "duplicate" });
    expect((await orderOf(c.order.id)).status).toBe("paid");
    expect(await paidCount(c.order.id)).toBe(1);
    expect(
      await deps.db.prisma.webhookEvent.count({ where: { provider: "paypal", eventId: event.id } }),
    ).toBe(1);
  });

  it("refuses an event PayPal's verify API does not vouch for, changing nothing", async () => {
    const c = await checkoutToPayPal();
    fake.approve(c.paypalOrderId);
    await deps.commerce.paypal!.forMerchant(MERCHANT).lookupPayment(c.paypalOrderId);
    const event = fake.event("PAYMENT.CAPTURE.COMPLETED", fake.capture(c.paypalOrderId));
    const payload = JSON.stringify(event);
    const tampered = payload.replace(/"value":"[0-9.]+"/, '"value":"0.01"');
    expect(tampered).not.toBe(payload);
    const refused = await webhook(tampered, fake.sign(payload));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/signature does not match/);
    const unsigned = await webhook(payload, {});
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().error.message).toMatch(/headers .* are missing/);
    expect((await orderOf(c.order.id)).status).toBe("pending");
    expect(await deps.db.prisma.webhookEvent.count({ where: { eventId: event.id } })).toBe(0);
    expect((await send(event)).json().outcome).toBe("processed");
  });

  it("takes a refund that overtook its capture's event: paid first, then refunded in part", async () => {
    const c = await checkoutToPayPal();
    fake.approve(c.paypalOrderId);
    const lookup = await deps.commerce.paypal!.forMerchant(MERCHANT).lookupPayment(c.paypalOrderId);
    if (lookup.status !== "paid") throw new Error("not captured");
    // A refund made in PayPal's dashboard, whose event arrives before the capture's.
    await deps.commerce.paypal!.forMerchant(MERCHANT).refund({
      refundRef: lookup.refundRef,
      amount: 1_000,
      currency: "EUR",
      idempotencyKey: "dashboard-refund-1",
    });
    const refunded = fake.refundEvent(fake.refunds.at(-1)!);
    const completed = fake.event("PAYMENT.CAPTURE.COMPLETED", fake.capture(c.paypalOrderId));
    expect((await send(refunded)).json().outcome).toBe("processed");
    expect((await send(completed)).json().outcome).toBe("processed");
    expect((await send(refunded)).json().outcome).toBe("duplicate");
    const order = await orderOf(c.order.id);
    expect(order).toMatchObject({ paymentStatus: "partially_refunded", refundedTotal: 1_000 });
    expect(await paidCount(c.order.id)).toBe(1);
  });

  it("refunds from the merchant's screen with PayPal-Request-Id refund-<id>, and its webhook counts nothing twice", async () => {
    const c = await checkoutToPayPal();
    fake.approve(c.paypalOrderId);
    await returnFromPayPal(c);
    const refund = await shop.as("mutation", "orders.refund", {
      orderId: c.order.id,
      amount: 2_000,
      restock: false,
    });
    expect(refund.status, JSON.stringify(refund.error)).toBe(200);
    const row = await deps.db.prisma.refund.findFirstOrThrow({ where: { orderId: c.order.id } });
    const call = fake.requests.find(
      (r) => r.path.endsWith("/refund") && r.requestId === `refund-${row.id}`,
    );
    expect(call?.body).toMatchObject({ amount: { currency_code: "EUR", value: "20.00" } });
    expect(row.providerRef).toBe(fake.refunds.at(-1)!.id);
    expect((await send(fake.refundEvent(fake.refunds.at(-1)!))).json().outcome).toBe("processed");
    expect(await orderOf(c.order.id)).toMatchObject({
      paymentStatus: "partially_refunded",
      refundedTotal: 2_000,
    });
  });

  it("holds a refund PayPal left pending until its event: refunded when completed, free again when failed", async () => {
    const c = await checkoutToPayPal();
    fake.approve(c.paypalOrderId);
    await returnFromPayPal(c);
    fake.refundOutcome = "PENDING";
    try {
      for (const amount of [2_000, 1_500])
        expect(
          (
            await shop.as("mutation", "orders.refund", {
              orderId: c.order.id,
              amount,
              restock: false,
            })
          ).status,
        ).toBe(200);
    } finally {
      fake.refundOutcome = "COMPLETED";
    }
    const refunds = await deps.db.prisma.refund.findMany({
      where: { orderId: c.order.id },
      orderBy: { amount: "desc" },
    });
    expect(refunds.map((r) => r.status)).toEqual(["pending", "pending"]);
    expect(await orderOf(c.order.id)).toMatchObject({ paymentStatus: "paid", refundedTotal: 0 });

    const completed = fake.settleRefund(refunds[0]!.providerRef!, "COMPLETED");
    expect((await send(fake.refundEvent(completed))).json().outcome).toBe("processed");
    const failed = fake.settleRefund(refunds[1]!.providerRef!, "FAILED");
    expect((await send(fake.refundEvent(failed, "PAYMENT.REFUND.FAILED"))).json().outcome).toBe(
      "processed",
    );
    const after = await deps.db.prisma.refund.findMany({
      where: { orderId: c.order.id },
      orderBy: { amount: "desc" },
    });
    expect(after.map((r) => [r.amount, r.status])).toEqual([
      [2_000, "succeeded"],
      [1_500, "failed"],
    ]);
    expect(await orderOf(c.order.id)).toMatchObject({
      paymentStatus: "partially_refunded",
      refundedTotal: 2_000,
    });
  });

  it("gives up a checkout whose capture PayPal denied after holding it, and not one already paid", async () => {
    const c = await checkoutToPayPal();
    fake.approve(c.paypalOrderId);
    fake.captureOutcome = "PENDING";
    try {
      await returnFromPayPal(c);
    } finally {
      fake.captureOutcome = "COMPLETED";
    }
    expect((await orderOf(c.order.id)).status).toBe("pending");
    const capture = fake.capture(c.paypalOrderId)!;
    expect((await send(fake.event("PAYMENT.CAPTURE.PENDING", capture))).json().outcome).toBe(
      "processed",
    );
    capture.status = "DECLINED";
    expect((await send(fake.event("PAYMENT.CAPTURE.DENIED", capture))).json().outcome).toBe(
      "processed",
    );
    // A late PENDING after the denial moves nothing back.
    capture.status = "PENDING";
    await send(fake.event("PAYMENT.CAPTURE.PENDING", capture));
    expect(await orderOf(c.order.id)).toMatchObject({
      status: "cancelled",
      cancelReason: "PayPal declined the payment",
    });
  });

  it("withdraws the PayPal order when the shopper goes back and pays by card instead", async () => {
    const c = await checkoutToPayPal();
    const card = await c.shopper.pay(c.token, { method: "card" });
    expect(card.statusCode, card.body).toBe(200);
    expect((await orderOf(c.order.id)).status).toBe("paid");
    // Approving the withdrawn PayPal order later takes no money.
    fake.approve(c.paypalOrderId);
    await returnFromPayPal(c);
    expect(fake.capture(c.paypalOrderId)).toBeUndefined();
  });
});
