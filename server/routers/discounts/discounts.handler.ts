import type { z } from "zod";
import { audit } from "../../audit.ts";
import { CommerceError, trpcErrors } from "../../commerce/errors.ts";
import type { HandlerArgs, SiteContext } from "../../commerce/merchant.ts";
import { Prisma } from "../../db/client.ts";
import type {
  ZCreateDiscountInput,
  ZDiscountIdInput,
  ZDiscountInput,
  ZUpdateDiscountInput,
} from "./discounts.schema.ts";

type DiscountRow = Prisma.DiscountGetPayload<object>;

function view(d: DiscountRow) {
  return {
    id: d.id,
    code: d.code,
    kind: d.kind,
    value: d.value,
    minSubtotal: d.minSubtotal,
    usageLimit: d.usageLimit,
    perCustomerLimit: d.perCustomerLimit,
    usedCount: d.usedCount,
    startsAt: d.startsAt?.toISOString() ?? null,
    endsAt: d.endsAt?.toISOString() ?? null,
    scope: d.scope,
    productIds: d.productIds,
    collectionIds: d.collectionIds,
    active: d.active,
  };
}

function data(input: z.infer<typeof ZDiscountInput>) {
  return {
    ...input,
    startsAt: input.startsAt ? new Date(input.startsAt) : null,
    endsAt: input.endsAt ? new Date(input.endsAt) : null,
    productIds: input.scope === "products" ? input.productIds : [],
    collectionIds: input.scope === "collections" ? input.collectionIds : [],
  };
}

function taken(error: unknown, code: string): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
    throw new CommerceError("CONFLICT", `The code ${code} already exists.`, {
      code: ["This code already exists."],
    });
  throw error;
}

async function find(ctx: SiteContext, discountId: string) {
  const d = await ctx.deps.db.prisma.discount.findFirst({
    where: { id: discountId, siteId: ctx.site.id },
  });
  if (!d) throw new CommerceError("NOT_FOUND", "No such discount.");
  return d;
}

export function listDiscountsHandler({ ctx }: HandlerArgs<unknown>) {
  return trpcErrors(async () => ({
    discounts: (
      await ctx.deps.db.prisma.discount.findMany({
        where: { siteId: ctx.site.id },
        orderBy: { createdAt: "desc" },
      })
    ).map(view),
  }));
}

export function createDiscountHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZCreateDiscountInput>>) {
  return trpcErrors(async () => {
    const created = await ctx.deps.db.prisma
      .$transaction(async (tx) => {
        const d = await tx.discount.create({
          data: { ...data(input.discount), siteId: ctx.site.id },
        });
        await audit(
          ctx.deps,
          {
            action: "discount.created",
            actorId: ctx.user.id,
            siteId: ctx.site.id,
            target: d.id,
            ip: ctx.ip,
            data: { code: d.code },
          },
          tx,
        );
        return d;
      })
      .catch((error: unknown) => taken(error, input.discount.code));
    return { discount: view(created) };
  });
}

export function updateDiscountHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZUpdateDiscountInput>>) {
  return trpcErrors(async () => {
    await find(ctx, input.discountId);
    const updated = await ctx.deps.db.prisma
      .$transaction(async (tx) => {
        const d = await tx.discount.update({
          where: { id: input.discountId },
          data: data(input.discount),
        });
        await audit(
          ctx.deps,
          {
            action: "discount.updated",
            actorId: ctx.user.id,
            siteId: ctx.site.id,
            target: d.id,
            ip: ctx.ip,
          },
          tx,
        );
        return d;
      })
      .catch((error: unknown) => taken(error, input.discount.code));
    return { discount: view(updated) };
  });
}

export function deleteDiscountHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZDiscountIdInput>>) {
  return trpcErrors(async () => {
    await find(ctx, input.discountId);
    await ctx.deps.db.prisma.$transaction(async (tx) => {
      await tx.discount.delete({ where: { id: input.discountId } });
      await audit(
        ctx.deps,
        {
          action: "discount.deleted",
          actorId: ctx.user.id,
          siteId: ctx.site.id,
          target: input.discountId,
          ip: ctx.ip,
        },
        tx,
      );
    });
    return { deleted: true };
  });
}
