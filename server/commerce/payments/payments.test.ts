import { describe, expect, it } from "vitest";
import { paymentProviderContract } from "./contract.ts";
import { FakeStripe } from "./fake-stripe.ts";
import { stripeAmount, StripePayments } from "./stripe.ts";
import { cardProblem, luhn, TestGateway } from "./test-gateway.ts";

paymentProviderContract("built-in test gateway", async () => ({ provider: new TestGateway() }));

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
  const gateway = new TestGateway(() => new Date("2026-11-24T10:00:00Z"));
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
