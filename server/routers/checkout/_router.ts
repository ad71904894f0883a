import { router, siteProcedure } from "../../trpc.ts";
import { checkoutSettingsHandler, updateCheckoutSettingsHandler } from "./checkout.handler.ts";
import { ZStoreSettingsInput } from "./checkout.schema.ts";

/** The shop's checkout settings. Shoppers' checkout itself is the storefront API (/api/checkout). */
export const checkoutRouter = router({
  settings: siteProcedure("checkout.settings").query(checkoutSettingsHandler),
  updateSettings: siteProcedure("checkout.updateSettings")
    .input(ZStoreSettingsInput)
    .mutation(updateCheckoutSettingsHandler),
});
