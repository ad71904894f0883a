import { afterAll, describe, expect, it } from "vitest";
import {
  paymentRequestExtras,
  paymentsBlockedBecause,
} from "../../server/commerce/payment-accounts.ts";
import { FakeStripe } from "../../server/commerce/payments/fake-stripe.ts";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper, type Shop, orderOrCheckout } from "./helpers.ts";

/**
 * Stripe Connect end to end: a store connects its own account (against the fake Stripe server),
 * `account.updated` events from the Connect endpoint keep its status, and its shoppers' payments
 * are destination charges for it with the platform's fee. A store whose account cannot take
 * charges cannot take payments.
 */
const fake = new FakeStripe();
const stripeUrl = await fake.start();
afterAll(() => fake.stop());
const connectSecret = "whsec_connectendpoint123456";
const { app, deps } = await useTestApp({
  env: {
    STRIPE_SECRET_KEY: "sk_test_pegasusconnect123",
    STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
    STRIPE_CONNECT_WEBHOOK_SECRET: connectSecret,
    STRIPE_API_BASE: stripeUrl,
    PLATFORM_FEE_PERCENT: "2.5",
    PLATFORM_FEE_FIXED: "30",
  },
});

function sendConnectEvent(event: unknown, secret = connectSecret) {
  const payload = JSON.stringify(event);
  return app.inject({
    method: "POST",
    url: "/api/webhooks/stripe",
    headers: {
      "content-type": "application/json",
      "stripe-signature": fake.sign(payload, { secret }),
    },
    payload,
  });
}

/** A shopper who has given their address and pressed Pay. */
async function checkout(shop: Shop, options: { code?: string } = {}) {
  const product = await createProduct(shop, { title: "Gooseneck Kettle", price: 2500, stock: 5 });
  const shopper = new Shopper(app, shop);
  await shopper.add(product.variants[0]!.id, 2);
  const { token } = await shopper.startCheckout();
  expect((await shopper.information(token!)).statusCode).toBe(200);
  if (options.code) {
    const applied = await shopper.post(`/api/checkout/${token}/discount`, { code: options.code });
    expect(applied.statusCode, applied.body).toBe(200);
  }
  const pay = await shopper.post(`/api/checkout/${token}/pay`, {});
  const order = await orderOrCheckout(deps.db.prisma, { token });
  return { pay, order };
}

async function connect(shop: Shop) {
  const started = await shop.as("mutation", "payments.connectStripe");
  expect(started.status, JSON.stringify(started.error)).toBe(200);
  const account = await deps.db.prisma.paymentAccount.findUniqueOrThrow({
    where: { siteId_provider: { siteId: shop.siteId, provider: "stripe" } },
  });
  return { url: started.data.url as string, accountId: account.accountId };
}

describe("connecting a store's Stripe account", () => {
  it("onboards, learns from account.updated that charges are enabled, then takes payments for the store", async () => {
    const shop = await createShop(app, deps);
    const { url, accountId } = await connect(shop);
    // The onboarding link comes back to the Payments page, whichever way it ends.
    const page = `${deps.config.publicUrl}/sites/${shop.siteId}/store/payments`;
    expect(new URL(url).searchParams.get("return_url")).toBe(`${page}?stripe=return`);
    expect(new URL(url).searchParams.get("refresh_url")).toBe(`${page}?stripe=refresh`);
    // A second click (or the refresh address) gives a new link to the same account.
    const again = await connect(shop);
    expect(again.accountId).toBe(accountId);
    expect(again.url).not.toBe(url);
    expect(fake.accounts.size).toBeGreaterThanOrEqual(1);

    let overview = await shop.as("query", "payments.overview");
    expect(overview.data).toMatchObject({
      provider: "stripe",
      canTakePayments: false,
      blockedBecause: "The store has not finished setting up its Stripe account.",
      blockedCode: "setupUnfinished",
      account: { accountId, detailsSubmitted: false, chargesEnabled: false, payoutsEnabled: false },
    });
    expect(overview.data.account.needs).toEqual([
      "the type of business (individual or company)",
      "a bank account for payouts",
      "the owner's date of birth",
      "acceptance of Stripe's terms of service",
    ]);
    expect(overview.data.account.needCodes).toEqual([
      "businessType",
      "bankAccount",
      "ownerBirthDate",
      "termsOfService",
    ]);

    // Its shoppers cannot pay yet, and are told so plainly; nothing is sent to Stripe.
    const sessionsBefore = fake.sessions.size;
    const refused = await checkout(shop);
    expect(refused.pay.statusCode).toBe(409);
    expect(refused.pay.body).toContain("This store cannot take payments yet.");
    expect(fake.sessions.size).toBe(sessionsBefore);

    // Onboarding done on Stripe's pages: the Connect endpoint tells us, once.
    fake.completeOnboarding(accountId);
    const event = fake.accountUpdated(accountId);
    const first = await sendConnectEvent(event);
    expect(first.statusCode, first.body).toBe(200);
    expect((await sendConnectEvent(event)).json()).toMatchObject({ outcome: "duplicate" });
    overview = await shop.as("query", "payments.overview");
    expect(overview.data).toMatchObject({
      canTakePayments: true,
      blockedBecause: null,
      blockedCode: null,
      account: {
        detailsSubmitted: true,
        chargesEnabled: true,
        payoutsEnabled: true,
        needs: [],
        needCodes: [],
        problem: null,
        problemCode: null,
      },
    });

    // Now a payment is a destination charge for the store, with the configured fee.
    const saved = await shop.as("mutation", "payments.updateSettings", {
      statementDescriptor: "KETTLES",
    });
    expect(saved.status).toBe(200);
    await shop.as("mutation", "discounts.create", {
      discount: { code: "SAVE10", kind: "percentage", value: 1000 },
    });
    const { pay, order } = await checkout(shop, { code: "SAVE10" });
    expect(pay.statusCode, pay.body).toBe(200);
    const session = fake.session(order.paymentRef!);
    expect(order.discountTotal).toBe(500);
    expect(session.amount_total).toBe(order.total);
    expect(session.line_items[0]).toEqual({
      name: "Gooseneck Kettle",
      unit_amount: 2500,
      quantity: 2,
    });
    expect(session.discount_amount).toBe(500);
    expect(session.locale).toBe("en");
    expect(session.payment_intent_data).toMatchObject({
      on_behalf_of: accountId,
      "transfer_data[destination]": accountId,
      // 2.5 % of 4500 is 112.5 -> 113, plus 30.
      application_fee_amount: String(Math.round(order.total * 0.025) + 30),
      statement_descriptor_suffix: "KETTLES",
      "shipping[address][line1]": "1 Market St",
      "shipping[address][postal_code]": "94105",
    });
  });

  it("gives Stripe's account, fee and descriptor only to a Stripe payment, the same lines to both", async () => {
    const shop = await createShop(app, deps);
    const { accountId } = await connect(shop);
    fake.completeOnboarding(accountId);
    expect((await sendConnectEvent(fake.accountUpdated(accountId))).statusCode).toBe(200);
    await shop.as("mutation", "payments.updateSettings", { statementDescriptor: "KETTLES" });
    const { pay, order } = await checkout(shop);
    expect(pay.statusCode, pay.body).toBe(200);

    const forStripe = await paymentRequestExtras(deps, order.id, "stripe");
    expect(forStripe).toMatchObject({
      account: accountId,
      applicationFeeAmount: Math.round(order.total * 0.025) + 30,
      statementDescriptorSuffix: "KETTLES",
    });
    // A shopper who picks PayPal pays the store's PayPal merchant: nothing of Stripe goes along.
    const forPayPal = await paymentRequestExtras(deps, order.id, "paypal");
    expect(forPayPal).not.toHaveProperty("account");
    expect(forPayPal).not.toHaveProperty("applicationFeeAmount");
    expect(forPayPal).not.toHaveProperty("statementDescriptorSuffix");
    expect(forPayPal.lines).toEqual(forStripe.lines);
    expect(forPayPal.lines?.reduce((sum, l) => sum + l.amount, 0)).toBe(order.total);
    expect(forPayPal.shippingAddress).toMatchObject({ line1: "1 Market St" });
  });

  it("refuses a Connect event with a bad signature, and changes nothing", async () => {
    const shop = await createShop(app, deps);
    const { accountId } = await connect(shop);
    fake.completeOnboarding(accountId);
    const forged = await sendConnectEvent(fake.accountUpdated(accountId), "whsec_notours12345678");
    expect(forged.statusCode).toBe(400);
    const account = await deps.db.prisma.paymentAccount.findFirstOrThrow({ where: { accountId } });
    expect(account.chargesEnabled).toBe(false);
  });

  it("verifies and de-duplicates every event of a connected account, whichever endpoint signed it", async () => {
    const { accountId } = await connect(await createShop(app, deps));
    const events = [
      fake.dispute("charge.dispute.created", "pi_connected1", 4_500, "USD", { account: accountId }),
      fake.dispute("charge.dispute.closed", "pi_connected1", 4_500, "USD", { account: accountId }),
      fake.event(
        "checkout.session.async_payment_failed",
        { id: "cs_x", object: "checkout.session" },
        undefined,
        {
          account: accountId,
        },
      ),
    ];
    for (const event of events) {
      const first = await sendConnectEvent(event);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json().outcome).not.toBe("duplicate");
      // The same event again, even signed by the platform's own endpoint, is handled once.
      expect((await sendConnectEvent(event, fake.webhookSecret)).json()).toMatchObject({
        outcome: "duplicate",
      });
      expect((await sendConnectEvent(event, "whsec_forged12345678")).statusCode).toBe(400);
    }
  });

  it("reads an account's status from Stripe, so a late event never restores an older one", async () => {
    const shop = await createShop(app, deps);
    const { accountId } = await connect(shop);
    fake.completeOnboarding(accountId);
    const early = fake.accountUpdated(accountId);
    fake.restrict(accountId, ["individual.verification.document"]);
    await sendConnectEvent(fake.accountUpdated(accountId));
    await sendConnectEvent(early); // arrives last, says "enabled"
    const overview = await shop.as("query", "payments.overview");
    expect(overview.data).toMatchObject({
      canTakePayments: false,
      account: {
        chargesEnabled: false,
        needs: ["an identity document"],
        needCodes: ["ownerIdDocument"],
        problem: "Stripe needs more information before this account can take payments.",
        problemCode: "pastDue",
      },
    });
  });

  it("without a connected account, takes payments with the platform's account unless Connect is required", async () => {
    const shop = await createShop(app, deps);
    const { pay, order } = await checkout(shop);
    expect(pay.statusCode, pay.body).toBe(200);
    expect(fake.session(order.paymentRef!).payment_intent_data).not.toHaveProperty("on_behalf_of");
    const required = {
      ...deps,
      config: {
        ...deps.config,
        stripeConnect: { ...deps.config.stripeConnect, mode: "required" as const },
      },
    };
    expect(await paymentsBlockedBecause(required, shop.siteId)).toBe(
      "The store has not connected a Stripe account yet.",
    );
  });

  it("shows the store's balance and payouts from its own account", async () => {
    const shop = await createShop(app, deps);
    const { accountId } = await connect(shop);
    fake.balances.set(accountId, { available: 8_800, pending: 1_200, currency: "usd" });
    const payouts = await shop.as("query", "payments.payouts");
    expect(payouts.status).toBe(200);
    expect(payouts.data.summary).toMatchObject({
      available: [{ amount: 8_800, currency: "USD" }],
      pending: [{ amount: 1_200, currency: "USD" }],
    });
  });
});
