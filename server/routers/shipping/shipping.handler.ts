import type { z } from "zod";
import { audit } from "../../audit.ts";
import { CommerceError, trpcErrors } from "../../commerce/errors.ts";
import type { HandlerArgs, SiteContext } from "../../commerce/merchant.ts";
import type { Prisma } from "../../db/client.ts";
import type {
  ZCreateZoneInput,
  ZShippingZoneInput,
  ZUpdateZoneInput,
  ZZoneIdInput,
} from "./shipping.schema.ts";

async function overlapping(
  tx: Prisma.TransactionClient,
  ctx: SiteContext,
  zone: z.infer<typeof ZShippingZoneInput>,
  exceptId?: string,
) {
  const others = await tx.shippingZone.findMany({
    where: { siteId: ctx.site.id, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  for (const other of others) {
    const shared = zone.countries.filter((c) => other.countries.includes(c));
    if (shared.length > 0)
      throw new CommerceError(
        "CONFLICT",
        `${shared.join(", ")} ${shared.length === 1 ? "is" : "are"} already in the zone ${other.name}.`,
        {
          "zone.countries": ["A country can be in one zone only."],
        },
      );
  }
}

async function saveRates(
  tx: Prisma.TransactionClient,
  zoneId: string,
  zone: z.infer<typeof ZShippingZoneInput>,
) {
  await tx.shippingRate.deleteMany({
    where: {
      zoneId,
      id: { notIn: zone.rates.map((r) => r.id).filter((id): id is string => !!id) },
    },
  });
  for (const { id, ...rate } of zone.rates) {
    const existing = id ? await tx.shippingRate.findFirst({ where: { id, zoneId } }) : null;
    if (existing) await tx.shippingRate.update({ where: { id: existing.id }, data: rate });
    else await tx.shippingRate.create({ data: { ...rate, zoneId } });
  }
}

export function listZonesHandler({ ctx }: HandlerArgs<unknown>) {
  return trpcErrors(async () => {
    const zones = await ctx.deps.db.prisma.shippingZone.findMany({
      where: { siteId: ctx.site.id },
      include: { rates: { orderBy: [{ price: "asc" }, { name: "asc" }] } },
      orderBy: { createdAt: "asc" },
    });
    return {
      zones: zones.map((z) => ({
        id: z.id,
        name: z.name,
        countries: z.countries,
        rates: z.rates.map((r) => ({
          id: r.id,
          name: r.name,
          kind: r.kind,
          price: r.price,
          minWeightGrams: r.minWeightGrams,
          maxWeightGrams: r.maxWeightGrams,
          freeOverAmount: r.freeOverAmount,
        })),
      })),
    };
  });
}

export function createZoneHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZCreateZoneInput>>) {
  return trpcErrors(async () => {
    const id = await ctx.deps.db.prisma.$transaction(async (tx) => {
      await overlapping(tx, ctx, input.zone);
      const zone = await tx.shippingZone.create({
        data: { siteId: ctx.site.id, name: input.zone.name, countries: input.zone.countries },
      });
      await saveRates(tx, zone.id, input.zone);
      await audit(
        ctx.deps,
        {
          action: "shipping.zone_created",
          actorId: ctx.user.id,
          siteId: ctx.site.id,
          target: zone.id,
          ip: ctx.ip,
        },
        tx,
      );
      return zone.id;
    });
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { zoneId: id };
  });
}

export function updateZoneHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZUpdateZoneInput>>) {
  return trpcErrors(async () => {
    await ctx.deps.db.prisma.$transaction(async (tx) => {
      const zone = await tx.shippingZone.findFirst({
        where: { id: input.zoneId, siteId: ctx.site.id },
      });
      if (!zone) throw new CommerceError("NOT_FOUND", "No such shipping zone.");
      await overlapping(tx, ctx, input.zone, zone.id);
      await tx.shippingZone.update({
        where: { id: zone.id },
        data: { name: input.zone.name, countries: input.zone.countries },
      });
      await saveRates(tx, zone.id, input.zone);
      await audit(
        ctx.deps,
        {
          action: "shipping.zone_updated",
          actorId: ctx.user.id,
          siteId: ctx.site.id,
          target: zone.id,
          ip: ctx.ip,
        },
        tx,
      );
    });
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { zoneId: input.zoneId };
  });
}

export function deleteZoneHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZZoneIdInput>>) {
  return trpcErrors(async () => {
    const { count } = await ctx.deps.db.prisma.shippingZone.deleteMany({
      where: { id: input.zoneId, siteId: ctx.site.id },
    });
    if (count === 0) throw new CommerceError("NOT_FOUND", "No such shipping zone.");
    await audit(ctx.deps, {
      action: "shipping.zone_deleted",
      actorId: ctx.user.id,
      siteId: ctx.site.id,
      target: input.zoneId,
      ip: ctx.ip,
    });
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { deleted: true };
  });
}
