/**
 * The payment port (STYLE.md "adapters behind ports"). Amounts are minor units of `currency`
 * (ISO code, upper case) and always come from the server's own totals. Every call that creates
 * something at the provider carries an idempotency key, so a retry never charges or refunds twice.
 */

/**
 * How long a payment page opened for an attempt stays payable (`PaymentRequest.expiresAt`): just
 * over the shortest life a provider allows a page (Stripe Checkout's 30 minutes). Our stock hold
 * (15 minutes) ends before it.
 */
export const PAYMENT_PAGE_LIFETIME_MS = 31 * 60 * 1000;

export type CardDetails = {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
};

export type PaymentRequest = {
  orderId: string;
  siteId: string;
  amount: number;
  currency: string;
  email: string;
  /** One line for the provider's page and statements, e.g. "Northbound Coffee: 2 items". */
  description: string;
  idempotencyKey: string;
  /** Where a hosted payment page sends the shopper after paying / giving up (absolute URLs). */
  returnUrl: string;
  cancelUrl: string;
  /**
   * When a hosted payment page stops taking payment. Part of the request (not computed by the
   * adapter) so a retried request is identical and its idempotency key stays valid.
   */
  expiresAt?: Date;
  /** The test gateway takes the card on our checkout page; hosted providers ignore it. */
  card?: CardDetails;
  /**
   * What the amount is made of, for providers that show and check it (PayPal's breakdown):
   * item total + shipping + tax (when added on top) − discount = amount. Optional: an adapter
   * that cannot use it sends the amount alone.
   */
  itemised?: PaymentItemisation;
};

/** The order's lines and totals in minor units (tax here is only tax added on top of prices). */
export type PaymentItemisation = {
  items: { name: string; sku?: string | null; unitAmount: number; quantity: number }[];
  itemTotal: number;
  shipping: number;
  tax: number;
  discount: number;
};

export type PaymentResult =
  /** Paid now: `refundRef` is what refunds are made against. */
  | { status: "paid"; paymentRef: string; refundRef: string; amount: number; currency: string }
  | { status: "declined"; message: string }
  /** The shopper pays on the provider's page; the result arrives by redirect and webhook. */
  | { status: "redirect"; url: string; paymentRef: string };

export type PaymentLookup =
  | { status: "paid"; amount: number; currency: string; refundRef: string; orderId: string | null }
  | { status: "open" | "expired"; orderId: string | null };

export type RefundRequest = {
  refundRef: string;
  amount: number;
  currency: string;
  idempotencyKey: string;
  reason?: string;
};

export interface PaymentProvider {
  readonly kind: "test" | "stripe" | "paypal";
  /** True when our checkout page collects card details (the test gateway). */
  readonly collectsCard: boolean;
  startPayment(request: PaymentRequest): Promise<PaymentResult>;
  /** The state of a payment started earlier (the success redirect asks this). */
  lookupPayment(paymentRef: string): Promise<PaymentLookup>;
  refund(request: RefundRequest): Promise<{ refundId: string }>;
  /** Stops an unfinished payment (a cancelled or expired checkout) so it can no longer be paid. */
  cancelPayment(paymentRef: string, idempotencyKey: string): Promise<void>;
}

/** A provider answered with something we cannot use, or could not be reached. */
export class PaymentProviderError extends Error {
  override name = "PaymentProviderError";
}
