import { z } from "zod";
import { openDisputeOf } from "../../commerce/payment-events.ts";
import { ZAddress } from "../../commerce/address.ts";
import { readImage } from "../../commerce/catalog.ts";
import { checkoutAsOrder } from "../../commerce/checkout.ts";
import { DomainError, said } from "../../errors.ts";
import { actorOf, type HandlerArgs, type SiteContext } from "../../commerce/merchant.ts";
import {
  canCancel,
  canFulfil,
  canRefund,
  cancelOrder,
  fulfilOrder,
  refundOrder,
  suggestRefund,
} from "../../commerce/orders.ts";
import { unitsToShip } from "../../commerce/order-status.ts";
import { readPicks, refundableShipping, refundableUnits } from "../../commerce/refunds.ts";
import type { Prisma } from "../../db/client.ts";
import type {
  ZCancelOrderInput,
  ZFulfilOrderInput,
  ZListOrdersInput,
  ZOrderIdInput,
  ZRefundOrderInput,
  ZRefundQuoteInput,
} from "./orders.schema.ts";

type OrderRow = Prisma.OrderGetPayload<{ include: { lines: true } }>;

function summary(o: OrderRow) {
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    paymentStatus: o.paymentStatus,
    fulfilmentStatus: o.fulfilmentStatus,
    email: o.email,
    customerName: o.customerName,
    currency: o.currency,
    total: o.total,
    refundedTotal: o.refundedTotal,
    itemCount: o.lines.reduce((sum, l) => sum + l.quantity, 0),
    createdAt: o.createdAt.toISOString(),
    paidAt: o.paidAt?.toISOString() ?? null,
  };
}

export async function listOrdersHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZListOrdersInput>>) {
  if (input.status === "open" || input.status === "abandoned") return listCheckouts(ctx, input);
  const byStatus: Prisma.OrderWhereInput =
    input.status === "orders"
      ? { paidAt: { not: null } }
      : { status: "cancelled", paidAt: { not: null } };
  const byState: Prisma.OrderWhereInput = {
    ...(input.payment ? { paymentStatus: input.payment } : {}),
    ...(input.fulfilment ? { fulfilmentStatus: input.fulfilment } : {}),
  };
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
    ...byState,
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
}

/**
 * Checkouts not (yet) orders, in the list's shape: open ones (awaiting payment, or a delayed
 * payment processing) and abandoned ones (expired or cancelled unpaid). Searched by email or name;
 * they have no number, so the payment and fulfilment filters find none.
 */
async function listCheckouts(ctx: SiteContext, input: z.infer<typeof ZListOrdersInput>) {
  const q = input.query.replace(/^#/, "");
  const where: Prisma.CheckoutWhereInput = {
    siteId: ctx.site.id,
    status:
      input.status === "open" ? { in: ["open", "processing"] } : { in: ["expired", "cancelled"] },
    ...(q
      ? {
          OR: [
            { email: { contains: q.toLowerCase() } },
            { customerName: { contains: q, mode: "insensitive" as const } },
          ],
        }
      : {}),
    ...(input.from || input.to
      ? {
          createdAt: {
            ...(input.from ? { gte: new Date(input.from) } : {}),
            ...(input.to ? { lt: new Date(input.to) } : {}),
          },
        }
      : {}),
  };
  const filtered = input.payment || input.fulfilment;
  const [rows, total] = filtered
    ? [[], 0]
    : await Promise.all([
        ctx.deps.db.prisma.checkout.findMany({
          where,
          include: { lines: { orderBy: { id: "asc" } } },
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          skip: input.cursor,
          take: input.limit,
        }),
        ctx.deps.db.prisma.checkout.count({ where }),
      ]);
  return {
    orders: rows.map((c) => summary(checkoutAsOrder(c))),
    total,
    nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null,
  };
}

/** An order, or a checkout not yet one (an open or abandoned checkout) in the order's shape. */
async function orderOrCheckout(ctx: SiteContext, orderId: string) {
  const include = {
    lines: { orderBy: { id: "asc" } },
    refunds: { orderBy: { createdAt: "asc" } },
    payments: { orderBy: { createdAt: "asc" } },
    fulfilments: { orderBy: { createdAt: "asc" }, include: { lines: true } },
    events: { orderBy: [{ at: "asc" }, { seq: "asc" }], take: 500 },
  } satisfies Prisma.OrderInclude;
  const order = await ctx.deps.db.prisma.order.findFirst({
    where: { id: orderId, siteId: ctx.site.id },
    include,
  });
  if (order) return order;
  const checkout = await ctx.deps.db.prisma.checkout.findFirst({
    where: { id: orderId, siteId: ctx.site.id },
    include: { lines: { orderBy: { id: "asc" } } },
  });
  if (!checkout) return null;
  return {
    ...checkoutAsOrder(checkout),
    refunds: [],
    payments: [],
    fulfilments: [],
    events: [],
  } satisfies Prisma.OrderGetPayload<{ include: typeof include }>;
}

async function detail(ctx: SiteContext, orderId: string) {
  const o = await orderOrCheckout(ctx, orderId);
  if (!o) throw new DomainError("NOT_FOUND", said("app.error.noSuchOrder", "No such order."));
  const history = await ctx.deps.db.prisma.auditLog.findMany({
    where: { siteId: ctx.site.id, target: o.id },
    orderBy: { at: "asc" },
    take: 200,
  });
  const address = ZAddress.safeParse(o.shippingAddress ?? undefined);
  const units = refundableUnits(o);
  const shippingLeft = refundableShipping(o);
  const refunds = o.refunds.map((r) => ({
    id: r.id,
    amount: r.amount,
    status: r.status,
    reason: r.reason,
    restock: r.restock,
    shipping: r.shipping,
    /** The units this refund gave back, by the order's own line titles. */
    units: refundUnits(r.lines, o.lines),
    createdAt: r.createdAt.toISOString(),
  }));
  return {
    order: {
      ...summary(o),
      token: o.token,
      subtotal: o.subtotal,
      discountTotal: o.discountTotal,
      discountCode: o.discountCode,
      shippingTotal: o.shippingTotal,
      /** "free" for the rate of a shop with no zones (FREE_SHIPPING_RATE): the app words it. */
      shippingRateId: o.shippingRateId,
      shippingRateName: o.shippingRateName,
      taxTotal: o.taxTotal,
      taxesIncluded: o.taxesIncluded,
      shippingAddress: address.success ? address.data : null,
      paymentProvider: o.paymentProvider,
      payments: o.payments.map((p) => ({
        id: p.id,
        provider: p.provider,
        amount: p.amount,
        currency: p.currency,
        status: p.status,
        createdAt: p.createdAt.toISOString(),
      })),
      fulfilments: o.fulfilments.map((f) => ({
        id: f.id,
        status: f.status,
        trackingNumber: f.trackingNumber,
        trackingCarrier: f.trackingCarrier,
        trackingUrl: f.trackingUrl,
        createdAt: f.createdAt.toISOString(),
        units: f.lines.flatMap((fl) => {
          const line = o.lines.find((l) => l.id === fl.orderLineId);
          return line
            ? [{ title: line.title, variantTitle: line.variantTitle, quantity: fl.quantity }]
            : [];
        }),
      })),
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
        fulfilledQuantity: l.fulfilledQuantity,
        /** Units still to ship (refunded units that never went out are not). */
        toShipQuantity: unitsToShip(l),
        /** Units that can still be refunded (refunds in flight count as made). */
        refundableQuantity: units.get(l.id) ?? 0,
        discount: l.discount,
        tax: l.tax,
      })),
      refunds,
      /** The shipping (with its tax when added on top) a refund may still include; 0 once refunded. */
      shippingRefundable: shippingLeft.shipping + (o.taxesIncluded ? 0 : shippingLeft.tax),
      /** What the merchant may do next (the buttons the screen shows). */
      actions: {
        fulfil: canFulfil(o) && o.lines.some((l) => unitsToShip(l) > 0),
        cancel: canCancel(o),
        refund: canRefund(o) && o.total > o.refundedTotal,
      },
    },
    /** The dispute still open, with the date the evidence must reach the provider by. */
    dispute: openDisputeOf(o.events),
    /** Every payment, refund, dispute and fulfilment event of the order, oldest first. */
    timeline: o.events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      kind: e.kind,
      /** The event's figures and codes (amount, currency, provider, lines...): the app words it. */
      data: e.data,
      /** The English of its moment, for API readers and events the app cannot word. */
      message: e.message,
    })),
    history: history.map((h) => ({
      at: h.at.toISOString(),
      action: h.action,
      actorId: h.actorId,
      data: h.data,
      /** For an event that moved money back: the refund it made (amount, units, reason). */
      refund: refunds.find((r) => r.id === refundOf(h.data, o.refunds)) ?? null,
    })),
  };
}

function refundUnits(stored: Prisma.JsonValue, lines: OrderRow["lines"]) {
  return readPicks(stored).flatMap((pick) => {
    const line = lines.find((l) => l.id === pick.lineId);
    return line
      ? [{ title: line.title, variantTitle: line.variantTitle, quantity: pick.quantity }]
      : [];
  });
}

const ZRefundLink = z.object({
  refundId: z.string().nullish(),
  eventId: z.string().nullish(),
});

/**
 * The refund an audit entry is about: ours by id, or one the provider reported (automatic
 * refunds name the provider's refund id, dashboard refunds the event that told us).
 */
function refundOf(data: Prisma.JsonValue, refunds: { id: string; providerRef: string | null }[]) {
  const link = ZRefundLink.safeParse(data);
  if (!link.success) return null;
  const { refundId, eventId } = link.data;
  const found = refunds.find(
    (r) =>
      (refundId && (r.id === refundId || r.providerRef === refundId)) ||
      (eventId && r.providerRef === eventId),
  );
  return found?.id ?? null;
}

export function getOrderHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZOrderIdInput>>) {
  return detail(ctx, input.orderId);
}

export async function fulfilOrderHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZFulfilOrderInput>>) {
  const { orderId, ...rest } = input;
  await fulfilOrder(ctx.deps, ctx.site.id, orderId, rest, actorOf(ctx));
  return detail(ctx, orderId);
}

export async function cancelOrderHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZCancelOrderInput>>) {
  const { orderId, ...rest } = input;
  await cancelOrder(ctx.deps, ctx.site.id, orderId, rest, actorOf(ctx));
  return detail(ctx, orderId);
}

export function refundQuoteHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZRefundQuoteInput>>) {
  return suggestRefund(ctx.deps, ctx.site.id, input.orderId, input);
}

export async function refundOrderHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZRefundOrderInput>>) {
  const { orderId, ...rest } = input;
  await refundOrder(ctx.deps, ctx.site.id, orderId, rest, actorOf(ctx));
  return detail(ctx, orderId);
}
