import type { z } from "zod";
import {
  paymentsOverview,
  refreshAccount,
  saveStatementDescriptor,
  startOnboarding,
} from "../../commerce/payment-accounts.ts";
import type { HandlerArgs } from "../../commerce/merchant.ts";
import { payPalPayouts, stripePayouts } from "../../commerce/payouts.ts";
import type { ZPaymentSettingsInput } from "./payments.schema.ts";

export async function paymentsOverviewHandler({ ctx }: HandlerArgs<unknown>) {
  return paymentsOverview(ctx.deps, ctx.site.id);
}

/**
 * Stripe's onboarding sends the owner back to the Payments page: `?stripe=return` when done (the
 * page asks Stripe for the new status), `?stripe=refresh` when the link had expired (the page
 * asks for a new link). Built here from PUBLIC_URL, never taken from the browser.
 */
export async function connectStripeHandler({ ctx }: HandlerArgs<unknown>) {
  const page = `${ctx.deps.config.publicUrl}/sites/${ctx.site.id}/store/payments`;
  return startOnboarding(ctx.deps, ctx.site.id, {
    email: ctx.user.email,
    returnUrl: `${page}?stripe=return`,
    refreshUrl: `${page}?stripe=refresh`,
  });
}

export async function refreshPaymentsHandler({ ctx }: HandlerArgs<unknown>) {
  await refreshAccount(ctx.deps, ctx.site.id);
  return paymentsOverview(ctx.deps, ctx.site.id);
}

/** The store's Stripe account's money (or the test gateway's charges); provider trouble is data. */
export function payoutsHandler({ ctx }: HandlerArgs<unknown>) {
  return stripePayouts(ctx.deps, ctx.site.id);
}

/** The store's PayPal account's money, through PayPal's reporting APIs. */
export function payPalPayoutsHandler({ ctx }: HandlerArgs<unknown>) {
  return payPalPayouts(ctx.deps, ctx.site.id);
}

export async function updatePaymentSettingsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZPaymentSettingsInput>>) {
  await saveStatementDescriptor(ctx.deps, ctx.site.id, input.statementDescriptor);
  return { statementDescriptor: input.statementDescriptor };
}
