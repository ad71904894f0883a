import type { z } from "zod";
import { audit } from "../../audit.ts";
import { CommerceError, trpcErrors } from "../../commerce/errors.ts";
import type { HandlerArgs } from "../../commerce/merchant.ts";
import { currencyExponent, SUPPORTED_CURRENCIES } from "../../commerce/money.ts";
import { storeSettings } from "../../commerce/store.ts";
import type { ZStoreSettingsInput } from "./checkout.schema.ts";

export function checkoutSettingsHandler({ ctx }: HandlerArgs<unknown>) {
  return trpcErrors(async () => {
    const settings = await storeSettings(ctx.deps, ctx.site.id);
    const { payments } = ctx.deps.commerce;
    return {
      currency: settings.currency,
      exponent: currencyExponent(settings.currency),
      taxesIncluded: settings.taxesIncluded,
      currencies: SUPPORTED_CURRENCIES,
      payments: {
        provider: payments.kind,
        /** The test gateway takes no real money; the merchant should know. */
        testMode: payments.kind === "test",
      },
    };
  });
}

/**
 * Changes the shop's currency or tax display. Amounts are stored in minor units and are not
 * converted, so the currency can change only while no order is open or paid.
 */
export function updateCheckoutSettingsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZStoreSettingsInput>>) {
  return trpcErrors(async () => {
    const current = await storeSettings(ctx.deps, ctx.site.id);
    if (input.currency && input.currency !== current.currency) {
      const orders = await ctx.deps.db.prisma.order.count({ where: { siteId: ctx.site.id } });
      if (orders > 0)
        throw new CommerceError(
          "CONFLICT",
          "The currency cannot change once the shop has orders.",
          {
            currency: ["The currency cannot change once the shop has orders."],
          },
        );
    }
    const updated = await ctx.deps.db.prisma.storeSettings.update({
      where: { siteId: ctx.site.id },
      data: {
        ...(input.currency ? { currency: input.currency } : {}),
        ...(input.taxesIncluded !== undefined ? { taxesIncluded: input.taxesIncluded } : {}),
      },
    });
    await audit(ctx.deps, {
      action: "store.settings_changed",
      actorId: ctx.user.id,
      siteId: ctx.site.id,
      ip: ctx.ip,
      data: input,
    });
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { currency: updated.currency, taxesIncluded: updated.taxesIncluded };
  });
}
