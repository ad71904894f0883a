import { audit } from "../audit.ts";
import type { AppDeps } from "../deps.ts";
import type { OrderStatus } from "../db/generated/enums.ts";
import { Prisma } from "../db/client.ts";
import { badRequest, DomainError, notFound, said } from "../errors.ts";
import { sendShippingConfirmation } from "./mail.ts";
import { itemCount, recordOrderEvent } from "./order-events.ts";
import {
  canMoveFulfilment,
  canMovePayment,
  fulfilmentOf,
  FULFILMENT_WORDS,
  moveFulfilment,
  paymentAfterRefund,
  PAYMENT_WORDS,
  unitsToShip,
  type PaymentStatus,
} from "./order-status.ts";
import { formatMinor } from "../../domain/money.ts";
import { checkoutAsOrder, endCheckout } from "./checkout.ts";
import { providerOfOrder } from "./payment-methods.ts";
import {
  checkPicks,
  quoteRefund,
  readPicks,
  refundableAmount,
  type RefundPick,
} from "./refunds.ts";
import { ABANDONED_CHECKOUT_MS } from "./service.ts";
import { TX_OPTIONS } from "./transactions.ts";

type Deps = Pick<
  AppDeps,
  "db" | "commerce" | "log" | "now" | "mailer" | "config" | "siteDocuments"
>;
type Tx = Prisma.TransactionClient;

/**
 * The checkout's life: pending (a checkout) → paid (an order) or cancelled. What happens to the
 * money and the goods after is `paymentStatus` and `fulfilmentStatus`, each on its own arrows
 * (`order-status.ts`). The enum still names the old mixed states (fulfilled, refunded...) that
 * only rows from before the reshape carried; the migration moved them.
 */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ["paid", "cancelled"],
  paid: ["cancelled"],
  fulfilled: [],
  partially_refunded: [],
  refunded: [],
  cancelled: [],
};

export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

type OrderStates = Pick<OrderRow, "status" | "paymentStatus" | "fulfilmentStatus">;
type OrderRow = Prisma.OrderGetPayload<object>;

/** Money can go back: an order whose payment was taken and is not all back nor disputed. */
export function canRefund(o: OrderStates): boolean {
  return (
    o.status === "paid" && (o.paymentStatus === "paid" || o.paymentStatus === "partially_refunded")
  );
}

/** Cancelling gives everything back: only a paid order nothing of which went out or came back. */
export function canCancel(o: OrderStates): boolean {
  if (o.status === "pending") return true;
  return (
    canMove(o.status, "cancelled") &&
    o.paymentStatus === "paid" &&
    canMoveFulfilment(o.fulfilmentStatus, "cancelled")
  );
}

export function canFulfil(o: OrderStates): boolean {
  return (
    canRefund(o) &&
    (canMoveFulfilment(o.fulfilmentStatus, "fulfilled") ||
      canMoveFulfilment(o.fulfilmentStatus, "partially_fulfilled"))
  );
}

/** Why the merchant's button is refused, in the order's own words. */
function refuse(o: OrderStates, action: string): DomainError {
  const state =
    o.status === "pending"
      ? "awaiting payment"
      : o.status === "cancelled"
        ? "cancelled"
        : `${PAYMENT_WORDS[o.paymentStatus]} and ${FULFILMENT_WORDS[o.fulfilmentStatus]}`;
  return new DomainError(
    "CONFLICT",
    said("app.error.orderStateRefused", `This order is ${state}: it cannot be ${action}.`, {
      status: o.status,
      payment: o.paymentStatus,
      fulfilment: o.fulfilmentStatus,
      action: action.replace(" ", "_"),
    }),
  );
}

type Actor = { userId: string | null; ip?: string | null };

/** Locks one order of a site for the rest of the transaction and returns it with its lines. */
export async function lockOrder(tx: Tx, siteId: string, orderId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Order" WHERE "id" = ${orderId} AND "siteId" = ${siteId} FOR UPDATE`;
  if (rows.length === 0) {
    // A checkout not paid (yet) is not an order: nothing can be shipped or given back.
    if (await tx.checkout.count({ where: { id: orderId, siteId } }))
      throw new DomainError(
        "CONFLICT",
        said(
          "app.error.orderAwaitingPayment",
          "This order is awaiting payment: it is not an order yet.",
        ),
      );
    throw notFound(said("app.error.noSuchOrder", "No such order."));
  }
  return (await tx.order.findUnique({
    where: { id: orderId },
    include: { lines: { orderBy: { id: "asc" } }, refunds: true },
  }))!;
}

/** An order's shipments, oldest first, with the units each holds: for the shopper's order page. */
export function shipmentsOf(deps: Pick<Deps, "db">, orderId: string) {
  return deps.db.prisma.fulfilment.findMany({
    where: { orderId, status: "shipped" },
    include: { lines: true },
    orderBy: { createdAt: "asc" },
  });
}
export type Shipment = Awaited<ReturnType<typeof shipmentsOf>>[number];

export type FulfilPick = { lineId: string; quantity: number };

/**
 * Ships some units of a paid order (absent `lines`: everything left to ship) as one shipment with
 * its own tracking, and tells the shopper. The order is fulfilled once no unit is left to ship,
 * partially fulfilled before; a unit refunded before it went out is not waited for.
 */
export async function fulfilOrder(
  deps: Deps,
  siteId: string,
  orderId: string,
  input: {
    lines?: FulfilPick[];
    trackingNumber?: string;
    trackingCarrier?: string;
    trackingUrl?: string;
    notifyCustomer: boolean;
  },
  actor: Actor,
) {
  const now = deps.now();
  const { order, fulfilmentId } = await deps.db.prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, siteId, orderId);
    if (!canFulfil(order))
      throw refuse(order, order.fulfilmentStatus === "fulfilled" ? "fulfilled again" : "fulfilled");
    const picks = shipmentPicks(order.lines, input.lines);
    const shipped = new Map(picks.map((p) => [p.lineId, p.quantity]));
    const after = order.lines.map((l) => ({
      ...l,
      fulfilledQuantity: l.fulfilledQuantity + (shipped.get(l.id) ?? 0),
    }));
    const fulfilmentStatus = moveFulfilment(order.fulfilmentStatus, fulfilmentOf(after));
    const fulfilment = await tx.fulfilment.create({
      data: {
        orderId: order.id,
        trackingNumber: input.trackingNumber || null,
        trackingCarrier: input.trackingCarrier || null,
        trackingUrl: input.trackingUrl || null,
        createdById: actor.userId,
        createdAt: now,
        lines: { create: picks.map((p) => ({ orderLineId: p.lineId, quantity: p.quantity })) },
      },
    });
    for (const pick of picks)
      await tx.orderLine.update({
        where: { id: pick.lineId },
        data: { fulfilledQuantity: { increment: pick.quantity } },
      });
    const updated = await tx.order.update({
      where: { id: order.id },
      data: { fulfilmentStatus, ...(fulfilmentStatus === "fulfilled" ? { fulfilledAt: now } : {}) },
    });
    const units = picks.reduce((sum, p) => sum + p.quantity, 0);
    const tracking = input.trackingNumber
      ? ` (${[input.trackingCarrier, input.trackingNumber].filter(Boolean).join(" ")})`
      : "";
    await recordOrderEvent(tx, {
      orderId: order.id,
      kind: "fulfilment.shipped",
      message: `${itemCount(units)} shipped${tracking}`,
      data: {
        fulfilmentId: fulfilment.id,
        lines: picks,
        units,
        trackingCarrier: input.trackingCarrier ?? null,
        trackingNumber: input.trackingNumber ?? null,
        trackingUrl: input.trackingUrl ?? null,
      },
      actorId: actor.userId,
      at: now,
    });
    await audit(
      deps,
      {
        action: "order.fulfilled",
        actorId: actor.userId,
        siteId,
        target: order.id,
        ip: actor.ip,
        data: {
          from: order.fulfilmentStatus,
          to: fulfilmentStatus,
          fulfilmentId: fulfilment.id,
          lines: picks,
          trackingNumber: input.trackingNumber ?? null,
        },
      },
      tx,
    );
    return { order: updated, fulfilmentId: fulfilment.id };
  }, TX_OPTIONS);
  if (input.notifyCustomer)
    await sendShippingConfirmation(deps, order.id, fulfilmentId).catch((error: unknown) =>
      deps.log.error({ err: error, orderId }, "shipping confirmation mail failed"),
    );
  return order;
}

/** The units one shipment takes: those named (each at most what is left to ship), or all left. */
function shipmentPicks(
  lines: {
    id: string;
    title: string;
    quantity: number;
    refundedQuantity: number;
    fulfilledQuantity: number;
  }[],
  wanted: FulfilPick[] | undefined,
): FulfilPick[] {
  if (!wanted)
    return lines.flatMap((l) =>
      unitsToShip(l) > 0 ? [{ lineId: l.id, quantity: unitsToShip(l) }] : [],
    );
  const picks = new Map<string, number>();
  for (const pick of wanted) picks.set(pick.lineId, (picks.get(pick.lineId) ?? 0) + pick.quantity);
  const out: FulfilPick[] = [];
  for (const [lineId, quantity] of picks) {
    const line = lines.find((l) => l.id === lineId);
    if (!line)
      throw badRequest(
        said("app.error.itemNotInOrder", "That item is not in this order."),
        "lines",
      );
    const left = unitsToShip(line);
    if (quantity > left)
      throw badRequest(
        left === 0
          ? said("app.error.nothingLeftToShip", `${line.title} has nothing left to ship.`, {
              item: line.title,
            })
          : said(
              "app.error.onlyLeftToShip",
              `Only ${left} of ${line.title} ${left === 1 ? "is" : "are"} left to ship.`,
              { count: left, item: line.title },
            ),
        "lines",
      );
    if (quantity > 0) out.push({ lineId, quantity });
  }
  if (out.length === 0)
    throw badRequest(
      said("app.error.chooseItemToShip", "Choose at least one item to ship."),
      "lines",
    );
  return out;
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
  if (!order) throw notFound(said("app.error.noSuchOrder", "No such order."));
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
    if (mode === "cancel" ? !canCancel(order) : !canRefund(order))
      throw refuse(order, mode === "cancel" ? "cancelled" : "refunded");
    const pending = order.refunds
      .filter((r) => r.status === "pending")
      .reduce((a, r) => a + r.amount, 0);
    if (pending > 0 && mode === "cancel")
      throw new DomainError(
        "CONFLICT",
        said(
          "app.error.refundInProgress",
          "A refund of this order is in progress; try again in a moment.",
        ),
      );
    const refundable = refundableAmount(order);
    // Units of refunds still in flight count as refunded, so they cannot be refunded twice.
    const lines = mode === "cancel" ? [] : checkPicks(order, input.lines ?? []);
    const shipping = mode === "refund" && input.shipping === true;
    if (shipping && order.refunds.some((r) => r.shipping && r.status !== "failed"))
      throw badRequest(
        said("app.error.shippingRefunded", "The shipping of this order has been refunded already."),
        "shipping",
      );
    const quote = quoteRefund(order, lines, { shipping });
    const amount =
      mode === "cancel"
        ? refundable
        : (input.amount ?? (lines.length > 0 || shipping ? quote.amount : refundable));
    if (mode === "refund" && amount <= 0)
      throw badRequest(
        said("app.error.nothingToRefund", "There is nothing left to refund on this order."),
        "amount",
      );
    if (amount > refundable)
      throw badRequest(
        `At most ${formatMinor(refundable, order.currency, "en-US")} can be refunded on this order.`,
        "amount",
      );
    if (amount > 0 && order.paymentProvider !== "none" && !order.paymentIntentRef)
      throw new DomainError(
        "CONFLICT",
        said(
          "app.error.refundNotAutomatic",
          "This order's payment cannot be refunded automatically.",
        ),
      );
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
  let providerPending = false;
  if (refund && order.paymentProvider !== "none") {
    try {
      const answer = await (
        await providerOfOrder(deps, order)
      ).refund({
        refundRef: order.paymentIntentRef!,
        amount: refund.amount,
        currency: order.currency,
        idempotencyKey: `refund-${refund.id}`,
        reason: input.reason,
      });
      providerRef = answer.refundId;
      providerPending = answer.status === "pending";
    } catch (error) {
      deps.log.error({ err: error, orderId }, "refund failed at the payment provider");
      await deps.db.prisma.$transaction(async (tx) => {
        await tx.refund.update({ where: { id: refund.id }, data: { status: "failed" } });
        await recordOrderEvent(tx, {
          orderId,
          kind: "refund.failed",
          message: `Refund of ${formatMinor(refund.amount, order.currency, "en-US")} failed at the payment provider`,
          data: { amount: refund.amount, currency: order.currency, refundId: refund.id },
          actorId: actor.userId,
          at: deps.now(),
        });
      });
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
        said(
          "app.error.providerRefundFailed",
          `The payment provider did not refund: ${error instanceof Error ? error.message : "unknown error"}. Nothing was changed.`,
          { reason: error instanceof Error ? error.message : "unknown error" },
        ),
      );
    }
  }
  const updated = await deps.db.prisma.$transaction(async (tx) => {
    const fresh = await lockOrder(tx, siteId, orderId);
    // A refund the provider has accepted but not yet paid out stays pending: its amount and
    // units stay reserved, and it counts as refunded once the provider says so (settleRefund).
    const amount = providerPending ? 0 : (refund?.amount ?? 0);
    if (refund)
      await tx.refund.update({
        where: { id: refund.id },
        data: { status: providerPending ? "pending" : "succeeded", providerRef },
      });
    const refundedTotal = fresh.refundedTotal + amount;
    const paymentStatus =
      amount > 0
        ? nextPayment(fresh.paymentStatus, paymentAfterRefund(refundedTotal, fresh.total))
        : fresh.paymentStatus;
    const status: OrderStatus = mode === "cancel" ? "cancelled" : fresh.status;
    const restock =
      mode === "cancel"
        ? fresh.lines.map((l) => ({ lineId: l.id, quantity: l.quantity - l.refundedQuantity }))
        : providerPending
          ? []
          : lines;
    await giveBackUnits(tx, fresh.lines, restock, {
      refunded: mode === "refund",
      restock: input.restock,
      now,
    });
    const shipping =
      mode === "refund" && !providerPending ? nothingLeftToShip(fresh, lines, now) : {};
    const updated = await tx.order.update({
      where: { id: fresh.id },
      data: {
        refundedTotal,
        status,
        paymentStatus,
        ...shipping,
        ...(mode === "cancel"
          ? {
              cancelledAt: now,
              cancelReason: input.reason || null,
              fulfilmentStatus: moveFulfilment(fresh.fulfilmentStatus, "cancelled"),
            }
          : {}),
      },
    });
    if (refund)
      await recordOrderEvent(tx, {
        orderId,
        kind: providerPending ? "refund.pending" : "refund.succeeded",
        message: `${providerPending ? "Refund pending" : "Refunded"}: ${formatMinor(refund.amount, fresh.currency, "en-US")}${refundWhat(lines, fresh.lines, refund.shipping)}`,
        data: {
          amount: refund.amount,
          currency: fresh.currency,
          refundId: refund.id,
          lines,
          shipping: refund.shipping,
        },
        actorId: actor.userId,
        at: now,
      });
    if (mode === "cancel")
      await recordOrderEvent(tx, {
        orderId,
        kind: "order.cancelled",
        message: input.reason ? `Order cancelled: ${input.reason}` : "Order cancelled",
        data: { reason: input.reason || null },
        actorId: actor.userId,
        at: now,
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
          from: fresh.paymentStatus,
          to: paymentStatus,
          amount: refund?.amount ?? 0,
          pending: providerPending,
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

/** Counts refunded units on their lines and, when asked, puts them back on sale. */
async function giveBackUnits(
  tx: Tx,
  lines: { id: string; variantId: string | null }[],
  picks: RefundPick[],
  how: { refunded: boolean; restock: boolean; now: Date },
) {
  for (const pick of picks) {
    const line = lines.find((l) => l.id === pick.lineId)!;
    if (pick.quantity <= 0) continue;
    if (how.refunded)
      await tx.orderLine.update({
        where: { id: line.id },
        data: { refundedQuantity: { increment: pick.quantity } },
      });
    if (how.restock && line.variantId)
      await tx.$executeRaw`UPDATE "ProductVariant" SET "stock" = "stock" + ${pick.quantity}, "updatedAt" = ${how.now} WHERE "id" = ${line.variantId} AND "trackStock"`;
  }
}

/**
 * Refunding the units still to ship of a partly shipped order completes it: nothing is left to
 * send. (An order nothing of which shipped stays unfulfilled, as its refund says it all.)
 */
function nothingLeftToShip(
  order: {
    fulfilmentStatus: OrderRow["fulfilmentStatus"];
    lines: { id: string; quantity: number; refundedQuantity: number; fulfilledQuantity: number }[];
  },
  refunded: RefundPick[],
  now: Date,
): Partial<Pick<OrderRow, "fulfilmentStatus" | "fulfilledAt">> {
  const after = order.lines.map((l) => ({
    ...l,
    refundedQuantity:
      l.refundedQuantity +
      refunded.filter((p) => p.lineId === l.id).reduce((sum, p) => sum + p.quantity, 0),
  }));
  const status = fulfilmentOf(after);
  return status === "fulfilled" && canMoveFulfilment(order.fulfilmentStatus, status)
    ? { fulfilmentStatus: status, fulfilledAt: now }
    : {};
}

/**
 * A refund the provider accepted as pending has settled (its refund event): succeeded, it
 * counts as refunded (units, stock, the payment status); failed, its amount and units are free to
 * refund again. A refund already settled is left alone, so a repeated event changes nothing.
 */
export async function settleRefund(
  deps: Deps,
  providerRefundId: string,
  outcome: "succeeded" | "failed",
): Promise<{ changed: boolean; orderId: string | null }> {
  const now = deps.now();
  const found = await deps.db.prisma.refund.findFirst({
    where: { providerRef: providerRefundId },
    include: { order: { select: { siteId: true } } },
  });
  if (!found) return { changed: false, orderId: null };
  const changed = await deps.db.prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, found.order.siteId, found.orderId);
    const refund = order.refunds.find((r) => r.id === found.id)!;
    if (refund.status !== "pending") return false;
    await tx.refund.update({ where: { id: refund.id }, data: { status: outcome } });
    const money = formatMinor(refund.amount, order.currency, "en-US");
    if (outcome === "failed") {
      await recordOrderEvent(tx, {
        orderId: order.id,
        kind: "refund.failed",
        message: `Refund of ${money} failed at the payment provider`,
        data: { amount: refund.amount, currency: order.currency, refundId: refund.id },
        at: now,
      });
      return true;
    }
    const refundedTotal = order.refundedTotal + refund.amount;
    await giveBackUnits(tx, order.lines, readPicks(refund.lines), {
      refunded: true,
      restock: refund.restock,
      now,
    });
    await tx.order.update({
      where: { id: order.id },
      data: {
        refundedTotal,
        paymentStatus: nextPayment(
          order.paymentStatus,
          paymentAfterRefund(refundedTotal, order.total),
        ),
        ...nothingLeftToShip(order, readPicks(refund.lines), now),
      },
    });
    await recordOrderEvent(tx, {
      orderId: order.id,
      kind: "refund.succeeded",
      message: `Refunded: ${money}`,
      data: { amount: refund.amount, currency: order.currency, refundId: refund.id },
      at: now,
    });
    return true;
  }, TX_OPTIONS);
  if (changed && outcome === "succeeded" && found.restock)
    deps.commerce.catalogChanged(found.order.siteId);
  return { changed, orderId: found.orderId };
}

/**
 * A change of the money the provider reports, recorded even when it is not the arrow we would
 * have drawn (the money has moved; the record must say so), and logged when it is not.
 */
function nextPayment(from: PaymentStatus, to: PaymentStatus): PaymentStatus {
  return from === to || canMovePayment(from, to) ? to : from;
}

/** " for 1 × Mug, shipping" — what a refund gave back, for the timeline. */
function refundWhat(
  picks: RefundPick[],
  lines: { id: string; title: string }[],
  shipping: boolean,
): string {
  const parts = [
    ...picks.map((p) => `${p.quantity} × ${lines.find((l) => l.id === p.lineId)?.title ?? "item"}`),
    ...(shipping ? ["shipping"] : []),
  ];
  return parts.length ? ` for ${parts.join(", ")}` : "";
}

/**
 * Cancels an order. A checkout not yet paid (the merchant's open checkouts): its stock hold is
 * released and the provider's payment page closed. Paid but not shipped: what is left of the
 * payment is refunded and, when asked, the units go back on sale. Shipped orders are refunded
 * instead.
 */
export async function cancelOrder(
  deps: Deps,
  siteId: string,
  orderId: string,
  input: { reason?: string; restock: boolean },
  actor: Actor,
) {
  const current = await deps.db.prisma.order.findFirst({ where: { id: orderId, siteId } });
  if (current) return moneyBack(deps, siteId, orderId, input, actor, "cancel");
  const checkout = await deps.db.prisma.checkout.findFirst({ where: { id: orderId, siteId } });
  if (!checkout) throw notFound(said("app.error.noSuchOrder", "No such order."));
  const ended = await endCheckout(deps, checkout.id, {
    status: "cancelled",
    reason: input.reason || null,
    closePage: true,
    action: "order.cancelled",
    actor,
  });
  if (!ended) throw refuse(checkoutAsOrder({ ...checkout, lines: [] }), "cancelled");
  return checkoutAsOrder(ended);
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
    if (extra <= 0 || !canRefund(locked)) return { changed: false };
    const refundedTotal = locked.refundedTotal + extra;
    const paymentStatus = nextPayment(
      locked.paymentStatus,
      paymentAfterRefund(refundedTotal, locked.total),
    );
    await tx.refund.create({
      data: {
        orderId,
        amount: extra,
        reason: "Refunded at the payment provider",
        status: "succeeded",
        providerRef: eventId,
      },
    });
    await tx.order.update({ where: { id: orderId }, data: { refundedTotal, paymentStatus } });
    await recordOrderEvent(tx, {
      orderId,
      kind: "refund.succeeded",
      message: `Refunded at the payment provider: ${formatMinor(extra, locked.currency, "en-US")}`,
      data: { amount: extra, currency: locked.currency, byProvider: true, eventId },
      at: deps.now(),
    });
    await audit(
      deps,
      {
        action: "order.refunded",
        siteId: locked.siteId,
        target: orderId,
        data: {
          from: locked.paymentStatus,
          to: paymentStatus,
          amount: extra,
          source: "webhook",
          eventId,
        },
      },
      tx,
    );
    return { changed: true };
  }, TX_OPTIONS);
}

/**
 * Housekeeping, every minute: reservations past their time are marked released (they already
 * stopped counting), and checkouts unpaid for a day expire with their payment pages closed.
 * A checkout whose delayed payment is processing is not abandoned: the shopper paid and the bank
 * is deciding (its hold lasts PROCESSING_HOLD_MS); its provider's success or failure event ends it.
 */
export async function releaseExpiredCheckouts(
  deps: Deps,
): Promise<{ released: number; cancelled: number }> {
  const now = deps.now();
  const released = await deps.db.prisma.inventoryReservation.updateMany({
    where: { releasedAt: null, expiresAt: { lte: now } },
    data: { releasedAt: now },
  });
  const stale = await deps.db.prisma.checkout.findMany({
    where: {
      status: "open",
      createdAt: { lt: new Date(now.getTime() - ABANDONED_CHECKOUT_MS) },
    },
    select: { id: true },
    take: 500,
  });
  let cancelled = 0;
  for (const checkout of stale) {
    // Paid in the meantime (a late webhook): endCheckout leaves it alone.
    const ended = await endCheckout(deps, checkout.id, {
      status: "expired",
      reason: "Checkout abandoned",
      closePage: true,
      action: "order.cancelled",
      source: "sweeper",
    });
    if (ended) cancelled++;
  }
  return { released: released.count, cancelled };
}
