import type { z } from "zod";
import { actorOf, type HandlerArgs } from "../../commerce/merchant.ts";
import {
  connectPayPal,
  disconnectPayPal,
  payPalConnection,
} from "../../commerce/paypal-account.ts";
import type { ZConnectPayPalInput } from "./paypal.schema.ts";

export function payPalConnectionHandler({ ctx }: HandlerArgs<unknown>) {
  return payPalConnection(ctx.deps, ctx.site.id);
}

export function connectPayPalHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZConnectPayPalInput>>) {
  return connectPayPal(ctx.deps, ctx.site.id, input.merchantId, actorOf(ctx));
}

export function disconnectPayPalHandler({ ctx }: HandlerArgs<unknown>) {
  return disconnectPayPal(ctx.deps, ctx.site.id, actorOf(ctx));
}
