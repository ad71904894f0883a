import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paymentProviderContract } from "./contract.ts";
import { FakePayPal } from "./fake-paypal.ts";
import { minorFromPaypal, PayPalPayments, paypalValue } from "./paypal.ts";
import type { PaymentRequest } from "./port.ts";

const MERCHANT = "MERCHANT00001";

async function openFake() {
  const fake = new FakePayPal();
  const url = await fake.start();
  /** The platform's PayPal as a process makes it at start, for the store's merchant. */
  const reopen = () =>
    new PayPalPayments({
      clientId: fake.clientId,
      clientSecret: fake.clientSecret,
      webhookId: fake.webhookId,
      apiBase: url,
    }).forMerchant(MERCHANT);
  return { fake, url, provider: reopen(), reopen };
}

paymentProviderContract("PayPal (SDK against a local fake)", async () => {
  const { fake, provider, reopen } = await openFake();
  return {
    provider,
    reopen,
    completeHostedPayment: (id) => void fake.approve(id),
    teardown: () => fake.stop(),
    refusedCurrencies: ["BHD", "KWD"],
  };
});

describe("PayPal amounts", () => {
  it("writes minor units as PayPal's decimal strings by the ISO exponent", () => {
    expect(paypalValue(1_850, "JPY")).toBe("1850");
    expect(paypalValue(12_345, "EUR")).toBe("123.45");
    expect(paypalValue(5, "EUR")).toBe("0.05");
    expect(paypalValue(12_345, "KWD")).toBe("12.345");
    expect(paypalValue(7, "KWD")).toBe("0.007");
    expect(minorFromPaypal("123.45", "EUR")).toBe(12_345);
    expect(minorFromPaypal("1850", "JPY")).toBe(1_850);
    expect(minorFromPaypal("12.345", "KWD")).toBe(12_345);
    expect(minorFromPaypal("12.3", "EUR")).toBe(1_230);
  });

  it("takes HUF and TWD in whole units only, as PayPal does", () => {
    expect(paypalValue(150_000, "HUF")).toBe("1500");
    expect(() => paypalValue(150_050, "HUF")).toThrow(/whole units only/);
    expect(paypalValue(9_900, "TWD")).toBe("99");
  });
});

describe("PayPal Orders v2 against the fake", () => {
  let fake: FakePayPal;
  let provider: PayPalPayments;
  let url: string;
  beforeAll(async () => {
    ({ fake, provider, url } = await openFake());
  });
  afterAll(() => fake.stop());

  const request = (over: Partial<PaymentRequest> = {}): PaymentRequest => {
    const orderId = randomUUID();
    return {
      orderId,
      siteId: randomUUID(),
      amount: 7_300,
      currency: "EUR",
      email: "shopper@example.com",
      description: "Northbound Coffee: 3 items",
      idempotencyKey: `checkout-${orderId}-1`,
      returnUrl: "https://shop.example/api/checkout/t/return?site=s",
      cancelUrl: "https://shop.example/s/s/checkout/t",
      expiresAt: new Date(Date.now() + 31 * 60_000),
      lines: [
        {
          kind: "product",
          name: "Kettle",
          sku: "K-1",
          quantity: 2,
          unitAmount: 3_000,
          amount: 6_000,
        },
        { kind: "product", name: "Filter", quantity: 1, unitAmount: 500, amount: 500 },
        { kind: "shipping", name: "Standard", quantity: 1, unitAmount: 1_000, amount: 1_000 },
        { kind: "tax", name: "Tax", quantity: 1, unitAmount: 300, amount: 300 },
        { kind: "discount", name: "Discount SAVE5", quantity: 1, unitAmount: -500, amount: -500 },
      ],
      ...over,
    };
  };

  it("creates the order for the store's merchant with the breakdown, items and the shopper's URLs", async () => {
    const req = request();
    const started = await provider.startPayment(req);
    expect(started.status).toBe("redirect");
    const create = fake.requests.find((r) => r.path === "/v2/checkout/orders")!;
    expect(create.requestId).toBe(req.idempotencyKey);
    const unit = (create.body as { purchase_units: Record<string, unknown>[] }).purchase_units[0]!;
    expect(unit).toMatchObject({
      payee: { merchant_id: MERCHANT },
      amount: {
        currency_code: "EUR",
        value: "73.00",
        breakdown: {
          item_total: { currency_code: "EUR", value: "65.00" },
          shipping: { value: "10.00" },
          tax_total: { value: "3.00" },
          discount: { value: "5.00" },
        },
      },
      items: [
        { name: "Kettle", quantity: "2", sku: "K-1", unit_amount: { value: "30.00" } },
        { name: "Filter", quantity: "1", unit_amount: { value: "5.00" } },
      ],
    });
    expect(create.body).toMatchObject({
      intent: "CAPTURE",
      payment_source: {
        paypal: {
          experience_context: { return_url: req.returnUrl, cancel_url: req.cancelUrl },
        },
      },
    });
  });

  it("sends the amount alone when the breakdown would not add up", async () => {
    const req = request({ amount: 7_301 });
    const started = await provider.startPayment(req);
    if (started.status !== "redirect") throw new Error("no redirect");
    const unit = fake.order(started.paymentRef).purchase_units[0]!;
    expect(unit.amount).toEqual({ currency_code: "EUR", value: "73.01" });
    expect(unit.items).toBeUndefined();
  });

  it("captures an approved order once however often the return and the webhook ask", async () => {
    const started = await provider.startPayment(request());
    if (started.status !== "redirect") throw new Error("no redirect");
    fake.approve(started.paymentRef);
    const [a, b, c] = await Promise.all([
      provider.lookupPayment(started.paymentRef),
      provider.lookupPayment(started.paymentRef),
      provider.lookupPayment(started.paymentRef),
    ]);
    expect(a).toMatchObject({ status: "paid", amount: 7_300, currency: "EUR" });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(fake.order(started.paymentRef).purchase_units[0]!.payments!.captures).toHaveLength(1);
    const captures = fake.requests.filter((r) => r.path.endsWith("/capture"));
    expect(new Set(captures.map((r) => r.requestId))).toEqual(
      new Set([`capture-${started.paymentRef}`]),
    );
  });

  it("refunds a capture as the merchant (PayPal-Auth-Assertion) with the refund's request id", async () => {
    const started = await provider.startPayment(request());
    if (started.status !== "redirect") throw new Error("no redirect");
    fake.approve(started.paymentRef);
    const paid = await provider.lookupPayment(started.paymentRef);
    if (paid.status !== "paid") throw new Error("not paid");
    const { refundId } = await provider.refund({
      refundRef: paid.refundRef,
      amount: 2_550,
      currency: "EUR",
      idempotencyKey: "refund-r1",
      reason: "Damaged",
    });
    const call = fake.requests.find((r) => r.path.endsWith("/refund"))!;
    expect(call.requestId).toBe("refund-r1");
    expect(call.body).toMatchObject({ amount: { currency_code: "EUR", value: "25.50" } });
    const claims = JSON.parse(
      Buffer.from(call.authAssertion!.split(".")[1]!, "base64url").toString(),
    );
    expect(claims).toEqual({ iss: fake.clientId, payer_id: MERCHANT });
    expect(fake.refunds.map((r) => r.id)).toEqual([refundId]);
    expect(fake.capture(started.paymentRef)!.status).toBe("PARTIALLY_REFUNDED");
  });

  it("never captures an order withdrawn before the shopper approved it", async () => {
    const started = await provider.startPayment(request());
    if (started.status !== "redirect") throw new Error("no redirect");
    await provider.cancelPayment(started.paymentRef, "cancel-x");
    fake.approve(started.paymentRef);
    expect(await provider.lookupPayment(started.paymentRef)).toMatchObject({ status: "expired" });
    expect(fake.order(started.paymentRef).status).toBe("APPROVED");
  });

  it("reports a capture PayPal holds for review as not paid yet", async () => {
    const started = await provider.startPayment(request());
    if (started.status !== "redirect") throw new Error("no redirect");
    fake.approve(started.paymentRef);
    fake.captureOutcome = "PENDING";
    try {
      expect((await provider.lookupPayment(started.paymentRef)).status).toBe("open");
    } finally {
      fake.captureOutcome = "COMPLETED";
    }
  });

  it("turns PayPal's refusals into clear errors", async () => {
    await expect(
      provider.startPayment(request({ currency: "KWD", amount: 12_345 })),
    ).rejects.toThrow(
      "PayPal does not take payments in KWD; the shop's currency must be one PayPal supports.",
    );
    const bad = new PayPalPayments({
      clientId: fake.clientId,
      clientSecret: "wrong",
      webhookId: fake.webhookId,
      apiBase: url,
    });
    await expect(bad.startPayment(request())).rejects.toThrow(/^PayPal: /);
    const started = await provider.startPayment(request());
    if (started.status !== "redirect") throw new Error("no redirect");
    fake.approve(started.paymentRef);
    const paid = await provider.lookupPayment(started.paymentRef);
    if (paid.status !== "paid") throw new Error("not paid");
    await expect(
      provider.refund({
        refundRef: paid.refundRef,
        amount: 7_301,
        currency: "EUR",
        idempotencyKey: "refund-too-much",
      }),
    ).rejects.toThrow(/^PayPal: The refund amount must be less than or equal/);
  });
});
