import type { z } from "zod";
import { actorOf, type HandlerArgs } from "../../commerce/merchant.ts";
import { createZone, deleteZone, listZones, updateZone } from "../../commerce/shipping.ts";
import type { ZCreateZoneInput, ZUpdateZoneInput, ZZoneIdInput } from "./shipping.schema.ts";

export async function listZonesHandler({ ctx }: HandlerArgs<unknown>) {
  return { zones: await listZones(ctx.deps, ctx.site.id) };
}

export async function createZoneHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZCreateZoneInput>>) {
  return { zoneId: await createZone(ctx.deps, ctx.site.id, input.zone, actorOf(ctx)) };
}

export async function updateZoneHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZUpdateZoneInput>>) {
  await updateZone(ctx.deps, ctx.site.id, input.zoneId, input.zone, actorOf(ctx));
  return { zoneId: input.zoneId };
}

export async function deleteZoneHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZZoneIdInput>>) {
  await deleteZone(ctx.deps, ctx.site.id, input.zoneId, actorOf(ctx));
  return { deleted: true };
}
