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

  // What a provider page shows and settles beyond the total (all optional: without them a
  // payment is today's one line for the platform's own account). Provider-neutral names: each
  // adapter maps them to its own API (`paymentRequestExtras` in payment-accounts.ts builds them
  // from the order, for the provider the payment goes to).

  /**
   * The order itemised, the one itemisation every provider reads: products, then shipping, tax
   * (only tax added on top of prices) and discount. Their `amount`s sum to `amount` exactly (a
   * discount is a negative line); the server computes every one. Stripe sends them as line items
   * with the discount as a coupon; PayPal sums them by kind into its breakdown.
   */
  lines?: PaymentLine[];
  /** Where the goods go, for the provider's receipts and fraud checks. */
  shippingAddress?: PaymentAddress;
  /** The store's locale (BCP 47, e.g. "de" or "en-GB") for the payment page. */
  locale?: string;
  /**
   * The store's own Stripe account the money is for ("acct_..."). Stripe only: PayPal pays the
   * merchant id its adapter was made for (`forMerchant`).
   */
  account?: string;
  /** The platform's fee out of `amount`, in the same minor units; only with `account`. */
  applicationFeeAmount?: number;
  /** The store's words after the Stripe account's statement descriptor (cards' statement line). */
  statementDescriptorSuffix?: string;
};

export type PaymentLine = {
  kind: "product" | "shipping" | "tax" | "discount";
  name: string;
  /** The variant's SKU, on product lines that have one. */
  sku?: string;
  quantity: number;
  /** Price of one, in minor units (negative for a discount). */
  unitAmount: number;
  /** quantity x unitAmount. */
  amount: number;
};

export type PaymentAddress = {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  /** State, province or region, when the country uses one. */
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  phone?: string;
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
  /**
   * `status` "pending" when the provider accepted the refund but has not sent the money yet
   * (absent: done).
   */
  refund(request: RefundRequest): Promise<{ refundId: string; status?: "pending" | "succeeded" }>;
  /** Stops an unfinished payment (a cancelled or expired checkout) so it can no longer be paid. */
  cancelPayment(paymentRef: string, idempotencyKey: string): Promise<void>;
}

export type MoneyAmount = { amount: number; currency: string };

/**
 * A store's money at its provider account, for the merchant's Payments & payouts view. Amounts
 * are minor units of their currency (ISO code, upper case), as the provider reports them; money
 * going out of the account is negative in `transactions`.
 */
export type PayoutsSummary = {
  /** Ready to be paid out, per currency. */
  available: MoneyAmount[];
  /** On its way into the balance (Stripe) or held back (PayPal), per currency. */
  pending: MoneyAmount[];
  /** The latest payouts to the merchant's bank (PayPal: withdrawals), newest first. */
  payouts: {
    id: string;
    amount: number;
    currency: string;
    /** paid | pending | in_transit | canceled | failed (PayPal's statuses mapped onto them). */
    status: string;
    /** When the money reaches the bank; null when the provider does not say (PayPal). */
    arrivalDate: Date | null;
    createdAt: Date;
  }[];
  /** The platform's fees taken from recent payments (Stripe Connect's application fees). */
  fees: { id: string; amount: number; currency: string; createdAt: Date }[];
  /**
   * The account's latest movements with what was taken from each: payments, refunds, payouts,
   * disputes (Stripe's balance transactions, PayPal's transaction search), newest first.
   */
  transactions: {
    id: string;
    kind: "payment" | "refund" | "payout" | "dispute" | "fee" | "other";
    /** The provider's words for it ("Payment", "Checkout payment", "Chargeback"...), in English. */
    description: string;
    /** What it is, as a code the merchant app words ("other": see `kind` and `description`). */
    descriptionCode: TransactionCode;
    /** Gross amount, negative when money left the account. */
    amount: number;
    /** The provider's own fee on it (positive: taken). */
    providerFee: number;
    /** The platform's fee on it (positive: taken). */
    platformFee: number;
    /** What it did to the balance: amount less both fees. */
    net: number;
    currency: string;
    /** available | pending | failed | reversed, as the provider says it. */
    status: string;
    createdAt: Date;
  }[];
};

/** What a movement of a provider account is, finer than its kind, for the merchant's words. */
export type TransactionCode =
  | "payment"
  | "platformTransfer"
  | "paypalPayment"
  | "refund"
  | "refundTakenBack"
  | "payout"
  | "payoutCanceled"
  | "payoutFailed"
  | "withdrawal"
  | "dispute"
  | "disputeOrHold"
  | "fee"
  | "paypalFee"
  | "other";

/**
 * Where the Payments & payouts view reads from: a provider that pays stores out implements it
 * (Stripe for a connected account id, PayPal for a merchant id).
 */
export interface PayoutsSource {
  payoutsSummary(account: string): Promise<PayoutsSummary>;
}

/**
 * The provider will not show this account's money to the platform (PayPal: the merchant has not
 * granted the platform the reporting permissions; Stripe: not our connected account).
 */
export class PayoutsAccessError extends Error {
  override name = "PayoutsAccessError";
}

/** A provider answered with something we cannot use, or could not be reached. */
export class PaymentProviderError extends Error {
  override name = "PaymentProviderError";
}

/** A provider answered in a shape we do not know (checked at the edge, never half-read). */
export class ProviderAnswerError extends PaymentProviderError {
  override name = "ProviderAnswerError";
}
