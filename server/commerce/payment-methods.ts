import type { AppDeps } from "../deps.ts";
import { badRequest } from "../errors.ts";
import { paymentAccountOf } from "./payment-accounts.ts";
import type { PaymentProvider } from "./payments/port.ts";
import { payPalConnection } from "./paypal-account.ts";

type Deps = Pick<AppDeps, "db" | "commerce" | "siteDocuments" | "now" | "config" | "log">;

/**
 * How a shopper may pay at a store: "card" is the platform's provider (Stripe or the test
 * gateway), "paypal" is PayPal into the store's own merchant account. Checkout offers PayPal when
 * the platform has it configured, the store connected a merchant id that can take payments, and
 * the store's currency is one PayPal takes.
 */
export const PAYMENT_METHODS = ["card", "paypal"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** The methods checkout offers at this store, the platform's own first. */
export async function paymentMethods(deps: Deps, siteId: string): Promise<PaymentMethod[]> {
  return (await payPalMerchant(deps, siteId)) ? ["card", "paypal"] : ["card"];
}

/**
 * The store's PayPal merchant id when checkout can offer PayPal, else null: the same rule the
 * merchant's PayPal card shows (`payPalConnection().offered`).
 */
async function payPalMerchant(deps: Deps, siteId: string): Promise<string | null> {
  if (!deps.commerce.paypal) return null;
  const connection = await payPalConnection(deps, siteId);
  return connection.offered ? connection.merchantId : null;
}

/** The provider a Pay with this method goes to; PayPal only where the store offers it. */
export async function providerForMethod(
  deps: Deps,
  siteId: string,
  method: PaymentMethod | undefined,
): Promise<PaymentProvider> {
  if (method !== "paypal") return deps.commerce.payments;
  const merchant = await payPalMerchant(deps, siteId);
  if (!merchant || !deps.commerce.paypal)
    throw badRequest(
      "This shop does not take PayPal at the moment. Pay by card instead.",
      "method",
    );
  return deps.commerce.paypal.forMerchant(merchant);
}

/**
 * The provider that holds an order's payment (its `paymentProvider`), to look it up, refund it
 * or stop it. A PayPal payment stays PayPal's even if the store disconnected since: it is
 * refunded as the merchant it was paid to, when we still know them.
 */
export async function providerOfOrder(
  deps: Deps,
  order: { siteId: string; paymentProvider: string | null },
): Promise<PaymentProvider> {
  if (order.paymentProvider !== "paypal" || !deps.commerce.paypal) return deps.commerce.payments;
  const account = await paymentAccountOf(deps, order.siteId, "paypal");
  return account ? deps.commerce.paypal.forMerchant(account.accountId) : deps.commerce.paypal;
}

/**
 * The provider of a kind without asking the database, for what does not depend on the merchant
 * (whether an attempt is still in flight: `collectsCard`).
 */
export function providerOfKind(
  deps: Pick<AppDeps, "commerce">,
  kind: string | null,
): PaymentProvider {
  return kind === "paypal" && deps.commerce.paypal ? deps.commerce.paypal : deps.commerce.payments;
}
