/**
 * What a payment provider reports after the checkout: a delayed method (SEPA, ACH) still
 * processing or failed, a dispute opened or decided. Each step locks the order, moves its payment
 * status only along an arrow of `order-status.ts` and writes the timeline and the audit log in the
 * same transaction; a step that does not apply (the event is late, repeated, or about another
 * payment page) changes nothing and says so, so provider events may come twice and in any order.
 */
import { audit } from "../audit.ts";
import type { AppDeps } from "../deps.ts";
import type { Prisma } from "../db/client.ts";
import { formatMinor } from "../../domain/money.ts";
import { endCheckout, PAYMENT_FAILED } from "./checkout.ts";
import { recordOrderEvent } from "./order-events.ts";
import { canMovePayment, movePayment, paymentAfterRefund } from "./order-status.ts";
import { lockOrder } from "./orders.ts";
import { PROCESSING_HOLD_MS } from "./service.ts";
import { TX_OPTIONS } from "./transactions.ts";

type Deps = Pick<AppDeps, "db" | "now" | "commerce" | "log" | "config" | "siteDocuments">;

async function siteOf(deps: Deps, orderId: string): Promise<string | null> {
  const order = await deps.db.prisma.order.findUnique({
    where: { id: orderId },
    select: { siteId: true },
  });
  return order?.siteId ?? null;
}

/**
 * The shopper completed Stripe's page with a delayed method: the money is on its way, not here.
 * The checkout becomes "processing" (no order yet: one is created when the money arrives,
 * decision 0014), and its stock hold is stretched to `PROCESSING_HOLD_MS`, so neither the
 * abandoned-checkout sweeper nor the hold's expiry gives the units to another shopper while the
 * bank decides.
 */
export async function markProcessing(
  deps: Deps,
  checkoutId: string,
  paymentRef: string,
): Promise<boolean> {
  const now = deps.now();
  return deps.db.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Checkout" WHERE "id" = ${checkoutId} FOR UPDATE`;
    const checkout = await tx.checkout.findUnique({ where: { id: checkoutId } });
    if (checkout?.status !== "open") return false;
    const holdUntil = new Date(now.getTime() + PROCESSING_HOLD_MS);
    await tx.inventoryReservation.updateMany({
      where: { checkoutId, releasedAt: null },
      data: { expiresAt: holdUntil },
    });
    await tx.checkout.update({
      where: { id: checkoutId },
      data: {
        status: "processing",
        processingSince: now,
        paymentRef,
        paymentClaimedAt: null,
        reservedUntil: holdUntil,
      },
    });
    await audit(
      deps,
      {
        action: "order.payment_processing",
        siteId: checkout.siteId,
        target: checkoutId,
        data: {
          from: "pending",
          to: "processing",
          amount: formatMinor(checkout.total, checkout.currency, "en-US"),
          paymentRef,
          source: "webhook",
        },
      },
      tx,
    );
    return true;
  }, TX_OPTIONS);
}

/**
 * A delayed payment failed (`async_payment_failed`): nothing was taken. The checkout is
 * cancelled ("Payment failed") and its stock hold released. Only the checkout's own page counts
 * (an older page's failure says nothing of the current one), and a paid checkout is never undone.
 */
export async function markPaymentFailed(
  deps: Deps,
  checkoutId: string,
  paymentRef: string,
): Promise<boolean> {
  const ended = await endCheckout(deps, checkoutId, {
    status: "cancelled",
    reason: PAYMENT_FAILED,
    from: ["open", "processing"],
    paymentRef,
    action: "order.payment_failed",
    source: "webhook",
  });
  return ended !== null;
}

export type DisputeFacts = {
  disputeId: string;
  amount: number;
  reason: string;
  /** When the merchant's evidence must reach the provider; null when it does not say. */
  evidenceDueBy: Date | null;
};

/**
 * The shopper's bank opened a dispute: the order is flagged disputed and the merchant told on
 * its timeline, with the evidence deadline the order page shows. A repeated or late event (the
 * dispute already known, or already closed) changes nothing.
 */
export async function openDispute(
  deps: Deps,
  orderId: string,
  dispute: DisputeFacts,
): Promise<boolean> {
  const siteId = await siteOf(deps, orderId);
  if (!siteId) return false;
  const now = deps.now();
  return deps.db.prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, siteId, orderId);
    if (await disputeSeen(tx, orderId, dispute.disputeId)) return false;
    if (!canMovePayment(order.paymentStatus, "disputed")) return false;
    await tx.order.update({
      where: { id: orderId },
      data: { paymentStatus: movePayment(order.paymentStatus, "disputed") },
    });
    const money = formatMinor(dispute.amount, order.currency, "en-US");
    const due = dispute.evidenceDueBy
      ? `; evidence due by ${dispute.evidenceDueBy.toISOString().slice(0, 10)}`
      : "";
    await recordOrderEvent(tx, {
      orderId,
      kind: "dispute.created",
      message: `Dispute opened for ${money} (${dispute.reason.replaceAll("_", " ")})${due}`,
      data: {
        disputeId: dispute.disputeId,
        amount: dispute.amount,
        currency: order.currency,
        reason: dispute.reason,
        evidenceDueBy: dispute.evidenceDueBy?.toISOString() ?? null,
      },
      at: now,
    });
    await audit(
      deps,
      {
        action: "order.disputed",
        siteId,
        target: orderId,
        data: {
          from: order.paymentStatus,
          to: "disputed",
          disputeId: dispute.disputeId,
          amount: dispute.amount,
          reason: dispute.reason,
          evidenceDueBy: dispute.evidenceDueBy?.toISOString() ?? null,
        },
      },
      tx,
    );
    return true;
  }, TX_OPTIONS);
}

/**
 * The dispute was decided. Won: the money stays, the payment goes back to what it was before.
 * Lost: the disputed amount is gone, recorded as a refund "Lost dispute" so the order's refunded
 * total and payment status say so. A close for a dispute never opened here (its created event
 * lost or still to come) is recorded all the same; the late created event then changes nothing.
 */
export async function closeDispute(
  deps: Deps,
  orderId: string,
  dispute: DisputeFacts & { won: boolean },
): Promise<boolean> {
  const siteId = await siteOf(deps, orderId);
  if (!siteId) return false;
  const now = deps.now();
  return deps.db.prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, siteId, orderId);
    if (order.status !== "paid") return false;
    const closed = await tx.orderEvent.findFirst({
      where: {
        orderId,
        kind: "dispute.closed",
        data: { path: ["disputeId"], equals: dispute.disputeId },
      },
    });
    if (closed) return false;
    const lost = dispute.won ? 0 : Math.min(dispute.amount, order.total - order.refundedTotal);
    const refundedTotal = order.refundedTotal + lost;
    const after = refundedTotal > 0 ? paymentAfterRefund(refundedTotal, order.total) : "paid";
    // Closed before we saw it open: the order was never flagged, and its money moves the same.
    const paymentStatus =
      order.paymentStatus === after || canMovePayment(order.paymentStatus, after)
        ? after
        : order.paymentStatus;
    if (lost > 0)
      await tx.refund.create({
        data: {
          orderId,
          amount: lost,
          reason: "Lost dispute",
          status: "succeeded",
          providerRef: dispute.disputeId,
        },
      });
    await tx.order.update({ where: { id: orderId }, data: { refundedTotal, paymentStatus } });
    const money = formatMinor(dispute.amount, order.currency, "en-US");
    await recordOrderEvent(tx, {
      orderId,
      kind: "dispute.closed",
      message: dispute.won
        ? `Dispute won: the ${money} stay with the store`
        : `Dispute lost: ${formatMinor(lost, order.currency, "en-US")} went back to the shopper's bank`,
      data: {
        disputeId: dispute.disputeId,
        amount: dispute.amount,
        currency: order.currency,
        won: dispute.won,
        lost,
      },
      at: now,
    });
    await audit(
      deps,
      {
        action: dispute.won ? "order.dispute_won" : "order.dispute_lost",
        siteId,
        target: orderId,
        data: {
          from: order.paymentStatus,
          to: paymentStatus,
          disputeId: dispute.disputeId,
          amount: dispute.amount,
          lost,
        },
      },
      tx,
    );
    return true;
  }, TX_OPTIONS);
}

/** A dispute this order's timeline already knows (opened or closed). */
async function disputeSeen(
  tx: Prisma.TransactionClient,
  orderId: string,
  disputeId: string,
): Promise<boolean> {
  const seen = await tx.orderEvent.findFirst({
    where: {
      orderId,
      kind: { in: ["dispute.created", "dispute.closed"] },
      data: { path: ["disputeId"], equals: disputeId },
    },
  });
  return seen !== null;
}

/**
 * The open dispute's evidence deadline, for the merchant's order page: the newest dispute opened
 * and not closed since. Null when none is open.
 */
export function openDisputeOf(
  events: readonly { kind: string; data: unknown }[],
): { disputeId: string; amount: number; evidenceDueBy: string | null } | null {
  const closed = new Set(
    events.filter((e) => e.kind === "dispute.closed").map((e) => disputeIdOf(e.data)),
  );
  const open = events.filter(
    (e) => e.kind === "dispute.created" && !closed.has(disputeIdOf(e.data)),
  );
  const last = open.at(-1);
  if (!last) return null;
  const data = last.data as { disputeId: string; amount: number; evidenceDueBy: string | null };
  return { disputeId: data.disputeId, amount: data.amount, evidenceDueBy: data.evidenceDueBy };
}

function disputeIdOf(data: unknown): string | null {
  return typeof data === "object" && data !== null && "disputeId" in data
    ? String((data as { disputeId: unknown }).disputeId)
    : null;
}
