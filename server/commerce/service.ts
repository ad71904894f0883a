import { EventEmitter } from "node:events";
import { ConfigError, NO_PAYMENT_PROVIDER, type Config } from "../config.ts";
import type { PrismaClient } from "../db/client.ts";
import { CatalogCache } from "./catalog.ts";
import { PayPalPayments } from "./payments/paypal.ts";
import type { PaymentProvider } from "./payments/port.ts";
import { StripePayments } from "./payments/stripe.ts";
import { TestGateway } from "./payments/test-gateway.ts";

/** How long stock is held for a shopper once checkout starts. */
export const RESERVATION_MS = 15 * 60 * 1000;
/** Unpaid checkouts are cancelled (and their provider payment stopped) after this long. */
export const ABANDONED_CHECKOUT_MS = 24 * 60 * 60 * 1000;
/**
 * How long stock stays held for a checkout whose delayed payment (SEPA, ACH) is processing:
 * Stripe says a SEPA Direct Debit may take up to 14 business days to succeed or fail.
 */
export const PROCESSING_HOLD_MS = 21 * 24 * 60 * 60 * 1000;

export type CommerceEvents = { "catalog.changed": [{ siteId: string }] };

/**
 * The commerce domain's long-lived parts, chosen once in the composition root: the payment
 * provider (Stripe when configured, else the built-in test gateway where it is allowed) and the
 * storefront catalog cache with its change notifications.
 */
export class Commerce {
  readonly catalog = new CatalogCache();
  readonly events = new EventEmitter<CommerceEvents>();

  constructor(
    readonly payments: PaymentProvider,
    /** The same object as `payments` when it is Stripe: webhooks verify signatures with it. */
    readonly stripe: StripePayments | null,
    /**
     * PayPal with the platform's app when configured: offered beside `payments` to stores that
     * connected a merchant id (`payment-methods.ts` picks it per checkout and per order).
     */
    readonly paypal: PayPalPayments | null = null,
  ) {
    this.events.setMaxListeners(100);
  }

  /** Drops the site's cached catalog and tells the storefront to re-render its pages. */
  catalogChanged(siteId: string): void {
    this.catalog.invalidate(siteId);
    this.events.emit("catalog.changed", { siteId });
  }
}

export function createCommerce(
  config: Config,
  prisma: PrismaClient,
  now: () => Date,
  /** A provider chosen by the caller (tests standing in for one that outlives the process). */
  payments?: PaymentProvider,
): Commerce {
  const paypal = config.paypal ? new PayPalPayments({ ...config.paypal, now }) : null;
  if (payments)
    return new Commerce(payments, payments instanceof StripePayments ? payments : null, paypal);
  if (config.stripeSecretKey && config.stripeWebhookSecret) {
    const stripe = new StripePayments({
      secretKey: config.stripeSecretKey,
      webhookSecret: config.stripeWebhookSecret,
      connectWebhookSecret: config.stripeConnect.webhookSecret,
      apiBase: config.stripeApiBase,
      now,
    });
    return new Commerce(stripe, stripe, paypal);
  }
  // loadConfig already refuses this; a hand-made Config must not fall back to test payments.
  if (!config.paymentsTestGateway) throw new ConfigError([NO_PAYMENT_PROVIDER]);
  return new Commerce(new TestGateway(prisma, now), null, paypal);
}
