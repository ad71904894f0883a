import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKinds } from "../../../tests/helpers/database.ts";
import type { Database } from "../../db/client.ts";
import { paymentProviderContract } from "./contract.ts";
import { FakeStripe } from "./fake-stripe.ts";
import { stripeAmount, StripePayments } from "./stripe.ts";
import { cardProblem, luhn, TestGateway } from "./test-gateway.ts";

for (const kind of testDatabaseKinds())
  paymentProviderContract(`built-in test gateway on ${kind}`, async () => {
    const database = await createTestDatabase(kind);
    return { provider: new TestGateway(database.prisma), teardown: () => database.close() };
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
  return {
    provider: new StripePayments({
      secretKey: "sk_test_contract123",
      webhookSecret: fake.webhookSecret,
      apiBase: url,
    }),
    completeHostedPayment: (id) => void fake.completeSession(id),
    teardown: () => fake.stop(),
  };
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
