import Stripe from "stripe";
import { currencyExponent } from "../../../domain/money.ts";
import type { AccountStatus, ConnectProvider } from "./accounts.ts";
import { stripePayoutsSummary } from "./stripe-payouts.ts";
import {
  PaymentProviderError,
  PayoutsAccessError,
  type PaymentAddress,
  type PaymentLookup,
  type PaymentProvider,
  type PaymentRequest,
  type PaymentResult,
  type PayoutsSource,
  type PayoutsSummary,
  type RefundRequest,
} from "./port.ts";

/**
 * The Stripe API version every request is made with, pinned so a Stripe upgrade on the account
 * never changes what we send or read. The webhook endpoints must be created with the same
 * version (docs/payments.md), since events are rendered in the endpoint's version.
 */
export const STRIPE_API_VERSION = "2026-10-28.endive";

export type StripeOptions = {
  secretKey: string;
  webhookSecret: string;
  /**
   * The signing secret of the Connect webhook endpoint (events of connected accounts, such as
   * `account.updated`): Stripe signs those with the secret of their own endpoint.
   */
  connectWebhookSecret?: string;
  /** A local fake in tests (http://127.0.0.1:port); unset means api.stripe.com. */
  apiBase?: string;
  now?: () => Date;
};

/** How old a signed webhook may be (Stripe's default tolerance). */
export const WEBHOOK_TOLERANCE_S = 300;
/** How far ahead of our clock a webhook's signing time may be: clocks differ by a little. */
export const WEBHOOK_CLOCK_SKEW_S = 300;

/**
 * Stripe Checkout: the shopper pays on Stripe's page, we learn the result from the success
 * redirect and from the signed webhook, whichever comes first. Every POST carries our own
 * Idempotency-Key, derived from the order or refund it is for, so retries are safe.
 */
export class StripePayments implements PaymentProvider, ConnectProvider, PayoutsSource {
  readonly kind = "stripe";
  readonly collectsCard = false;
  readonly client: Stripe;
  private readonly now: () => Date;

  constructor(private readonly options: StripeOptions) {
    const base = options.apiBase ? new URL(options.apiBase) : null;
    this.client = new Stripe(options.secretKey, {
      apiVersion: STRIPE_API_VERSION,
      maxNetworkRetries: 2,
      timeout: 20_000,
      ...(base
        ? {
            host: base.hostname,
            port: base.port || (base.protocol === "https:" ? 443 : 80),
            protocol: base.protocol === "https:" ? "https" : "http",
          }
        : {}),
    });
    this.now = options.now ?? (() => new Date());
  }

  async startPayment(request: PaymentRequest): Promise<PaymentResult> {
    const amount = stripeAmount(request.amount, request.currency);
    const separator = request.returnUrl.includes("?") ? "&" : "?";
    const metadata = { orderId: request.orderId, siteId: request.siteId };
    try {
      const { lineItems, discount } = stripeLines(request, amount);
      const coupon = discount
        ? await this.client.coupons.create(
            {
              amount_off: stripeAmount(discount.amount, request.currency),
              currency: request.currency.toLowerCase(),
              duration: "once",
              max_redemptions: 1,
              name: discount.name.slice(0, 40),
              metadata,
            },
            { idempotencyKey: `${request.idempotencyKey}-discount` },
          )
        : null;
      const session = await this.client.checkout.sessions.create(
        {
          mode: "payment",
          client_reference_id: request.orderId,
          customer_email: request.email,
          line_items: lineItems,
          ...(coupon ? { discounts: [{ coupon: coupon.id }] } : {}),
          ...(request.locale ? { locale: checkoutLocale(request.locale) } : {}),
          metadata,
          payment_intent_data: {
            metadata,
            ...(request.shippingAddress
              ? { shipping: stripeShipping(request.shippingAddress) }
              : {}),
            ...(request.statementDescriptorSuffix
              ? { statement_descriptor_suffix: request.statementDescriptorSuffix }
              : {}),
            // A destination charge (docs/payments.md): the session and the charge stay on the
            // platform, the store's account is the merchant of record (`on_behalf_of`) and gets
            // the amount less our fee.
            ...(request.account
              ? {
                  on_behalf_of: request.account,
                  transfer_data: { destination: request.account },
                  ...(request.applicationFeeAmount
                    ? { application_fee_amount: request.applicationFeeAmount }
                    : {}),
                }
              : {}),
          },
          success_url: `${request.returnUrl}${separator}session_id={CHECKOUT_SESSION_ID}`,
          cancel_url: request.cancelUrl,
          ...(request.expiresAt
            ? { expires_at: Math.floor(request.expiresAt.getTime() / 1000) }
            : {}),
        },
        { idempotencyKey: request.idempotencyKey },
      );
      if (!session.url) throw new PaymentProviderError("Stripe returned no payment page.");
      return { status: "redirect", url: session.url, paymentRef: session.id };
    } catch (error) {
      throw providerError(error);
    }
  }

  async lookupPayment(paymentRef: string): Promise<PaymentLookup> {
    try {
      const session = await this.client.checkout.sessions.retrieve(paymentRef);
      return sessionPayment(session);
    } catch (error) {
      throw providerError(error);
    }
  }

  async refund(
    request: RefundRequest,
  ): Promise<{ refundId: string; status: "pending" | "succeeded" }> {
    try {
      // A destination charge's refund takes the money back from the store's account and gives
      // back our fee in proportion, so the platform does not carry the store's refunds.
      const intent = await this.client.paymentIntents.retrieve(request.refundRef);
      const destination = intent.transfer_data?.destination;
      const refund = await this.client.refunds.create(
        {
          payment_intent: request.refundRef,
          amount: stripeAmount(request.amount, request.currency),
          // Our refund's key, so its charge.refund.updated can be told from a dashboard refund.
          metadata: {
            pegasus_refund: request.idempotencyKey,
            ...(request.reason ? { reason: request.reason.slice(0, 500) } : {}),
          },
          ...(destination ? { reverse_transfer: true, refund_application_fee: true } : {}),
        },
        { idempotencyKey: request.idempotencyKey },
      );
      if (refund.status === "failed" || refund.status === "canceled")
        throw new PaymentProviderError(
          `Stripe could not refund: ${refund.failure_reason ?? refund.status}.`,
        );
      // Some methods (SEPA, bank transfers) refund later: pending until charge.refund.updated.
      const pending = refund.status === "pending" || refund.status === "requires_action";
      return { refundId: refund.id, status: pending ? "pending" : "succeeded" };
    } catch (error) {
      throw providerError(error);
    }
  }

  async cancelPayment(paymentRef: string, idempotencyKey: string): Promise<void> {
    try {
      await this.client.checkout.sessions.expire(paymentRef, {}, { idempotencyKey });
    } catch (error) {
      // Already expired or completed: nothing left to stop (a completed one arrives by webhook).
      if (error instanceof Stripe.errors.StripeInvalidRequestError) return;
      throw providerError(error);
    }
  }

  /** A connected account for a store (Stripe collects what it needs at onboarding). */
  async createAccount(input: {
    siteId: string;
    email: string;
    idempotencyKey: string;
  }): Promise<AccountStatus> {
    try {
      const account = await this.client.accounts.create(
        {
          email: input.email,
          metadata: { siteId: input.siteId },
          // Stripe hosts onboarding and the store's dashboard; the platform pays Stripe's fees
          // and carries losses (destination charges), so it controls those.
          controller: {
            fees: { payer: "application" },
            losses: { payments: "application" },
            requirement_collection: "stripe",
            stripe_dashboard: { type: "express" },
          },
          capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return accountStatus(account);
    } catch (error) {
      throw providerError(error);
    }
  }

  /** A one-time link to Stripe's onboarding for the account; it expires in minutes. */
  async onboardingLink(
    accountId: string,
    urls: { returnUrl: string; refreshUrl: string },
  ): Promise<string> {
    try {
      const link = await this.client.accountLinks.create({
        account: accountId,
        type: "account_onboarding",
        return_url: urls.returnUrl,
        refresh_url: urls.refreshUrl,
        collection_options: { fields: "eventually_due" },
      });
      return link.url;
    } catch (error) {
      throw providerError(error);
    }
  }

  async accountStatus(accountId: string): Promise<AccountStatus> {
    try {
      return accountStatus(await this.client.accounts.retrieve(accountId));
    } catch (error) {
      throw providerError(error);
    }
  }

  /**
   * Balance, payouts and balance transactions as the store's account sees them, and our fees
   * from its payments (stripe-payouts.ts, every answer checked).
   */
  async payoutsSummary(accountId: string): Promise<PayoutsSummary> {
    try {
      return await stripePayoutsSummary(this.client, accountId);
    } catch (error) {
      if (error instanceof Stripe.errors.StripePermissionError)
        throw new PayoutsAccessError(`Stripe: ${error.message}`);
      throw providerError(error);
    }
  }

  /**
   * Checks the Stripe-Signature header against the raw request body (never a re-serialised
   * one: any byte of difference fails) and returns the event. Throws on a bad or old signature,
   * and on one made in the future beyond WEBHOOK_CLOCK_SKEW_S (the library only checks the age,
   * so a signature dated ahead would stay valid for as long as it is ahead).
   */
  verifyWebhook(rawBody: Buffer | string, signature: string | undefined): Stripe.Event {
    if (!signature) throw new WebhookSignatureError("The Stripe-Signature header is missing.");
    // The platform's endpoint and the Connect endpoint each sign with their own secret; an
    // event is genuine when either matches (a Connect event also names its `account`).
    const secrets = [this.options.webhookSecret, this.options.connectWebhookSecret].filter(
      (secret): secret is string => Boolean(secret),
    );
    let event: Stripe.Event | null = null;
    let failure: unknown = null;
    for (const secret of secrets) {
      try {
        event = this.client.webhooks.constructEvent(
          rawBody,
          signature,
          secret,
          WEBHOOK_TOLERANCE_S,
          undefined,
          this.now().getTime(),
        );
        break;
      } catch (error) {
        failure ??= error;
      }
    }
    if (!event)
      throw new WebhookSignatureError(
        failure instanceof Error ? failure.message : "The webhook signature does not match.",
      );
    const ahead = signedAt(signature) - Math.floor(this.now().getTime() / 1000);
    if (ahead > WEBHOOK_CLOCK_SKEW_S)
      throw new WebhookSignatureError(
        `The webhook was signed ${ahead} seconds in the future; at most ${WEBHOOK_CLOCK_SKEW_S} seconds of clock difference is accepted.`,
      );
    return event;
  }
}

/** The signing time (`t=`) of a Stripe-Signature header, read as the Stripe library reads it. */
function signedAt(header: string): number {
  let timestamp = -1;
  for (const item of header.split(",")) {
    const [key, value] = item.split("=");
    if (key === "t") timestamp = parseInt(value ?? "", 10);
  }
  return timestamp;
}

export class WebhookSignatureError extends Error {
  override name = "WebhookSignatureError";
}

/** A Checkout Session as our port describes payments. */
export function sessionPayment(session: Stripe.Checkout.Session): PaymentLookup {
  const orderId = session.client_reference_id ?? session.metadata?.orderId ?? null;
  if (session.status === "complete" && session.payment_status !== "unpaid") {
    const intent = session.payment_intent;
    const refundRef = typeof intent === "string" ? intent : (intent?.id ?? "");
    const currency = (session.currency ?? "").toUpperCase();
    return {
      status: "paid",
      amount: session.amount_total ?? 0,
      currency,
      refundRef,
      orderId,
    };
  }
  return { status: session.status === "expired" ? "expired" : "open", orderId };
}

/** A Stripe account as our accounts module keeps it. */
export function accountStatus(account: Stripe.Account): AccountStatus {
  return {
    accountId: account.id,
    detailsSubmitted: account.details_submitted ?? false,
    chargesEnabled: account.charges_enabled ?? false,
    payoutsEnabled: account.payouts_enabled ?? false,
    requirements: {
      currentlyDue: account.requirements?.currently_due ?? [],
      pastDue: account.requirements?.past_due ?? [],
      disabledReason: account.requirements?.disabled_reason ?? null,
    },
  };
}

/**
 * The request's lines as Checkout line items, and its discount (Checkout takes no negative
 * line: the discount becomes a one-time coupon). Without lines, one line with the total, as
 * before. Refuses lines that do not add up to the amount: Stripe would charge their sum.
 */
export function stripeLines(
  request: PaymentRequest,
  amount: number,
): {
  lineItems: Stripe.Checkout.SessionCreateParams.LineItem[];
  discount: { amount: number; name: string } | null;
} {
  const currency = request.currency.toLowerCase();
  const item = (name: string, unitAmount: number, quantity: number) => ({
    quantity,
    price_data: {
      currency,
      unit_amount: stripeAmount(unitAmount, request.currency),
      product_data: { name: name.slice(0, 250) },
    },
  });
  const lines = request.lines?.filter((l) => l.amount !== 0) ?? [];
  if (lines.length === 0)
    return { lineItems: [item(request.description, amount, 1)], discount: null };
  const sum = lines.reduce((total, l) => total + l.amount, 0);
  if (sum !== amount)
    throw new PaymentProviderError(
      `The order's lines add up to ${sum}, not its total ${amount}; nothing was charged.`,
    );
  const discounts = lines.filter((l) => l.kind === "discount");
  const off = -discounts.reduce((total, l) => total + l.amount, 0);
  return {
    lineItems: lines
      .filter((l) => l.kind !== "discount")
      .map((l) => item(l.name, l.unitAmount, l.quantity)),
    discount: off > 0 ? { amount: off, name: discounts.map((l) => l.name).join(", ") } : null,
  };
}

function stripeShipping(
  address: PaymentAddress,
): Stripe.Checkout.SessionCreateParams.PaymentIntentData.Shipping {
  return {
    name: address.name,
    ...(address.phone ? { phone: address.phone } : {}),
    address: {
      line1: address.line1,
      ...(address.line2 ? { line2: address.line2 } : {}),
      city: address.city,
      postal_code: address.postalCode,
      ...(address.region ? { state: address.region } : {}),
      country: address.country,
    },
  };
}

/** The languages Stripe Checkout speaks (Session `locale`). */
const CHECKOUT_LOCALES = new Set(
  "bg cs da de el en en-GB es es-419 et fi fil fr fr-CA hi-IN hr hu id it ja ko lt lv ms mt nb nl pl pt pt-BR ro ru sk sl sv th tr vi zh zh-HK zh-TW".split(
    " ",
  ),
);

/** The store's locale as Checkout names it: itself, else its language, else the shopper's own. */
export function checkoutLocale(locale: string): Stripe.Checkout.SessionCreateParams.Locale {
  const [language = "", region] = locale.split("-");
  const exact = region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language;
  if (CHECKOUT_LOCALES.has(exact)) return exact;
  if (CHECKOUT_LOCALES.has(language.toLowerCase())) return language.toLowerCase();
  return "auto";
}

/**
 * Stripe takes amounts in the currency's smallest unit, which is our minor unit, except that for
 * three-decimal currencies (BHD, KWD...) it requires the last digit to be 0.
 */
export function stripeAmount(amount: number, currency: string): number {
  if (currencyExponent(currency) === 3 && amount % 10 !== 0)
    throw new PaymentProviderError(
      `Stripe takes ${currency} amounts in steps of 0.010; ${amount} fils cannot be charged.`,
    );
  return amount;
}

function providerError(error: unknown): Error {
  if (error instanceof PaymentProviderError) return error;
  if (error instanceof Stripe.errors.StripeError)
    return new PaymentProviderError(`Stripe: ${error.message}`);
  return error instanceof Error ? error : new Error(String(error));
}
