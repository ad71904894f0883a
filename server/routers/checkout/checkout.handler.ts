import type { z } from "zod";
import { actorOf, type HandlerArgs } from "../../commerce/merchant.ts";
import { checkoutSettings, updateStoreSettings } from "../../commerce/store.ts";
import type { ZStoreSettingsInput } from "./checkout.schema.ts";

export async function checkoutSettingsHandler({ ctx }: HandlerArgs<unknown>) {
  return checkoutSettings(ctx.deps, ctx.site.id);
}

export async function updateCheckoutSettingsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZStoreSettingsInput>>) {
  const updated = await updateStoreSettings(ctx.deps, ctx.site.id, input, actorOf(ctx));
  return {
    currency: updated.currency,
    taxesIncluded: updated.taxesIncluded,
    language: updated.language,
    timeZone: updated.timeZone,
  };
}
