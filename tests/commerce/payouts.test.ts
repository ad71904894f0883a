import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { FakePayPal } from "../../server/commerce/payments/fake-paypal.ts";
import { FakeStripe } from "../../server/commerce/payments/fake-stripe.ts";
import { signedMinor } from "../../server/commerce/payments/paypal-payouts.ts";
import { createTestApp, useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper, type Shop } from "./helpers.ts";

/**
 * The Payments & payouts view (`payments.payouts`, `payments.paypalPayouts`): a connected
 * store's Stripe balance, payouts and balance transactions with Stripe's and the platform's fees;
 * a PayPal merchant's balance and transactions with PayPal's fees through the reporting APIs;
 * and, when a provider is down, refuses or answers nonsense, one clear sentence instead.
 */
const stripe = new FakeStripe();
const paypal = new FakePayPal();
const [stripeUrl, paypalUrl] = await Promise.all([stripe.start(), paypal.start()]);
afterAll(() => Promise.all([stripe.stop(), paypal.stop()]));
const { app, deps } = await useTestApp({
  env: {
    STRIPE_SECRET_KEY: "sk_test_pegasuspayouts123",
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    STRIPE_API_BASE: stripeUrl,
    PLATFORM_FEE_PERCENT: "2",
    PLATFORM_FEE_FIXED: "30",
    PAYPAL_CLIENT_ID: paypal.clientId,
    PAYPAL_CLIENT_SECRET: paypal.clientSecret,
    PAYPAL_WEBHOOK_ID: paypal.webhookId,
    PAYPAL_API_BASE: paypalUrl,
  },
});

async function connectStripe(shop: Shop): Promise<string> {
  expect((await shop.as("mutation", "payments.connectStripe")).status).toBe(200);
  const account = await deps.db.prisma.paymentAccount.findUniqueOrThrow({
    where: { siteId_provider: { siteId: shop.siteId, provider: "stripe" } },
  });
  stripe.completeOnboarding(account.accountId);
  expect((await shop.as("mutation", "payments.refresh")).status).toBe(200);
  return account.accountId;
}

/** A shopper who pays `price` x 1 through `method` (the provider's page completed). */
async function sell(shop: Shop, price: number, method: "card" | "paypal") {
  const product = await createProduct(shop, { title: "Kettle", price, stock: 5 });
  const shopper = new Shopper(app, shop);
  await shopper.add(product.variants[0]!.id, 1);
  const { token } = await shopper.startCheckout();
  expect((await shopper.information(token!)).statusCode).toBe(200);
  const pay = await shopper.post(
    `/api/checkout/${token}/pay`,
    method === "paypal" ? { method } : {},
  );
  expect(pay.statusCode, pay.body).toBe(200);
  // A checkout until the provider's page is completed; its order keeps its id.
  const order = await deps.db.prisma.checkout.findFirstOrThrow({ where: { token } });
  if (method === "card") stripe.completeSession(order.paymentRef!);
  else {
    paypal.approve(order.paymentRef!);
    const back = await shopper.get(
      `/api/checkout/${token}/return?site=${shop.slug}&token=${order.paymentRef}&PayerID=SHOPPER0000001`,
    );
    expect(back.statusCode).toBeLessThan(400);
  }
  return order;
}

describe("Stripe: a connected store's money", () => {
  it("shows the balance, payouts, and each payment with the platform's fee and the net", async () => {
    const shop = await createShop(app, deps, { currency: "EUR" });
    const before = await shop.as("query", "payments.payouts");
    expect(before.data).toEqual({
      state: "absent",
      code: "stripeNotConnected",
      message: expect.stringContaining("Connect your own Stripe account"),
    });

    const accountId = await connectStripe(shop);
    await sell(shop, 5_000, "card");
    stripe.balances.set(accountId, { available: 12_000, pending: 4_870, currency: "eur" });
    stripe.payouts.set(accountId, [
      {
        id: "po_week",
        object: "payout",
        amount: 9_000,
        currency: "eur",
        status: "in_transit",
        arrival_date: 1_800_000_000,
      },
    ]);
    const view = await shop.as("query", "payments.payouts");
    expect(view.status).toBe(200);
    const fee = Math.round(5_000 * 0.02) + 30;
    expect(view.data).toMatchObject({
      state: "ready",
      summary: {
        available: [{ amount: 12_000, currency: "EUR" }],
        pending: [{ amount: 4_870, currency: "EUR" }],
        payouts: [{ id: "po_week", amount: 9_000, currency: "EUR", status: "in_transit" }],
        fees: [{ amount: fee, currency: "EUR" }],
        transactions: [
          {
            kind: "payment",
            description: "Payment",
            descriptionCode: "payment",
            amount: 5_000,
            providerFee: 0,
            platformFee: fee,
            net: 5_000 - fee,
            currency: "EUR",
          },
        ],
      },
    });
    // Read as the store's account (Stripe-Account), never the platform's own balance.
    const reads = stripe.requests.filter((r) =>
      ["/v1/balance", "/v1/payouts", "/v1/balance_transactions"].includes(r.path),
    );
    expect(new Set(reads.map((r) => r.stripeAccount))).toEqual(new Set([accountId]));
  });

  it("says plainly when Stripe is down, and when it answers something we cannot read", async () => {
    const shop = await createShop(app, deps);
    const accountId = await connectStripe(shop);
    // Down: every call and its retries fail.
    stripe.failNext = { status: 500, count: 50 };
    const down = await shop.as("query", "payments.payouts");
    stripe.failNext = null;
    expect(down.status).toBe(200);
    expect(down.data).toEqual({
      state: "unavailable",
      code: "unreachable",
      provider: "Stripe",
      message: expect.stringContaining("Stripe could not be reached just now"),
    });
    // The rest of the store's payments still answer.
    expect((await shop.as("query", "payments.overview")).status).toBe(200);

    // A payout whose amount is not a number is refused at the edge, not shown half-read.
    stripe.payouts.set(accountId, [
      {
        id: "po_bad",
        object: "payout",
        amount: "lots" as unknown as number,
        currency: "usd",
        status: "paid",
        arrival_date: 1_800_000_000,
      },
    ]);
    const bad = await shop.as("query", "payments.payouts");
    expect(bad.data).toEqual({
      state: "unavailable",
      code: "unreadable",
      provider: "Stripe",
      message: expect.stringContaining("Stripe sent an answer we could not read"),
    });
  });
});

describe("PayPal: the merchant's money through the reporting APIs", () => {
  it("shows the balance, each payment with PayPal's fee, refunds and withdrawals, read as the merchant", async () => {
    const shop = await createShop(app, deps, { currency: "EUR" });
    const none = await shop.as("query", "payments.paypalPayouts");
    expect(none.data).toEqual({
      state: "absent",
      code: "paypalNotConnected",
      message: "Connect your PayPal account to see its balance and transactions here.",
    });
    const merchant = "PAYOUTSMERCH1";
    expect((await shop.as("mutation", "paypal.connect", { merchantId: merchant })).status).toBe(
      200,
    );
    const order = await sell(shop, 4_000, "paypal");
    const refund = await shop.as("mutation", "orders.refund", {
      orderId: order.id,
      amount: 1_000,
      restock: false,
    });
    expect(refund.status, JSON.stringify(refund.error)).toBe(200);
    paypal.withdrawals.set(merchant, [
      {
        id: "WITHDRAW00001",
        amount: 2_000,
        currency: "EUR",
        status: "S",
        time: new Date(Date.now() - 60_000).toISOString(),
      },
    ]);

    const view = await shop.as("query", "payments.paypalPayouts");
    expect(view.status).toBe(200);
    const fee = Math.round(4_000 * 0.0349) + 49;
    expect(view.data.state).toBe("ready");
    const summary = view.data.summary;
    expect(summary.available).toEqual([{ amount: 4_000 - fee - 1_000 - 2_000, currency: "EUR" }]);
    expect(summary.payouts).toMatchObject([
      { id: "WITHDRAW00001", amount: 2_000, currency: "EUR", status: "paid", arrivalDate: null },
    ]);
    expect(summary.transactions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "payment",
          description: "PayPal payment",
          descriptionCode: "paypalPayment",
          amount: 4_000,
          providerFee: fee,
          platformFee: 0,
          net: 4_000 - fee,
          currency: "EUR",
        }),
        expect.objectContaining({
          kind: "refund",
          descriptionCode: "refund",
          amount: -1_000,
          net: -1_000,
        }),
        expect.objectContaining({ kind: "payout", descriptionCode: "withdrawal", amount: -2_000 }),
      ]),
    );
    // Every reporting call was made for the store's merchant, within PayPal's 31 days.
    const reads = paypal.requests.filter((r) => r.path.startsWith("/v1/reporting/"));
    expect(reads.length).toBeGreaterThanOrEqual(2);
    for (const read of reads) {
      const claims = JSON.parse(
        Buffer.from(read.authAssertion!.split(".")[1]!, "base64url").toString(),
      ) as { payer_id: string };
      expect(claims.payer_id).toBe(merchant);
    }
  });

  it("tells the merchant to grant the permissions when PayPal refuses, and says when PayPal is down", async () => {
    const shop = await createShop(app, deps, { currency: "EUR" });
    const merchant = "NOPERMISSION1";
    await shop.as("mutation", "paypal.connect", { merchantId: merchant });
    paypal.reportingRefused.add(merchant);
    const refused = await shop.as("query", "payments.paypalPayouts");
    expect(refused.data).toEqual({
      state: "unavailable",
      code: "paypalAccessDenied",
      provider: "PayPal",
      message: expect.stringContaining("grant this platform the permissions"),
    });
    paypal.reportingRefused.delete(merchant);

    paypal.failNext = { status: 503, count: 2 };
    const down = await shop.as("query", "payments.paypalPayouts");
    paypal.failNext = null;
    expect(down.data).toEqual({
      state: "unavailable",
      code: "unreachable",
      provider: "PayPal",
      message: expect.stringContaining("PayPal could not be reached just now"),
    });
    expect((await shop.as("query", "payments.paypalPayouts")).data.state).toBe("ready");
  });

  it("reads PayPal's signed amounts exactly, in each currency's decimals", () => {
    expect(signedMinor({ currency_code: "EUR", value: "-12.30" })).toBe(-1_230);
    expect(signedMinor({ currency_code: "EUR", value: "0.05" })).toBe(5);
    expect(signedMinor({ currency_code: "JPY", value: "-1850" })).toBe(-1_850);
    expect(signedMinor({ currency_code: "USD", value: "7" })).toBe(700);
  });
});

describe("the test gateway", () => {
  it("says there is no money to show, and what the test payments came to", async () => {
    const test = await createTestApp();
    onTestFinished(() => test.close());
    const shop = await createShop(test.app, test.deps, { currency: "EUR" });
    const empty = await shop.as("query", "payments.payouts");
    expect(empty.data).toEqual({ state: "test", charges: [] });
    await test.deps.db.prisma.testCharge.createMany({
      data: [
        {
          id: "tch_a",
          siteId: shop.siteId,
          orderId: "o1",
          amount: 1_500,
          currency: "EUR",
          refunded: 500,
          idempotencyKey: "k-a",
        },
        {
          id: "tch_b",
          siteId: shop.siteId,
          orderId: "o2",
          amount: 2_500,
          currency: "EUR",
          idempotencyKey: "k-b",
        },
      ],
    });
    const totals = await shop.as("query", "payments.payouts");
    expect(totals.data).toEqual({
      state: "test",
      charges: [{ currency: "EUR", count: 2, amount: 4_000, refunded: 500 }],
    });
  });
});
