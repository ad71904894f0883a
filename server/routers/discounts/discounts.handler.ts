import type { z } from "zod";
import {
  createDiscount,
  deleteDiscount,
  listDiscounts,
  updateDiscount,
} from "../../commerce/discounts.ts";
import { actorOf, type HandlerArgs } from "../../commerce/merchant.ts";
import type {
  ZCreateDiscountInput,
  ZDiscountIdInput,
  ZUpdateDiscountInput,
} from "./discounts.schema.ts";

export async function listDiscountsHandler({ ctx }: HandlerArgs<unknown>) {
  return { discounts: await listDiscounts(ctx.deps, ctx.site.id) };
}

export async function createDiscountHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZCreateDiscountInput>>) {
  return { discount: await createDiscount(ctx.deps, ctx.site.id, input.discount, actorOf(ctx)) };
}

export async function updateDiscountHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZUpdateDiscountInput>>) {
  const { discountId, discount } = input;
  return {
    discount: await updateDiscount(ctx.deps, ctx.site.id, discountId, discount, actorOf(ctx)),
  };
}

export async function deleteDiscountHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZDiscountIdInput>>) {
  await deleteDiscount(ctx.deps, ctx.site.id, input.discountId, actorOf(ctx));
  return { deleted: true };
}
