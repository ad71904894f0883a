import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import { FakePayPal } from "../../server/commerce/payments/fake-paypal.ts";
import { FakeStripe } from "../../server/commerce/payments/fake-stripe.ts";
import { createTestApp, type TestApp } from "../helpers/app.ts";
import { testDatabaseKinds } from "../helpers/database.ts";
import { createProduct, createShop, Shopper, type Shop } from "./helpers.ts";

/**
 * The 50-shoppers-for-10-units race (concurrency.test.ts) with a hosted provider: every shopper
 * pays on the provider's page (the local fake), then comes back and the provider's webhook
 * arrives, both at once. Exactly 10 are sold, stock never goes below zero, every shopper is
 * either paid or told the item sold out, and the money the fake took matches the orders: no one
 * is charged without an order. Loopback only (Fastify inject and fakes on 127.0.0.1).
 */

type Outcome = { outcome: "paid" | "sold out" | "other"; detail: string };

/** How one hosted provider is set up, paid and asked what it took. */
type HostedProvider = {
  name: string;
  currency: string;
  start(): Promise<Record<string, string>>;
  stop(): Promise<void>;
  connect?(shop: Shop): Promise<void>;
  payFields: Record<string, string>;
  /** The shopper pays on the provider's page; then the return and the webhook race. */
  complete(
    app: TestApp,
    shopper: Shopper,
    token: string,
    next: string,
  ): Promise<LightMyRequestResponse>;
  /** Money the provider holds for the shop now: charges less what was refunded. */
  charged(): { charges: number; kept: number; keptAmount: number };
};

function stripe(): HostedProvider {
  const fake = new FakeStripe();
  return {
    name: "Stripe",
    currency: "USD",
    payFields: {},
    async start() {
      return {
        STRIPE_SECRET_KEY: "sk_test_pegasusrace123",
        STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
        STRIPE_API_BASE: await fake.start(),
      };
    },
    stop: () => fake.stop(),
    async complete({ app, deps }, shopper, _token, next) {
      const sessionId = new URL(next).pathname.split("/").pop()!;
      const session = fake.completeSession(sessionId);
      const payload = JSON.stringify(fake.event("checkout.session.completed", session));
      const success = new URL(session.success_url);
      const [back, hook] = await Promise.all([
        shopper.get(success.pathname + success.search),
        app.inject({
          method: "POST",
          url: "/api/webhooks/stripe",
          headers: {
            "content-type": "application/json", // Signed at the app's clock, which the test moves on.
            "stripe-signature": fake.sign(payload, {
              timestamp: Math.floor(deps.now().getTime() / 1000),
            }),
          },
          payload,
        }),
      ]);
      expect(hook.statusCode, hook.body).toBe(200);
      return back;
    },
    charged() {
      const paid = [...fake.sessions.values()].filter((s) => s.payment_intent);
      const refundedOf = (intent: string) =>
        fake.refunds.filter((r) => r.payment_intent === intent).reduce((s, r) => s + r.amount, 0);
      const kept = paid.filter((s) => refundedOf(s.payment_intent!) < s.amount_total);
      return {
        charges: paid.length,
        kept: kept.length,
        keptAmount: kept.reduce((s, k) => s + k.amount_total - refundedOf(k.payment_intent!), 0),
      };
    },
  };
}

function paypal(): HostedProvider {
  const fake = new FakePayPal();
  return {
    name: "PayPal",
    currency: "EUR",
    payFields: { method: "paypal" },
    async start() {
      return {
        PAYPAL_CLIENT_ID: fake.clientId,
        PAYPAL_CLIENT_SECRET: fake.clientSecret,
        PAYPAL_WEBHOOK_ID: fake.webhookId,
        PAYPAL_API_BASE: await fake.start(),
      };
    },
    stop: () => fake.stop(),
    async connect(shop) {
      const connected = await shop.as("mutation", "paypal.connect", {
        merchantId: "RACEMERCHANT1",
      });
      expect(connected.status, JSON.stringify(connected.error)).toBe(200);
    },
    async complete({ app }, shopper, token, next) {
      const id = new URL(next).searchParams.get("token")!;
      fake.approve(id);
      const payload = JSON.stringify(fake.event("CHECKOUT.ORDER.APPROVED", fake.order(id)));
      const [back, hook] = await Promise.all([
        shopper.get(
          `/api/checkout/${token}/return?site=${shopper.shop.slug}&token=${id}&PayerID=SHOPPER0000001`,
        ),
        app.inject({
          method: "POST",
          url: "/api/webhooks/paypal",
          headers: { "content-type": "application/json", ...fake.sign(payload) },
          payload,
        }),
      ]);
      expect(hook.statusCode, hook.body).toBe(200);
      return back;
    },
    charged() {
      const captures = [...fake.orders.values()].flatMap(
        (o) => o.purchase_units[0]!.payments?.captures ?? [],
      );
      const value = (v: string) => Math.round(Number(v) * 100);
      const refundedOf = (id: string) =>
        fake.refunds
          .filter((r) => r.capture_id === id)
          .reduce((s, r) => s + value(r.amount.value), 0);
      const kept = captures.filter(
        (c) => c.status !== "DECLINED" && refundedOf(c.id) < value(c.amount.value),
      );
      return {
        charges: captures.length,
        kept: kept.length,
        keptAmount: kept.reduce((s, c) => s + value(c.amount.value) - refundedOf(c.id), 0),
      };
    },
  };
}

const cases = testDatabaseKinds().flatMap((kind) =>
  [stripe, paypal].map((make) => ({ kind, make })),
);

describe.each(cases)("50 shoppers, 10 in stock, on $kind, paying hosted", ({ kind, make }) => {
  const provider = make();
  it(
    `${provider.name}: sells exactly 10, never below zero, and charges no one without an order`,
    { timeout: 240_000 },
    async () => {
      const env = await provider.start();
      let lowest = Infinity;
      let watching = false;
      let watcher: Promise<void> = Promise.resolve();
      let clock = Date.now();
      const test = await createTestApp({ kind, env, now: () => new Date(clock) });
      const { app, deps } = test;
      try {
        const shop = await createShop(app, deps, { currency: provider.currency });
        await provider.connect?.(shop);
        const product = await createProduct(shop, { title: "Last Batch", price: 1850, stock: 10 });
        const variantId = product.variants[0]!.id;
        const shoppers = Array.from({ length: 50 }, () => new Shopper(app, shop));
        for (const shopper of shoppers)
          expect((await shopper.add(variantId, 1)).statusCode).toBe(200);

        lowest = Infinity;
        watching = true;
        watcher = (async () => {
          while (watching) {
            const row = await deps.db.prisma.productVariant.findUniqueOrThrow({
              where: { id: variantId },
            });
            lowest = Math.min(lowest, row.stock);
            await new Promise((resolve) => setTimeout(resolve, 5)); // pacing the watcher
          }
        })();

        const soldOut = (status: number, body: string): Outcome =>
          status === 409 && body.includes("Sorry, Last Batch is sold out.")
            ? { outcome: "sold out", detail: "" }
            : { outcome: "other", detail: `${status} ${body.slice(0, 300)}` };
        /** Checkout up to the provider's page: the page's address, or what the shopper was told. */
        const reachPage = async (shopper: Shopper) => {
          const started = await shopper.startCheckout();
          if (!started.token) return soldOut(started.status, started.error ?? "");
          const info = await shopper.information(started.token);
          if (info.statusCode !== 200) return soldOut(info.statusCode, info.body);
          const pay = await shopper.post(`/api/checkout/${started.token}/pay`, provider.payFields);
          if (pay.statusCode !== 200) return soldOut(pay.statusCode, pay.body);
          return { token: started.token, next: (pay.json() as { next: string }).next };
        };
        const finish = async (
          shopper: Shopper,
          page: { token: string; next: string },
        ): Promise<Outcome> => {
          const back = await provider.complete(test, shopper, page.token, page.next);
          if (back.statusCode !== 303) return soldOut(back.statusCode, back.body);
          // What the shopper reads where the return sends them.
          const order = await shopper.get(back.headers.location as string);
          if (/Thank you! Order #\d+/.test(order.body)) return { outcome: "paid", detail: "" };
          return /Sold out while the payment was being made; the payment was refunded/.test(
            order.body,
          )
            ? { outcome: "sold out", detail: "" }
            : { outcome: "other", detail: `${order.statusCode} at ${back.headers.location}` };
        };

        // Everyone at once: 10 hold the units and reach the provider's page.
        const first = await Promise.all(shoppers.map(reachPage));
        const onPage = (r: Outcome | { token: string; next: string }) => "token" in r;
        expect(first.filter(onPage)).toHaveLength(10);
        // They dawdle there past the stock hold (the page stays payable longer), and 10 of
        // the others get the units held and reach a page of their own: 20 pages, 10 units.
        clock += 16 * 60_000;
        const second = await Promise.all(
          shoppers.map((shopper, i) => (onPage(first[i]!) ? first[i]! : reachPage(shopper))),
        );
        expect(second.filter(onPage)).toHaveLength(20);
        // All 20 pay at once, each coming back while the provider's webhook arrives.
        const results = await Promise.all(
          shoppers.map((shopper, i) => {
            const r = second[i]!;
            return "token" in r ? finish(shopper, r) : r;
          }),
        );
        watching = false;
        await watcher;

        expect(results.filter((r) => r.outcome === "other")).toEqual([]);
        expect(results.filter((r) => r.outcome === "paid")).toHaveLength(10);
        expect(results.filter((r) => r.outcome === "sold out")).toHaveLength(40);
        expect(lowest).toBeGreaterThanOrEqual(0);
        const variant = await deps.db.prisma.productVariant.findUniqueOrThrow({
          where: { id: variantId },
        });
        expect(variant.stock).toBe(0);

        const orders = await shop.as("query", "orders.list", { limit: 100 });
        expect(orders.status).toBe(200);
        const paid = (orders.data.orders as { number: number; total: number }[]).filter(Boolean);
        expect(orders.data.total).toBe(10);
        expect(paid.map((o) => o.number).sort()).toEqual(
          Array.from({ length: 10 }, (_, i) => 1001 + i),
        );
        // The provider's side: every charge it kept is one of these orders, to the cent.
        const money = provider.charged();
        expect(money.charges).toBe(20);
        expect(money.kept).toBe(10);
        expect(money.keptAmount).toBe(paid.reduce((sum, o) => sum + o.total, 0));
      } finally {
        watching = false;
        await watcher;
        await test.close();
        await provider.stop();
      }
    },
  );
});
