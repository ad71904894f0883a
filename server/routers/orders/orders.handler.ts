import type { z } from "zod";
import { ZAddress } from "../../commerce/address.ts";
import { readImage } from "../../commerce/catalog.ts";
import { CommerceError, trpcErrors } from "../../commerce/errors.ts";
import { actorOf, type HandlerArgs, type SiteContext } from "../../commerce/merchant.ts";
import { cancelOrder, fulfilOrder, ORDER_TRANSITIONS, refundOrder } from "../../commerce/orders.ts";
import type { Prisma } from "../../db/client.ts";
import type {
  ZCancelOrderInput,
  ZFulfilOrderInput,
  ZListOrdersInput,
  ZOrderIdInput,
  ZRefundOrderInput,
} from "./orders.schema.ts";

type OrderRow = Prisma.OrderGetPayload<{ include: { lines: true } }>;

function summary(o: OrderRow) {
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    email: o.email,
    customerName: o.customerName,
    currency: o.currency,
    total: o.total,
    refundedTotal: o.refundedTotal,
    itemCount: o.lines.reduce((sum, l) => sum + l.quantity, 0),
    fulfilled: o.fulfilledAt !== null,
    createdAt: o.createdAt.toISOString(),
    paidAt: o.paidAt?.toISOString() ?? null,
  };
}

export function listOrdersHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZListOrdersInput>>) {
  return trpcErrors(async () => {
    const byStatus: Prisma.OrderWhereInput =
      input.status === "orders"
        ? { paidAt: { not: null } }
        : input.status === "open"
          ? { status: "pending" }
          : input.status === "abandoned"
            ? { status: "cancelled", paidAt: null }
            : input.status === "cancelled"
              ? { status: "cancelled", paidAt: { not: null } }
              : { status: input.status };
    const q = input.query.replace(/^#/, "");
    const search: Prisma.OrderWhereInput = q
      ? {
          OR: [
            ...(/^\d{1,9}$/.test(q) ? [{ number: Number(q) }] : []),
            { email: { contains: q.toLowerCase() } },
            { customerName: { contains: q, mode: "insensitive" as const } },
          ],
        }
      : {};
    const where: Prisma.OrderWhereInput = {
      siteId: ctx.site.id,
      ...byStatus,
      ...search,
      ...(input.from || input.to
        ? {
            createdAt: {
              ...(input.from ? { gte: new Date(input.from) } : {}),
              ...(input.to ? { lt: new Date(input.to) } : {}),
            },
          }
        : {}),
    };
    const [rows, total] = await Promise.all([
      ctx.deps.db.prisma.order.findMany({
        where,
        include: { lines: true },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        skip: input.cursor,
        take: input.limit,
      }),
      ctx.deps.db.prisma.order.count({ where }),
    ]);
    return {
      orders: rows.map(summary),
      total,
      nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null,
    };
  });
}

async function detail(ctx: SiteContext, orderId: string) {
  const o = await ctx.deps.db.prisma.order.findFirst({
    where: { id: orderId, siteId: ctx.site.id },
    include: { lines: { orderBy: { id: "asc" } }, refunds: { orderBy: { createdAt: "asc" } } },
  });
  if (!o) throw new CommerceError("NOT_FOUND", "No such order.");
  const history = await ctx.deps.db.prisma.auditLog.findMany({
    where: { siteId: ctx.site.id, target: o.id },
    orderBy: { at: "asc" },
    take: 200,
  });
  const address = ZAddress.safeParse(o.shippingAddress ?? undefined);
  return {
    order: {
      ...summary(o),
      token: o.token,
      subtotal: o.subtotal,
      discountTotal: o.discountTotal,
      discountCode: o.discountCode,
      shippingTotal: o.shippingTotal,
      shippingRateName: o.shippingRateName,
      taxTotal: o.taxTotal,
      taxesIncluded: o.taxesIncluded,
      shippingAddress: address.success ? address.data : null,
      paymentProvider: o.paymentProvider,
      trackingNumber: o.trackingNumber,
      trackingCarrier: o.trackingCarrier,
      trackingUrl: o.trackingUrl,
      cancelReason: o.cancelReason,
      fulfilledAt: o.fulfilledAt?.toISOString() ?? null,
      cancelledAt: o.cancelledAt?.toISOString() ?? null,
      lines: o.lines.map((l) => ({
        id: l.id,
        productId: l.productId,
        variantId: l.variantId,
        title: l.title,
        variantTitle: l.variantTitle,
        sku: l.sku,
        image: readImage(l.image) ?? null,
        unitPrice: l.unitPrice,
        quantity: l.quantity,
        refundedQuantity: l.refundedQuantity,
        discount: l.discount,
        tax: l.tax,
      })),
      refunds: o.refunds.map((r) => ({
        id: r.id,
        amount: r.amount,
        status: r.status,
        reason: r.reason,
        restock: r.restock,
        createdAt: r.createdAt.toISOString(),
      })),
      /** What the merchant may do next (the buttons the screen shows). */
      actions: {
        fulfil: (o.status === "paid" || o.status === "partially_refunded") && !o.fulfilledAt,
        cancel: ORDER_TRANSITIONS[o.status].includes("cancelled"),
        refund: ORDER_TRANSITIONS[o.status].includes("refunded") && o.total > o.refundedTotal,
      },
    },
    history: history.map((h) => ({
      at: h.at.toISOString(),
      action: h.action,
      actorId: h.actorId,
      data: h.data,
    })),
  };
}

export function getOrderHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZOrderIdInput>>) {
  return trpcErrors(() => detail(ctx, input.orderId));
}

export function fulfilOrderHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZFulfilOrderInput>>) {
  return trpcErrors(async () => {
    const { orderId, ...rest } = input;
    await fulfilOrder(ctx.deps, ctx.site.id, orderId, rest, actorOf(ctx));
    return detail(ctx, orderId);
  });
}

export function cancelOrderHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZCancelOrderInput>>) {
  return trpcErrors(async () => {
    const { orderId, ...rest } = input;
    await cancelOrder(ctx.deps, ctx.site.id, orderId, rest, actorOf(ctx));
    return detail(ctx, orderId);
  });
}

export function refundOrderHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZRefundOrderInput>>) {
  return trpcErrors(async () => {
    const { orderId, ...rest } = input;
    await refundOrder(ctx.deps, ctx.site.id, orderId, rest, actorOf(ctx));
    return detail(ctx, orderId);
  });
}
