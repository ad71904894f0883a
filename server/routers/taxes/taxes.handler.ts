import type { z } from "zod";
import { audit } from "../../audit.ts";
import { CommerceError, trpcErrors } from "../../commerce/errors.ts";
import type { HandlerArgs } from "../../commerce/merchant.ts";
import { storeSettings } from "../../commerce/store.ts";
import { Prisma } from "../../db/client.ts";
import type { ZTaxRateIdInput, ZTaxSettingsInput, ZUpsertTaxRateInput } from "./taxes.schema.ts";

export function listTaxRatesHandler({ ctx }: HandlerArgs<unknown>) {
  return trpcErrors(async () => {
    const [rates, settings] = await Promise.all([
      ctx.deps.db.prisma.taxRate.findMany({
        where: { siteId: ctx.site.id },
        orderBy: [{ country: "asc" }, { region: "asc" }],
      }),
      storeSettings(ctx.deps, ctx.site.id),
    ]);
    return {
      taxesIncluded: settings.taxesIncluded,
      rates: rates.map((r) => ({
        id: r.id,
        country: r.country,
        region: r.region,
        name: r.name,
        ratePpm: r.ratePpm,
        appliesToShipping: r.appliesToShipping,
      })),
    };
  });
}

export function upsertTaxRateHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZUpsertTaxRateInput>>) {
  return trpcErrors(async () => {
    try {
      const rate = await ctx.deps.db.prisma.$transaction(async (tx) => {
        let rate;
        if (input.taxRateId) {
          const found = await tx.taxRate.findFirst({
            where: { id: input.taxRateId, siteId: ctx.site.id },
          });
          if (!found) throw new CommerceError("NOT_FOUND", "No such tax rate.");
          rate = await tx.taxRate.update({ where: { id: found.id }, data: input.rate });
        } else {
          rate = await tx.taxRate.create({ data: { ...input.rate, siteId: ctx.site.id } });
        }
        await audit(
          ctx.deps,
          {
            action: "tax.saved",
            actorId: ctx.user.id,
            siteId: ctx.site.id,
            target: rate.id,
            ip: ctx.ip,
            data: input.rate,
          },
          tx,
        );
        return rate;
      });
      ctx.deps.commerce.catalogChanged(ctx.site.id);
      return { taxRate: { id: rate.id } };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw new CommerceError(
          "CONFLICT",
          "There is already a rate for this country and region.",
          {
            "rate.region": ["There is already a rate for this country and region."],
          },
        );
      throw error;
    }
  });
}

export function deleteTaxRateHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZTaxRateIdInput>>) {
  return trpcErrors(async () => {
    const { count } = await ctx.deps.db.prisma.taxRate.deleteMany({
      where: { id: input.taxRateId, siteId: ctx.site.id },
    });
    if (count === 0) throw new CommerceError("NOT_FOUND", "No such tax rate.");
    await audit(ctx.deps, {
      action: "tax.deleted",
      actorId: ctx.user.id,
      siteId: ctx.site.id,
      target: input.taxRateId,
      ip: ctx.ip,
    });
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { deleted: true };
  });
}

export function updateTaxSettingsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZTaxSettingsInput>>) {
  return trpcErrors(async () => {
    await storeSettings(ctx.deps, ctx.site.id);
    await ctx.deps.db.prisma.storeSettings.update({
      where: { siteId: ctx.site.id },
      data: { taxesIncluded: input.taxesIncluded },
    });
    await audit(ctx.deps, {
      action: "tax.settings_changed",
      actorId: ctx.user.id,
      siteId: ctx.site.id,
      ip: ctx.ip,
      data: input,
    });
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { taxesIncluded: input.taxesIncluded };
  });
}
