import type { z } from "zod";
import { actorOf, type HandlerArgs } from "../../commerce/merchant.ts";
import {
  deleteTaxRate,
  listTaxRates,
  saveTaxRate,
  setTaxesIncluded,
} from "../../commerce/taxes.ts";
import type { ZTaxRateIdInput, ZTaxSettingsInput, ZUpsertTaxRateInput } from "./taxes.schema.ts";

export async function listTaxRatesHandler({ ctx }: HandlerArgs<unknown>) {
  return listTaxRates(ctx.deps, ctx.site.id);
}

export async function upsertTaxRateHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZUpsertTaxRateInput>>) {
  const id = await saveTaxRate(ctx.deps, ctx.site.id, input.taxRateId, input.rate, actorOf(ctx));
  return { taxRate: { id } };
}

export async function deleteTaxRateHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZTaxRateIdInput>>) {
  await deleteTaxRate(ctx.deps, ctx.site.id, input.taxRateId, actorOf(ctx));
  return { deleted: true };
}

export async function updateTaxSettingsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZTaxSettingsInput>>) {
  await setTaxesIncluded(ctx.deps, ctx.site.id, input.taxesIncluded, actorOf(ctx));
  return { taxesIncluded: input.taxesIncluded };
}
