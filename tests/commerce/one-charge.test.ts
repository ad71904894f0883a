import { afterAll, describe, expect, it } from "vitest";
import { FakeStripe } from "../../server/commerce/payments/fake-stripe.ts";
import type { PaymentProvider, PaymentRequest } from "../../server/commerce/payments/port.ts";
import { StripePayments } from "../../server/commerce/payments/stripe.ts";
import { TestGateway } from "../../server/commerce/payments/test-gateway.ts";
import { createTestApp, type TestApp } from "../helpers/app.ts";
import { createTestDatabase, testDatabaseKinds } from "../helpers/database.ts";
import { createProduct, createShop, Shopper, type Shop, orderOrCheckout } from "./helpers.ts";

/**
 * One checkout, one charge (issue 13, point 1): Pay pressed twice at once, or again after a
 * crash, never takes the shopper's money twice. With the built-in test gateway the charges are
 * counted on the gateway itself; with Stripe, on the fake Stripe server's Checkout Sessions.
 * On PostgreSQL (DATABASE_URL) with a pool of connections, as well as on the single-connection
 * PGlite.
 */

/** A shopper at the payment step of their own checkout: cart, checkout, address given. */
async function readyToPay(app: TestApp["app"], shop: Shop, variantId: string) {
  const shopper = new Shopper(app, shop);
  expect((await shopper.add(variantId, 1)).statusCode).toBe(200);
  const { token } = await shopper.startCheckout();
  expect((await shopper.information(token!)).statusCode).toBe(200);
  return { shopper, token: token! };
}

describe.each(testDatabaseKinds())("the test gateway on %s", (kind) => {
  let testApp: TestApp;
  let shop: Shop;
  let variantId: string;
  const gateway = () => testApp.deps.commerce.payments as TestGateway;
  const orderOf = (token: string) => orderOrCheckout(testApp.deps.db.prisma, { token });

  it("opens the shop", { timeout: 120_000 }, async () => {
    testApp = await createTestApp({ kind });
    shop = await createShop(testApp.app, testApp.deps);
    const product = await createProduct(shop, { title: "Pour-over Set", price: 7300, stock: 100 });
    variantId = product.variants[0]!.id;
  });
  afterAll(() => testApp?.close());

  it(
    "charges the card once when Pay is pressed twice at once (10 trials)",
    { timeout: 120_000 },
    async () => {
      const charges: number[] = [];
      const statuses: number[] = [];
      for (let trial = 0; trial < 10; trial++) {
        const { shopper, token } = await readyToPay(testApp.app, shop, variantId);
        const answers = await Promise.all([shopper.pay(token), shopper.pay(token)]);
        statuses.push(...answers.map((answer) => answer.statusCode));
        const order = await orderOf(token);
        charges.push((await gateway().chargesFor(order.id)).length);
        expect(order.status).toBe("paid");
      }
      expect(charges).toEqual(Array.from({ length: 10 }, () => 1));
      // Both presses see the order paid: the second joined the first.
      expect(statuses).toEqual(Array.from({ length: 20 }, () => 200));
    },
  );

  it(
    "makes exactly five charges for ten simultaneous Pays on five checkouts",
    { timeout: 120_000 },
    async () => {
      const checkouts = await Promise.all(
        Array.from({ length: 5 }, () => readyToPay(testApp.app, shop, variantId)),
      );
      const answers = await Promise.all(
        checkouts.flatMap(({ shopper, token }) => [shopper.pay(token), shopper.pay(token)]),
      );
      const orders = await Promise.all(checkouts.map(({ token }) => orderOf(token)));
      const charges = await Promise.all(
        orders.map(async (order) => (await gateway().chargesFor(order.id)).length),
      );
      expect(charges.reduce((a, b) => a + b, 0)).toBe(5);
      for (const answer of answers) expect(answer.statusCode, answer.body).toBe(200);
      for (const order of orders) {
        expect(order.status).toBe("paid");
        expect(order.paymentRef).toBe((await gateway().chargesFor(order.id))[0]!.id);
      }
      expect(
        await testApp.deps.db.prisma.auditLog.count({
          where: { target: { in: orders.map((o) => o.id) }, action: "order.paid" },
        }),
      ).toBe(5);
    },
  );

  it("uses one idempotency key per checkout: the same key returns the same charge", async () => {
    const own = new TestGateway(testApp.deps.db.prisma);
    const request: PaymentRequest = {
      orderId: "order-1",
      siteId: "site-1",
      amount: 7300,
      currency: "USD",
      email: "shopper@example.com",
      description: "Test Shop: 1 item",
      idempotencyKey: "checkout-order-1-1",
      returnUrl: "http://localhost/return",
      cancelUrl: "http://localhost/cancel",
      card: { number: "4242424242424242", expMonth: 12, expYear: 2040, cvc: "123" },
    };
    const [first, second] = await Promise.all([
      own.startPayment(request),
      own.startPayment({ ...request, card: { ...request.card!, number: "5555555555554444" } }),
    ]);
    expect(second).toEqual(first);
    expect(await own.chargesFor("order-1")).toHaveLength(1);
  });
});

/** Raised where a `kill -9` would stop the process: after the charge, before anything else. */
class Killed extends Error {}

describe.each(testDatabaseKinds())(
  "a crash between the charge and the order update, on %s",
  (kind) => {
    it(
      "does not charge again when the shopper pays on the restarted server",
      { timeout: 120_000 },
      async () => {
        const database = await createTestDatabase(kind);
        // The card network outlives our process: the gateway keeps its charges in the database,
        // so the restarted server's own gateway finds the charge the dying one took.
        const gateway = new TestGateway(database.prisma);
        const dying: PaymentProvider = {
          kind: gateway.kind,
          collectsCard: gateway.collectsCard,
          async startPayment(request) {
            await gateway.startPayment(request);
            throw new Killed("killed after the charge");
          },
          lookupPayment: (ref) => gateway.lookupPayment(ref),
          refund: (request) => gateway.refund(request),
          cancelPayment: () => gateway.cancelPayment(),
        };
        let before: TestApp | null = await createTestApp({ database, payments: dying });
        let after: TestApp | null = null;
        try {
          const shop = await createShop(before.app, before.deps);
          const product = await createProduct(shop, { price: 7300, stock: 5 });
          const { shopper, token } = await readyToPay(before.app, shop, product.variants[0]!.id);
          expect((await shopper.pay(token)).statusCode).toBe(503);
          const crashed = await orderOrCheckout(database.prisma, { token });
          expect(crashed).toMatchObject({ status: "pending", paymentRef: null });
          expect(await gateway.chargesFor(crashed.id)).toHaveLength(1);
          await before.close();
          before = null;

          after = await createTestApp({ database });
          expect(after.deps.commerce.payments).not.toBe(gateway);
          const again = await new Shopper(after.app, shop).pay(token);
          expect(again.statusCode, again.body).toBe(200);
          const order = await orderOrCheckout(database.prisma, { token });
          const charges = await gateway.chargesFor(order.id);
          expect(charges).toHaveLength(1);
          expect(order).toMatchObject({ status: "paid", paymentRef: charges[0]!.id });
        } finally {
          await before?.close();
          await after?.close();
          await database.close();
        }
      },
    );
  },
);

const fake = new FakeStripe();
const stripeUrl = await fake.start();
afterAll(() => fake.stop());

describe.each(testDatabaseKinds())("Stripe Checkout on %s", (kind) => {
  let testApp: TestApp;
  let shop: Shop;
  let variantId: string;
  const prisma = () => testApp.deps.db.prisma;

  it("opens the shop", { timeout: 120_000 }, async () => {
    testApp = await createTestApp({
      kind,
      env: {
        STRIPE_SECRET_KEY: "sk_test_pegasusfake123",
        STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
        STRIPE_API_BASE: stripeUrl,
      },
    });
    shop = await createShop(testApp.app, testApp.deps);
    const product = await createProduct(shop, { title: "Espresso Cups", price: 7300, stock: 100 });
    variantId = product.variants[0]!.id;
  });
  afterAll(() => testApp?.close());

  function send(event: unknown) {
    const payload = JSON.stringify(event);
    return testApp.app.inject({
      method: "POST",
      url: "/api/webhooks/stripe",
      headers: { "content-type": "application/json", "stripe-signature": fake.sign(payload) },
      payload,
    });
  }

  async function pressPay(shopper: Shopper, token: string) {
    const answer = await shopper.post(`/api/checkout/${token}/pay`, {});
    expect(answer.statusCode, answer.body).toBe(200);
    return (answer.json() as { next: string }).next;
  }

  it(
    "opens one payable Checkout Session when Pay is pressed twice (or more) at once",
    { timeout: 120_000 },
    async () => {
      for (let trial = 0; trial < 5; trial++) {
        const { shopper, token } = await readyToPay(testApp.app, shop, variantId);
        const presses = trial + 2;
        await Promise.all(Array.from({ length: presses }, () => pressPay(shopper, token)));
        const order = await orderOrCheckout(prisma(), { token });
        const payable = fake.payableSessions(order.id);
        expect(payable.map((s) => s.id)).toEqual([order.paymentRef]);
      }
    },
  );

  it(
    "expires the first session when Pay is pressed again: only one can be paid",
    { timeout: 120_000 },
    async () => {
      const { shopper, token } = await readyToPay(testApp.app, shop, variantId);
      const first = await pressPay(shopper, token);
      const second = await pressPay(shopper, token);
      const order = await orderOrCheckout(prisma(), { token });
      const firstId = first.split("/").at(-1)!;
      const secondId = second.split("/").at(-1)!;
      expect(firstId).not.toBe(secondId);
      expect(fake.session(firstId).status).toBe("expired");
      expect(() => fake.completeSession(firstId)).toThrow(/expired/);
      const paid = fake.completeSession(secondId);
      expect((await send(fake.event("checkout.session.completed", paid))).statusCode).toBe(200);
      const charged = [...fake.sessions.values()]
        .filter((s) => s.client_reference_id === order.id && s.payment_status === "paid")
        .reduce((sum, s) => sum + s.amount_total, 0);
      expect(charged).toBe(order.total);
      expect((await orderOrCheckout(prisma(), { id: order.id })).status).toBe("paid");
    },
  );

  it(
    "confirms a session paid before Pay was pressed again instead of opening another",
    { timeout: 120_000 },
    async () => {
      const { shopper, token } = await readyToPay(testApp.app, shop, variantId);
      const first = (await pressPay(shopper, token)).split("/").at(-1)!;
      fake.completeSession(first); // paid on Stripe; its webhook has not arrived yet
      const next = await pressPay(shopper, token);
      const order = await orderOrCheckout(prisma(), { token });
      expect(next).toMatch(new RegExp(`/orders/${token}$`));
      expect(order).toMatchObject({ status: "paid", paymentRef: first });
      expect(
        [...fake.sessions.values()].filter((s) => s.client_reference_id === order.id),
      ).toHaveLength(1);
    },
  );

  it(
    "refunds a second paid session automatically and shows it on the order",
    { timeout: 120_000 },
    async () => {
      const { shopper, token } = await readyToPay(testApp.app, shop, variantId);
      const firstId = (await pressPay(shopper, token)).split("/").at(-1)!;
      const order = await orderOrCheckout(prisma(), { token });
      // A second session for the same order, as an older release (or a lost answer) left it open.
      const extra = await testApp.deps.commerce.payments.startPayment({
        orderId: order.id,
        siteId: shop.siteId,
        amount: order.total,
        currency: order.currency,
        email: "shopper@example.com",
        description: "Test Shop: 1 item",
        idempotencyKey: `older-release-${order.id}`,
        returnUrl: `http://localhost/api/checkout/${token}/return?site=${shop.slug}`,
        cancelUrl: `http://localhost/s/${shop.slug}/checkout/${token}`,
      });
      if (extra.status !== "redirect") throw new Error("expected a Checkout Session");
      const first = fake.completeSession(firstId);
      const second = fake.completeSession(extra.paymentRef);
      expect((await send(fake.event("checkout.session.completed", first))).statusCode).toBe(200);

      // The second payment's webhook and its return redirect arrive at once.
      const back = new URL(second.success_url);
      const [hook, redirect] = await Promise.all([
        send(fake.event("checkout.session.completed", second)),
        shopper.get(back.pathname + back.search),
      ]);
      expect(hook.statusCode, hook.body).toBe(200);
      expect(redirect.statusCode, redirect.body).toBe(303);

      const refunds = fake.refunds.filter((r) => r.payment_intent === second.payment_intent);
      expect(refunds.map((r) => r.amount)).toEqual([order.total]);
      expect(fake.refunds.filter((r) => r.payment_intent === first.payment_intent)).toEqual([]);
      // Stripe reports the refund of the second payment: it is not a refund of the order.
      await send(
        fake.chargeRefunded(second.payment_intent!, order.total, order.total, "usd", {
          orderId: order.id,
        }),
      );

      const detail = await shop.as("query", "orders.get", { orderId: order.id });
      expect(detail.status, JSON.stringify(detail.error)).toBe(200);
      expect(detail.data.order).toMatchObject({ status: "paid", refundedTotal: 0 });
      expect(detail.data.order.refunds).toEqual([
        expect.objectContaining({
          amount: order.total,
          status: "succeeded",
          reason: expect.stringMatching(/paid twice/i),
        }),
      ]);
      expect(
        detail.data.history.filter(
          (h: { action: string }) => h.action === "order.payment_refunded_automatically",
        ),
      ).toHaveLength(1);
      expect(
        detail.data.history.filter((h: { action: string }) => h.action === "order.paid"),
      ).toHaveLength(1);
    },
  );
});

describe("Stripe's expiry of the page Pay is replacing", () => {
  it(
    "does not cancel the checkout while the new page is being opened",
    { timeout: 120_000 },
    async () => {
      let testApp: TestApp | null = null;
      // Stripe's "expired" webhook for the earlier page arrives while the new one is being made.
      class SlowStripe extends StripePayments {
        override async startPayment(request: PaymentRequest) {
          const order = await orderOrCheckout(testApp!.deps.db.prisma, { id: request.orderId });
          if (order.paymentRef) {
            const event = fake.event("checkout.session.expired", fake.session(order.paymentRef));
            const payload = JSON.stringify(event);
            const hook = await testApp!.app.inject({
              method: "POST",
              url: "/api/webhooks/stripe",
              headers: {
                "content-type": "application/json",
                "stripe-signature": fake.sign(payload),
              },
              payload,
            });
            expect(hook.statusCode, hook.body).toBe(200);
          }
          return super.startPayment(request);
        }
      }
      testApp = await createTestApp({
        payments: new SlowStripe({
          secretKey: "sk_test_pegasusfake123",
          webhookSecret: fake.webhookSecret,
          apiBase: stripeUrl,
        }),
      });
      try {
        const shop = await createShop(testApp.app, testApp.deps);
        const product = await createProduct(shop, { price: 7300, stock: 5 });
        const { shopper, token } = await readyToPay(testApp.app, shop, product.variants[0]!.id);
        for (let press = 0; press < 2; press++) {
          const answer = await shopper.post(`/api/checkout/${token}/pay`, {});
          expect(answer.statusCode, answer.body).toBe(200);
        }
        const order = await orderOrCheckout(testApp.deps.db.prisma, { token });
        expect(order.status).toBe("pending");
        expect(fake.payableSessions(order.id).map((s) => s.id)).toEqual([order.paymentRef]);
      } finally {
        await testApp.close();
      }
    },
  );
});
