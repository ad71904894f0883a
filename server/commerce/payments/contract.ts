import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PaymentProvider, PaymentRequest } from "./port.ts";

/**
 * A provider to test, and how the shopper pays in it: the test gateway is paid by the card in
 * the request; Stripe by the shopper on its hosted page (the fake marks the session paid).
 */
export type PaymentHarness = {
  provider: PaymentProvider;
  /** Finishes a payment that answered "redirect", as the shopper would. */
  completeHostedPayment?: (paymentRef: string) => void;
  teardown?: () => Promise<void>;
  /**
   * The same provider as a new process would make it (nothing in memory, the same database or
   * provider account): payments and refunds made before must still be found and answered alike.
   */
  reopen: () => PaymentProvider;
  /** Added to every request: e.g. a connected account and the platform's fee (Stripe Connect). */
  requestExtras?: Partial<PaymentRequest>;
  /** Currencies the provider does not take (PayPal: BHD, KWD...): refused with a clear error. */
  refusedCurrencies?: string[];
};

const GOOD_CARD = { number: "4242424242424242", expMonth: 12, expYear: 2040, cvc: "123" };

function baseRequest(over: Partial<PaymentRequest> = {}): PaymentRequest {
  const orderId = randomUUID();
  return {
    orderId,
    siteId: randomUUID(),
    amount: 4_850,
    currency: "USD",
    email: "shopper@example.com",
    description: "Test Shop: 2 items",
    idempotencyKey: `checkout-${orderId}-1`,
    returnUrl: "http://localhost/api/checkout/t/return?site=s",
    cancelUrl: "http://localhost/s/s/checkout/t",
    expiresAt: new Date(Date.now() + 31 * 60_000),
    card: GOOD_CARD,
    ...over,
  };
}

/** What every PaymentProvider adapter must do. */
export function paymentProviderContract(name: string, open: () => Promise<PaymentHarness>): void {
  describe(name, () => {
    let harness: PaymentHarness;
    beforeAll(async () => {
      harness = await open();
    });
    afterAll(() => harness.teardown?.());
    const request = (over: Partial<PaymentRequest> = {}) =>
      baseRequest({ ...harness.requestExtras, ...over });

    /** Starts and, when hosted, completes a payment; returns the lookup a paid order would see. */
    async function pay(req: PaymentRequest) {
      const started = await harness.provider.startPayment(req);
      if (started.status === "redirect") {
        expect(started.url).toMatch(/^https:\/\//);
        harness.completeHostedPayment!(started.paymentRef);
        return {
          paymentRef: started.paymentRef,
          lookup: await harness.provider.lookupPayment(started.paymentRef),
        };
      }
      expect(started.status).toBe("paid");
      if (started.status !== "paid") throw new Error("not paid");
      return {
        paymentRef: started.paymentRef,
        lookup: await harness.provider.lookupPayment(started.paymentRef),
      };
    }

    it("takes exactly the amount and currency asked for, and says which order it was for", async () => {
      const req = request({ amount: 12_345, currency: "EUR" });
      const { lookup } = await pay(req);
      expect(lookup).toMatchObject({
        status: "paid",
        amount: 12_345,
        currency: "EUR",
        orderId: req.orderId,
      });
    });

    it("handles zero- and three-decimal currencies in minor units", async () => {
      expect((await pay(request({ amount: 1_850, currency: "JPY" }))).lookup).toMatchObject({
        amount: 1_850,
        currency: "JPY",
      });
      if (harness.refusedCurrencies?.includes("BHD")) {
        await expect(
          harness.provider.startPayment(request({ amount: 1_230, currency: "BHD" })),
        ).rejects.toThrow(/does not take payments in BHD/);
        return;
      }
      expect((await pay(request({ amount: 1_230, currency: "BHD" }))).lookup).toMatchObject({
        amount: 1_230,
        currency: "BHD",
      });
    });

    it("answers a repeated idempotency key with the first answer, without charging twice", async () => {
      const req = request();
      const first = await harness.provider.startPayment(req);
      const second = await harness.provider.startPayment(req);
      expect(second).toEqual(first);
    });

    it("refunds in parts up to what was paid, and a retried refund only once", async () => {
      const { lookup } = await pay(request({ amount: 3_000 }));
      if (lookup.status !== "paid") throw new Error("not paid");
      const refund = {
        refundRef: lookup.refundRef,
        amount: 1_000,
        currency: "USD",
        idempotencyKey: `refund-${randomUUID()}`,
      };
      const first = await harness.provider.refund(refund);
      expect(await harness.provider.refund(refund)).toEqual(first);
      await harness.provider.refund({
        ...refund,
        amount: 2_000,
        idempotencyKey: `refund-${randomUUID()}`,
      });
      await expect(
        harness.provider.refund({ ...refund, amount: 1, idempotencyKey: `refund-${randomUUID()}` }),
      ).rejects.toThrow();
    });

    it("after a restart, finds the payment, repeats its answers and refunds what is left", async () => {
      const req = request({ amount: 5_000 });
      const started = await harness.provider.startPayment(req);
      if (started.status === "declined") throw new Error(started.message);
      const { lookup } = await pay(req);
      if (lookup.status !== "paid") throw new Error("not paid");
      const part = {
        refundRef: lookup.refundRef,
        amount: 1_500,
        currency: "USD",
        idempotencyKey: `refund-${randomUUID()}`,
      };
      const refunded = await harness.provider.refund(part);

      const after = harness.reopen();
      expect(await after.lookupPayment(started.paymentRef)).toEqual(lookup);
      expect(await after.startPayment(req)).toEqual(started);
      expect(await after.refund(part)).toEqual(refunded);
      await after.refund({ ...part, amount: 3_500, idempotencyKey: `refund-${randomUUID()}` });
      await expect(
        after.refund({ ...part, amount: 1, idempotencyKey: `refund-${randomUUID()}` }),
      ).rejects.toThrow();
    });

    it("reports an unfinished payment as not paid", async () => {
      const started = await harness.provider.startPayment(
        request({ card: undefined, idempotencyKey: `k-${randomUUID()}` }),
      );
      if (started.status === "redirect") {
        expect((await harness.provider.lookupPayment(started.paymentRef)).status).toBe("open");
        await harness.provider.cancelPayment(started.paymentRef, `cancel-${randomUUID()}`);
        expect((await harness.provider.lookupPayment(started.paymentRef)).status).toBe("expired");
      } else {
        expect(started.status).toBe("declined");
      }
    });
  });
}
