import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKinds } from "../../../tests/helpers/database.ts";
import type { Database } from "../../db/client.ts";
import { requirementCodes, requirementsInWords } from "./accounts.ts";
import { paymentProviderContract } from "./contract.ts";
import { FakeStripe } from "./fake-stripe.ts";
import type { PaymentLine } from "./port.ts";
import { checkoutLocale, STRIPE_API_VERSION, stripeAmount, StripePayments } from "./stripe.ts";
import { cardProblem, luhn, TestGateway } from "./test-gateway.ts";

for (const kind of testDatabaseKinds())
  paymentProviderContract(`built-in test gateway on ${kind}`, async () => {
    const database = await createTestDatabase(kind);
    return {
      provider: new TestGateway(database.prisma),
      reopen: () => new TestGateway(database.prisma),
      teardown: () => database.close(),
    };
  });

describe.each(testDatabaseKinds())("the test gateway restarted, on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.close());

  const payment = (orderId: string) => ({
    orderId,
    siteId: randomUUID(),
    amount: 7_300,
    currency: "USD",
    email: "shopper@example.com",
    description: "Test Shop: 1 item",
    idempotencyKey: `checkout-${orderId}-1`,
    returnUrl: "",
    cancelUrl: "",
    card: { number: "4242424242424242", expMonth: 12, expYear: 2040, cvc: "123" },
  });

  it("finds, refunds and repeats answers for charges the previous process took", async () => {
    const orderId = randomUUID();
    const before = new TestGateway(database.prisma);
    const paid = await before.startPayment(payment(orderId));
    if (paid.status !== "paid") throw new Error(`not paid: ${JSON.stringify(paid)}`);
    const firstPart = {
      refundRef: paid.refundRef,
      amount: 3_000,
      currency: "USD",
      idempotencyKey: `refund-${orderId}-1`,
    };
    const refunded = await before.refund(firstPart);

    // A new process: nothing in memory, the same database.
    const after = new TestGateway(database.prisma);
    expect(await after.lookupPayment(paid.paymentRef)).toEqual({
      status: "paid",
      amount: 7_300,
      currency: "USD",
      refundRef: paid.refundRef,
      orderId,
    });
    expect(await after.startPayment(payment(orderId))).toEqual(paid);
    expect(await after.refund(firstPart)).toEqual(refunded);
    await after.refund({ ...firstPart, amount: 4_300, idempotencyKey: `refund-${orderId}-2` });
    await expect(
      after.refund({ ...firstPart, amount: 1, idempotencyKey: `refund-${orderId}-3` }),
    ).rejects.toThrow("The refund is larger than what is left of the charge.");
    expect(await after.chargesFor(orderId)).toEqual([
      { id: paid.paymentRef, amount: 7_300, currency: "USD", refunded: 7_300, orderId },
    ]);
  });

  it("refunds a charge once when the same refund is asked twice at once", async () => {
    const orderId = randomUUID();
    const gateway = new TestGateway(database.prisma);
    const paid = await gateway.startPayment(payment(orderId));
    if (paid.status !== "paid") throw new Error("not paid");
    const refund = {
      refundRef: paid.refundRef,
      amount: 5_000,
      currency: "USD",
      idempotencyKey: `refund-${orderId}`,
    };
    const [a, b] = await Promise.all([
      gateway.refund(refund),
      new TestGateway(database.prisma).refund(refund),
    ]);
    expect(b).toEqual(a);
    expect((await gateway.chargesFor(orderId))[0]!.refunded).toBe(5_000);
  });

  it("knows no charge it never took", async () => {
    const gateway = new TestGateway(database.prisma);
    expect(await gateway.lookupPayment("tch_unknown")).toEqual({
      status: "expired",
      orderId: null,
    });
    await expect(
      gateway.refund({ refundRef: "pi_123", amount: 1, currency: "USD", idempotencyKey: "r" }),
    ).rejects.toThrow("The test gateway has no charge pi_123.");
  });
});

paymentProviderContract("Stripe (SDK against a local fake)", async () => {
  const fake = new FakeStripe();
  const url = await fake.start();
  const open = () =>
    new StripePayments({
      secretKey: "sk_test_contract123",
      webhookSecret: fake.webhookSecret,
      apiBase: url,
    });
  return {
    provider: open(),
    reopen: open,
    completeHostedPayment: (id) => void fake.completeSession(id),
    teardown: () => fake.stop(),
  };
});

paymentProviderContract("Stripe Connect: destination charges for a connected account", async () => {
  const fake = new FakeStripe();
  const url = await fake.start();
  const open = () =>
    new StripePayments({
      secretKey: "sk_test_contract123",
      webhookSecret: fake.webhookSecret,
      apiBase: url,
    });
  const provider = open();
  const account = await provider.createAccount({
    siteId: "site-1",
    email: "owner@example.com",
    idempotencyKey: "connect-site-1",
  });
  fake.completeOnboarding(account.accountId);
  return {
    provider,
    reopen: open,
    requestExtras: { account: account.accountId, applicationFeeAmount: 100 },
    completeHostedPayment: (id) => void fake.completeSession(id),
    teardown: () => fake.stop(),
  };
});

describe("Stripe Checkout for a connected store", () => {
  const fake = new FakeStripe();
  let stripe: StripePayments;
  beforeAll(async () => {
    stripe = new StripePayments({
      secretKey: "sk_test_connect123",
      webhookSecret: fake.webhookSecret,
      apiBase: await fake.start(),
    });
  });
  afterAll(() => fake.stop());

  const lines: PaymentLine[] = [
    { kind: "product", name: "Kettle", quantity: 2, unitAmount: 2500, amount: 5000 },
    { kind: "shipping", name: "Standard", quantity: 1, unitAmount: 500, amount: 500 },
    { kind: "tax", name: "Tax", quantity: 1, unitAmount: 360, amount: 360 },
    { kind: "discount", name: "Discount SAVE10", quantity: 1, unitAmount: -500, amount: -500 },
  ];

  it("carries the destination charge, fee, descriptor, itemised lines, shipping and locale", async () => {
    const account = await stripe.createAccount({
      siteId: "s",
      email: "o@example.com",
      idempotencyKey: "connect-s",
    });
    fake.completeOnboarding(account.accountId);
    const started = await stripe.startPayment({
      orderId: "order-1",
      siteId: "s",
      amount: 5360,
      currency: "USD",
      email: "a@b.c",
      description: "Test Shop: 2 items",
      idempotencyKey: "checkout-order-1-1",
      returnUrl: "http://localhost/r",
      cancelUrl: "http://localhost/c",
      lines,
      shippingAddress: {
        name: "Sam Shopper",
        line1: "1 Market St",
        city: "San Francisco",
        region: "CA",
        postalCode: "94105",
        country: "US",
      },
      locale: "de-DE",
      account: account.accountId,
      applicationFeeAmount: 190,
      statementDescriptorSuffix: "KILN HOUSE",
    });
    if (started.status !== "redirect") throw new Error("no page");
    const session = fake.session(started.paymentRef);
    // What the shopper is charged: the items, less the coupon, is exactly our total.
    expect(session.amount_total).toBe(5360);
    expect(session.line_items).toEqual([
      { name: "Kettle", unit_amount: 2500, quantity: 2 },
      { name: "Standard", unit_amount: 500, quantity: 1 },
      { name: "Tax", unit_amount: 360, quantity: 1 },
    ]);
    expect(session.discount_amount).toBe(500);
    expect(session.locale).toBe("de");
    expect(session.payment_intent_data).toMatchObject({
      on_behalf_of: account.accountId,
      "transfer_data[destination]": account.accountId,
      application_fee_amount: "190",
      statement_descriptor_suffix: "KILN HOUSE",
      "shipping[name]": "Sam Shopper",
      "shipping[address][line1]": "1 Market St",
      "shipping[address][state]": "CA",
      "shipping[address][country]": "US",
    });
    // Every call carries the pinned API version.
    expect(new Set(fake.requests.map((r) => r.apiVersion))).toEqual(new Set([STRIPE_API_VERSION]));

    // A refund takes the money back from the store and gives back our fee in proportion.
    fake.completeSession(started.paymentRef);
    const paid = await stripe.lookupPayment(started.paymentRef);
    if (paid.status !== "paid") throw new Error("not paid");
    await stripe.refund({
      refundRef: paid.refundRef,
      amount: 2680,
      currency: "USD",
      idempotencyKey: "r1",
    });
    expect(fake.refunds.at(-1)).toMatchObject({
      reverse_transfer: true,
      refund_application_fee: true,
    });
    expect(fake.applicationFees.at(-1)).toMatchObject({ amount: 190, amount_refunded: 95 });
  });

  it("refuses lines that do not add up to the amount, charging nothing", async () => {
    const before = fake.sessions.size;
    await expect(
      stripe.startPayment({
        orderId: "order-2",
        siteId: "s",
        amount: 5361,
        currency: "USD",
        email: "a@b.c",
        description: "d",
        idempotencyKey: "checkout-order-2-1",
        returnUrl: "http://localhost/r",
        cancelUrl: "http://localhost/c",
        lines,
      }),
    ).rejects.toThrow(/add up to 5360, not its total 5361/);
    expect(fake.sessions.size).toBe(before);
  });

  it("names Checkout's language from the store's locale", () => {
    expect(checkoutLocale("en-GB")).toBe("en-GB");
    expect(checkoutLocale("pt-br")).toBe("pt-BR");
    expect(checkoutLocale("de-AT")).toBe("de");
    expect(checkoutLocale("cy")).toBe("auto");
  });

  it("reports balance, payouts and this store's fees from its own account", async () => {
    const account = await stripe.createAccount({
      siteId: "p",
      email: "p@example.com",
      idempotencyKey: "connect-p",
    });
    fake.balances.set(account.accountId, { available: 12_000, pending: 3_400, currency: "usd" });
    fake.payouts.set(account.accountId, [
      {
        id: "po_1",
        object: "payout",
        amount: 9_000,
        currency: "usd",
        status: "paid",
        arrival_date: 1_800_000_000,
      },
    ]);
    const summary = await stripe.payoutsSummary(account.accountId);
    expect(summary.available).toEqual([{ amount: 12_000, currency: "USD" }]);
    expect(summary.pending).toEqual([{ amount: 3_400, currency: "USD" }]);
    expect(summary.payouts).toEqual([
      {
        id: "po_1",
        amount: 9_000,
        currency: "USD",
        status: "paid",
        arrivalDate: new Date(1_800_000_000_000),
        createdAt: new Date(1_800_000_000_000 - 2 * 86_400_000),
      },
    ]);
    expect(summary.fees).toEqual([]);
    expect(summary.transactions).toEqual([]);
    const calls = fake.requests.filter((r) => r.path === "/v1/balance" || r.path === "/v1/payouts");
    expect(calls.map((r) => r.stripeAccount)).toEqual([account.accountId, account.accountId]);
  });
});

describe("what Stripe still needs, in plain words", () => {
  it("names each requirement once, in the merchant's words", () => {
    expect(
      requirementsInWords([
        "individual.dob.day",
        "individual.dob.month",
        "external_account",
        "tos_acceptance.date",
        "something_new",
      ]),
    ).toEqual([
      "the owner's date of birth",
      "a bank account for payouts",
      "acceptance of Stripe's terms of service",
      "something new",
    ]);
  });

  it('gives each requirement a code for the app to word, unknown ones as one "other"', () => {
    expect(
      requirementCodes([
        "individual.dob.day",
        "individual.dob.month",
        "external_account",
        "individual.verification.document",
        "representative.verification.document",
        "person_1A2b.dob.day",
        "something_new",
        "something_else",
      ]),
    ).toEqual([
      "ownerBirthDate",
      "bankAccount",
      "ownerIdDocument",
      "representativeIdDocument",
      "person",
      "other",
    ]);
  });
});

describe("the test gateway's cards", () => {
  let database: Database;
  let gateway: TestGateway;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    gateway = new TestGateway(database.prisma, () => new Date("2026-11-24T10:00:00Z"));
  });
  afterAll(() => database.close());
  const pay = (number: string, expYear = 2030) =>
    gateway.startPayment({
      orderId: "o",
      siteId: "s",
      amount: 100,
      currency: "USD",
      email: "a@b.c",
      description: "d",
      idempotencyKey: `${number}-${expYear}`,
      returnUrl: "",
      cancelUrl: "",
      card: { number, expMonth: 1, expYear, cvc: "123" },
    });

  it("follows Stripe's test cards", async () => {
    expect((await pay("4242424242424242")).status).toBe("paid");
    expect(await pay("4000000000000002")).toEqual({
      status: "declined",
      message: "Your card was declined.",
    });
    expect(await pay("4000000000009995")).toEqual({
      status: "declined",
      message: "Your card has insufficient funds.",
    });
  });

  it("refuses real card numbers, bad checksums and expired cards", async () => {
    expect(await pay("4111111111111111")).toMatchObject({
      status: "declined",
      message: expect.stringMatching(/test payments only/),
    });
    expect(await pay("4242424242424241")).toEqual({
      status: "declined",
      message: "Your card number is not valid.",
    });
    expect(await pay("4242424242424242", 2025)).toEqual({
      status: "declined",
      message: "Your card has expired.",
    });
    expect(luhn("79927398713")).toBe(true);
    expect(
      cardProblem(
        { number: "4242424242424242", expMonth: 13, expYear: 2030, cvc: "1" },
        new Date(),
      ),
    ).toBe("Your card has expired.");
  });

  it("refuses BHD amounts Stripe cannot charge (three decimals, last digit not 0)", () => {
    expect(stripeAmount(1_230, "BHD")).toBe(1_230);
    expect(() => stripeAmount(1_235, "BHD")).toThrow(/steps of 0.010/);
    expect(stripeAmount(1_850, "JPY")).toBe(1_850);
  });
});
