import { audit } from "../audit.ts";
import type { AppDeps } from "../deps.ts";
import type { OrderStatus } from "../db/generated/enums.ts";
import { Prisma } from "../db/client.ts";
import { badRequest, DomainError, notFound } from "../errors.ts";
import { sendShippingConfirmation } from "./mail.ts";
import { formatMinor } from "../../domain/money.ts";
import { providerOfOrder } from "./payment-methods.ts";
import { checkPicks, quoteRefund, refundableAmount, type RefundPick } from "./refunds.ts";
import { ABANDONED_CHECKOUT_MS } from "./service.ts";
import { TX_OPTIONS } from "./transactions.ts";

type Deps = Pick<
  AppDeps,
  "db" | "commerce" | "log" | "now" | "mailer" | "config" | "siteDocuments"
>;
type Tx = Prisma.TransactionClient;

/**
 * The order lifecycle. An order only ever moves along these arrows; anything else is refused
 * (by the merchant's buttons and by out-of-order provider events alike).
 */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ["paid", "cancelled"],
  paid: ["fulfilled", "partially_refunded", "refunded", "cancelled"],
  fulfilled: ["partially_refunded", "refunded"],
  partially_refunded: ["partially_refunded", "refunded"],
  refunded: [],
  cancelled: [],
};

export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

const STATUS_WORDS: Record<OrderStatus, string> = {
  pending: "awaiting payment",
  paid: "paid",
  fulfilled: "fulfilled",
  partially_refunded: "partially refunded",
  refunded: "refunded",
  cancelled: "cancelled",
};

function refuse(from: OrderStatus, action: string): DomainError {
  return new DomainError(
    "CONFLICT",
    `This order is ${STATUS_WORDS[from]}: it cannot be ${action}.`,
  );
}

type Actor = { userId: string | null; ip?: string | null };

/** Locks one order of a site for the rest of the transaction and returns it with its lines. */
async function lockOrder(tx: Tx, siteId: string, orderId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Order" WHERE "id" = ${orderId} AND "siteId" = ${siteId} FOR UPDATE`;
  if (rows.length === 0) throw notFound("No such order.");
  return (await tx.order.findUnique({
    where: { id: orderId },
    include: { lines: { orderBy: { id: "asc" } }, refunds: true },
  }))!;
}

/** Marks a paid order shipped, with an optional tracking number, and tells the shopper. */
export async function fulfilOrder(
  deps: Deps,
  siteId: string,
  orderId: string,
  input: {
    trackingNumber?: string;
    trackingCarrier?: string;
    trackingUrl?: string;
    notifyCustomer: boolean;
  },
  actor: Actor,
) {
  const now = deps.now();
  const order = await deps.db.prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, siteId, orderId);
    const fulfillable =
      (order.status === "paid" || order.status === "partially_refunded") && !order.fulfilledAt;
    if (!fulfillable)
      throw refuse(order.status, order.fulfilledAt ? "fulfilled again" : "fulfilled");
    const status: OrderStatus = order.status === "paid" ? "fulfilled" : order.status;
    const updated = await tx.order.update({
      where: { id: order.id },
      data: {
        status,
        fulfilledAt: now,
        trackingNumber: input.trackingNumber || null,
        trackingCarrier: input.trackingCarrier || null,
        trackingUrl: input.trackingUrl || null,
      },
    });
    await audit(
      deps,
      {
        action: "order.fulfilled",
        actorId: actor.userId,
        siteId,
        target: order.id,
        ip: actor.ip,
        data: { from: order.status, to: status, trackingNumber: input.trackingNumber ?? null },
      },
      tx,
    );
    return updated;
  }, TX_OPTIONS);
  if (input.notifyCustomer)
    await sendShippingConfirmation(deps, order.id).catch((error: unknown) =>
      deps.log.error({ err: error, orderId }, "shipping confirmation mail failed"),
    );
  return order;
}

type RefundInput = {
  /** Absent: what the named units and shipping come to (quoteRefund), or everything left. */
  amount?: number;
  lines?: RefundPick[];
  /** Refund the order's shipping too (once per order). */
  shipping?: boolean;
  restock: boolean;
  reason?: string;
};

/**
 * What refunding these units (and the shipping) would come to, for the merchant's refund dialog:
 * the same computation the refund itself uses when no amount is given.
 */
export async function suggestRefund(
  deps: Pick<Deps, "db">,
  siteId: string,
  orderId: string,
  input: { lines: RefundPick[]; shipping: boolean },
) {
  const order = await deps.db.prisma.order.findFirst({
    where: { id: orderId, siteId },
    include: { lines: { orderBy: { id: "asc" } }, refunds: true },
  });
  if (!order) throw notFound("No such order.");
  return quoteRefund(order, checkPicks(order, input.lines), input);
}

/**
 * Refunds part or all of a paid order through the payment provider. The amount and the units
 * are reserved on the locked order first (a pending refund), so refunds at once can exceed
 * neither what was paid nor the units sold; the provider call carries the refund's id as
 * idempotency key; only its success changes the order. Units of the named lines go back into
 * stock when asked.
 */
export function refundOrder(
  deps: Deps,
  siteId: string,
  orderId: string,
  input: RefundInput,
  actor: Actor,
) {
  return moneyBack(deps, siteId, orderId, input, actor, "refund");
}

async function moneyBack(
  deps: Deps,
  siteId: string,
  orderId: string,
  input: RefundInput,
  actor: Actor,
  mode: "refund" | "cancel",
) {
  const now = deps.now();
  const { refund, order, lines } = await deps.db.prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, siteId, orderId);
    if (
      mode === "cancel" ? !canMove(order.status, "cancelled") : !canMove(order.status, "refunded")
    )
      throw refuse(order.status, mode === "cancel" ? "cancelled" : "refunded");
    const pending = order.refunds
      .filter((r) => r.status === "pending")
      .reduce((a, r) => a + r.amount, 0);
    if (pending > 0 && mode === "cancel")
      throw new DomainError(
        "CONFLICT",
        "A refund of this order is in progress; try again in a moment.",
      );
    const refundable = refundableAmount(order);
    // Units of refunds still in flight count as refunded, so they cannot be refunded twice.
    const lines = mode === "cancel" ? [] : checkPicks(order, input.lines ?? []);
    const shipping = mode === "refund" && input.shipping === true;
    if (shipping && order.refunds.some((r) => r.shipping && r.status !== "failed"))
      throw badRequest("The shipping of this order has been refunded already.", "shipping");
    const quote = quoteRefund(order, lines, { shipping });
    const amount =
      mode === "cancel"
        ? refundable
        : (input.amount ?? (lines.length > 0 || shipping ? quote.amount : refundable));
    if (mode === "refund" && amount <= 0)
      throw badRequest("There is nothing left to refund on this order.", "amount");
    if (amount > refundable)
      throw badRequest(
        `At most ${formatMinor(refundable, order.currency, "en-US")} can be refunded on this order.`,
        "amount",
      );
    if (amount > 0 && order.paymentProvider !== "none" && !order.paymentIntentRef)
      throw new DomainError("CONFLICT", "This order's payment cannot be refunded automatically.");
    const refund =
      amount > 0
        ? await tx.refund.create({
            data: {
              orderId: order.id,
              amount,
              reason: input.reason || null,
              restock: input.restock,
              lines: lines.length ? lines : Prisma.DbNull,
              shipping: shipping && quote.shipping > 0,
              status: "pending",
              createdById: actor.userId,
            },
          })
        : null;
    return { refund, order, lines };
  }, TX_OPTIONS);

  let providerRef: string | null = null;
  if (refund && order.paymentProvider !== "none") {
    try {
      providerRef = (
        await (
          await providerOfOrder(deps, order)
        ).refund({
          refundRef: order.paymentIntentRef!,
          amount: refund.amount,
          currency: order.currency,
          idempotencyKey: `refund-${refund.id}`,
          reason: input.reason,
        })
      ).refundId;
    } catch (error) {
      deps.log.error({ err: error, orderId }, "refund failed at the payment provider");
      await deps.db.prisma.refund.update({ where: { id: refund.id }, data: { status: "failed" } });
      await audit(deps, {
        action: "order.refund_failed",
        actorId: actor.userId,
        siteId,
        target: orderId,
        ip: actor.ip,
        data: { amount: refund.amount, refundId: refund.id },
      });
      throw new DomainError(
        "SERVICE_UNAVAILABLE",
        `The payment provider did not refund: ${error instanceof Error ? error.message : "unknown error"}. Nothing was changed.`,
      );
    }
  }
  const updated = await deps.db.prisma.$transaction(async (tx) => {
    const fresh = await lockOrder(tx, siteId, orderId);
    const amount = refund?.amount ?? 0;
    if (refund)
      await tx.refund.update({
        where: { id: refund.id },
        data: { status: "succeeded", providerRef },
      });
    const refundedTotal = fresh.refundedTotal + amount;
    const status: OrderStatus =
      mode === "cancel"
        ? "cancelled"
        : refundedTotal >= fresh.total
          ? "refunded"
          : "partially_refunded";
    const restock =
      mode === "cancel"
        ? fresh.lines.map((l) => ({ lineId: l.id, quantity: l.quantity - l.refundedQuantity }))
        : lines;
    for (const pick of restock) {
      const line = fresh.lines.find((l) => l.id === pick.lineId)!;
      if (pick.quantity <= 0) continue;
      if (mode === "refund")
        await tx.orderLine.update({
          where: { id: line.id },
          data: { refundedQuantity: { increment: pick.quantity } },
        });
      if (input.restock && line.variantId)
        await tx.$executeRaw`UPDATE "ProductVariant" SET "stock" = "stock" + ${pick.quantity}, "updatedAt" = ${now} WHERE "id" = ${line.variantId} AND "trackStock"`;
    }
    const updated = await tx.order.update({
      where: { id: fresh.id },
      data: {
        refundedTotal,
        status,
        ...(mode === "cancel" ? { cancelledAt: now, cancelReason: input.reason || null } : {}),
      },
    });
    await audit(
      deps,
      {
        action: mode === "cancel" ? "order.cancelled" : "order.refunded",
        actorId: actor.userId,
        siteId,
        target: orderId,
        ip: actor.ip,
        data: {
          from: fresh.status,
          to: status,
          amount,
          lines: lines.map((pick) => ({
            lineId: pick.lineId,
            title: fresh.lines.find((l) => l.id === pick.lineId)!.title,
            quantity: pick.quantity,
          })),
          shipping: refund?.shipping ?? false,
          restock: input.restock,
          reason: input.reason ?? null,
          refundId: refund?.id ?? null,
        },
      },
      tx,
    );
    return updated;
  }, TX_OPTIONS);
  if (input.restock) deps.commerce.catalogChanged(siteId);
  return updated;
}

/**
 * Cancels an order. Unpaid: the stock hold is released and the provider's payment page closed.
 * Paid but not shipped: what is left of the payment is refunded and, when asked, the units go
 * back on sale. Shipped orders are refunded instead.
 */
export async function cancelOrder(
  deps: Deps,
  siteId: string,
  orderId: string,
  input: { reason?: string; restock: boolean },
  actor: Actor,
) {
  const current = await deps.db.prisma.order.findFirst({ where: { id: orderId, siteId } });
  if (!current) throw notFound("No such order.");
  if (current.paidAt) return moneyBack(deps, siteId, orderId, input, actor, "cancel");
  const now = deps.now();
  const order = await deps.db.prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, siteId, orderId);
    if (order.status !== "pending") throw refuse(order.status, "cancelled");
    await tx.inventoryReservation.updateMany({
      where: { orderId, releasedAt: null },
      data: { releasedAt: now },
    });
    const updated = await tx.order.update({
      where: { id: orderId },
      data: { status: "cancelled", cancelledAt: now, cancelReason: input.reason || null },
    });
    await audit(
      deps,
      {
        action: "order.cancelled",
        actorId: actor.userId,
        siteId,
        target: orderId,
        ip: actor.ip,
        data: { from: order.status, to: "cancelled", reason: input.reason ?? null },
      },
      tx,
    );
    return updated;
  }, TX_OPTIONS);
  if (current.paymentRef)
    await (
      await providerOfOrder(deps, current)
    )
      .cancelPayment(current.paymentRef, `cancel-${current.id}`)
      .catch((error: unknown) =>
        deps.log.warn({ err: error, orderId }, "could not stop the payment"),
      );
  return order;
}

/**
 * A refund made outside Pegasus (Stripe's dashboard) reported by the provider: records the
 * difference between what the provider says was refunded and what we know of, counting our own
 * refunds still in flight, so neither a late nor a duplicate report counts anything twice.
 */
export async function recordProviderRefund(
  deps: Deps,
  orderId: string,
  providerRefundedTotal: number,
  eventId: string,
) {
  return deps.db.prisma.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId } });
    if (!order) return { changed: false };
    const locked = await lockOrder(tx, order.siteId, orderId);
    const inFlight = locked.refunds
      .filter((r) => r.status === "pending")
      .reduce((a, r) => a + r.amount, 0);
    const known = locked.refundedTotal + inFlight;
    const extra = Math.min(providerRefundedTotal, locked.total) - known;
    if (extra <= 0 || !canMove(locked.status, "partially_refunded")) return { changed: false };
    const refundedTotal = locked.refundedTotal + extra;
    const status: OrderStatus = refundedTotal >= locked.total ? "refunded" : "partially_refunded";
    await tx.refund.create({
      data: {
        orderId,
        amount: extra,
        reason: "Refunded at the payment provider",
        status: "succeeded",
        providerRef: eventId,
      },
    });
    await tx.order.update({ where: { id: orderId }, data: { refundedTotal, status } });
    await audit(
      deps,
      {
        action: "order.refunded",
        siteId: locked.siteId,
        target: orderId,
        data: { from: locked.status, to: status, amount: extra, source: "webhook", eventId },
      },
      tx,
    );
    return { changed: true };
  }, TX_OPTIONS);
}

/**
 * Housekeeping, every minute: reservations past their time are marked released (they already
 * stopped counting), and checkouts unpaid for a day are cancelled with their payment pages closed.
 */
export async function releaseExpiredCheckouts(
  deps: Deps,
): Promise<{ released: number; cancelled: number }> {
  const now = deps.now();
  const released = await deps.db.prisma.inventoryReservation.updateMany({
    where: { releasedAt: null, expiresAt: { lte: now } },
    data: { releasedAt: now },
  });
  const stale = await deps.db.prisma.order.findMany({
    where: {
      status: "pending",
      createdAt: { lt: new Date(now.getTime() - ABANDONED_CHECKOUT_MS) },
    },
    select: { id: true, siteId: true },
    take: 500,
  });
  let cancelled = 0;
  for (const order of stale) {
    try {
      await cancelOrder(
        deps,
        order.siteId,
        order.id,
        { reason: "Checkout abandoned", restock: false },
        { userId: null },
      );
      cancelled++;
    } catch (error) {
      // Paid in the meantime (a late webhook): leave it alone.
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return { released: released.count, cancelled };
}
