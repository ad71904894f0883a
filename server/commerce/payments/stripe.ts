import Stripe from "stripe";
import { currencyExponent } from "../../../domain/money.ts";
import {
  PaymentProviderError,
  type PaymentLookup,
  type PaymentProvider,
  type PaymentRequest,
  type PaymentResult,
  type RefundRequest,
} from "./port.ts";

export type StripeOptions = {
  secretKey: string;
  webhookSecret: string;
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
export class StripePayments implements PaymentProvider {
  readonly kind = "stripe";
  readonly collectsCard = false;
  readonly client: Stripe;
  private readonly now: () => Date;

  constructor(private readonly options: StripeOptions) {
    const base = options.apiBase ? new URL(options.apiBase) : null;
    this.client = new Stripe(options.secretKey, {
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
    try {
      const session = await this.client.checkout.sessions.create(
        {
          mode: "payment",
          client_reference_id: request.orderId,
          customer_email: request.email,
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: request.currency.toLowerCase(),
                unit_amount: amount,
                product_data: { name: request.description.slice(0, 250) },
              },
            },
          ],
          metadata: { orderId: request.orderId, siteId: request.siteId },
          payment_intent_data: { metadata: { orderId: request.orderId, siteId: request.siteId } },
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

  async refund(request: RefundRequest): Promise<{ refundId: string }> {
    try {
      const refund = await this.client.refunds.create(
        {
          payment_intent: request.refundRef,
          amount: stripeAmount(request.amount, request.currency),
          metadata: request.reason ? { reason: request.reason.slice(0, 500) } : {},
        },
        { idempotencyKey: request.idempotencyKey },
      );
      if (refund.status === "failed" || refund.status === "canceled")
        throw new PaymentProviderError(
          `Stripe could not refund: ${refund.failure_reason ?? refund.status}.`,
        );
      return { refundId: refund.id };
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

  /**
   * Checks the Stripe-Signature header against the raw request body (never a re-serialised
   * one: any byte of difference fails) and returns the event. Throws on a bad or old signature,
   * and on one made in the future beyond WEBHOOK_CLOCK_SKEW_S (the library only checks the age,
   * so a signature dated ahead would stay valid for as long as it is ahead).
   */
  verifyWebhook(rawBody: Buffer | string, signature: string | undefined): Stripe.Event {
    if (!signature) throw new WebhookSignatureError("The Stripe-Signature header is missing.");
    let event: Stripe.Event;
    try {
      event = this.client.webhooks.constructEvent(
        rawBody,
        signature,
        this.options.webhookSecret,
        WEBHOOK_TOLERANCE_S,
        undefined,
        this.now().getTime(),
      );
    } catch (error) {
      throw new WebhookSignatureError(
        error instanceof Error ? error.message : "The webhook signature does not match.",
      );
    }
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
