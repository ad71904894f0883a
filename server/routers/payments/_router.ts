import { router, siteProcedure } from "../../trpc.ts";
import {
  connectStripeHandler,
  payoutsHandler,
  payPalPayoutsHandler,
  paymentsOverviewHandler,
  refreshPaymentsHandler,
  updatePaymentSettingsHandler,
} from "./payments.handler.ts";
import { ZPaymentSettingsInput } from "./payments.schema.ts";

/**
 * The store's payment account (Stripe Connect), its status, and its money at Stripe and PayPal
 * (docs/payments.md, "Payments & payouts").
 */
export const paymentsRouter = router({
  overview: siteProcedure("payments.overview").query(paymentsOverviewHandler),
  connectStripe: siteProcedure("payments.connectStripe").mutation(connectStripeHandler),
  refresh: siteProcedure("payments.refresh").mutation(refreshPaymentsHandler),
  payouts: siteProcedure("payments.payouts").query(payoutsHandler),
  paypalPayouts: siteProcedure("payments.paypalPayouts").query(payPalPayoutsHandler),
  updateSettings: siteProcedure("payments.updateSettings")
    .input(ZPaymentSettingsInput)
    .mutation(updatePaymentSettingsHandler),
});
