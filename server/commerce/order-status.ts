/**
 * An order's two states, each with its own transition table: what happened to the money
 * (`PaymentStatus`) and what happened to the goods (`FulfilmentStatus`). They move apart: a
 * shipped order that is partly refunded is still shipped. Pure: no database, no clock; the order
 * module calls `movePayment` / `moveFulfilment` with the order row locked, so a change that is
 * not on an arrow is refused whether a merchant's button or a late provider event asks for it.
 */
import type { FulfilmentStatus, PaymentStatus } from "../db/generated/enums.ts";

export type { FulfilmentStatus, PaymentStatus };

/**
 * pending: checkout open, nothing taken. processing: a delayed method (SEPA, ACH) is on its way.
 * authorized: held, not captured. paid: taken. disputed: the shopper's bank opened a dispute; it
 * closes back to what the money was, or lost (refunded). failed / voided: nothing was taken.
 */
export const PAYMENT_TRANSITIONS: Record<PaymentStatus, readonly PaymentStatus[]> = {
  pending: ["processing", "authorized", "paid", "failed", "voided"],
  processing: ["paid", "failed", "voided"],
  authorized: ["paid", "voided", "failed"],
  paid: ["partially_refunded", "refunded", "disputed"],
  partially_refunded: ["partially_refunded", "refunded", "disputed"],
  disputed: ["paid", "partially_refunded", "refunded"],
  refunded: [],
  failed: ["pending", "processing", "paid"],
  voided: [],
};

/** Cancelled: the order will not ship (cancelled before anything went out). */
export const FULFILMENT_TRANSITIONS: Record<FulfilmentStatus, readonly FulfilmentStatus[]> = {
  unfulfilled: ["partially_fulfilled", "fulfilled", "cancelled"],
  partially_fulfilled: ["partially_fulfilled", "fulfilled"],
  fulfilled: [],
  cancelled: [],
};

export const PAYMENT_WORDS: Record<PaymentStatus, string> = {
  pending: "awaiting payment",
  processing: "payment processing",
  authorized: "authorized",
  paid: "paid",
  partially_refunded: "partially refunded",
  refunded: "refunded",
  disputed: "disputed",
  failed: "payment failed",
  voided: "not paid",
};

export const FULFILMENT_WORDS: Record<FulfilmentStatus, string> = {
  unfulfilled: "unfulfilled",
  partially_fulfilled: "partially fulfilled",
  fulfilled: "fulfilled",
  cancelled: "cancelled",
};

export class StatusTransitionError extends Error {
  override name = "StatusTransitionError";
  constructor(
    readonly kind: "payment" | "fulfilment",
    readonly from: string,
    readonly to: string,
  ) {
    super(`The ${kind} of this order cannot go from ${from} to ${to}.`);
  }
}

export function canMovePayment(from: PaymentStatus, to: PaymentStatus): boolean {
  return PAYMENT_TRANSITIONS[from].includes(to);
}

export function canMoveFulfilment(from: FulfilmentStatus, to: FulfilmentStatus): boolean {
  return FULFILMENT_TRANSITIONS[from].includes(to);
}

/** The next payment status, or a `StatusTransitionError` when it is not on an arrow. */
export function movePayment(from: PaymentStatus, to: PaymentStatus): PaymentStatus {
  if (!canMovePayment(from, to)) throw new StatusTransitionError("payment", from, to);
  return to;
}

export function moveFulfilment(from: FulfilmentStatus, to: FulfilmentStatus): FulfilmentStatus {
  if (!canMoveFulfilment(from, to)) throw new StatusTransitionError("fulfilment", from, to);
  return to;
}

/** After a refund: refunded once nothing of the total is left, else partially refunded. */
export function paymentAfterRefund(refundedTotal: number, total: number): PaymentStatus {
  return refundedTotal >= total ? "refunded" : "partially_refunded";
}

export type LineUnits = { quantity: number; refundedQuantity: number; fulfilledQuantity: number };

/**
 * Units of a line still to ship: what was bought, less what went out and what was refunded
 * before it went out (a refunded unit that had shipped was a return, not a unit to ship).
 */
export function unitsToShip(line: LineUnits): number {
  return Math.max(0, line.quantity - line.refundedQuantity - line.fulfilledQuantity);
}

/** The fulfilment status the lines' shipped units add up to. */
export function fulfilmentOf(lines: readonly LineUnits[]): FulfilmentStatus {
  const shipped = lines.reduce((sum, l) => sum + l.fulfilledQuantity, 0);
  if (shipped === 0) return "unfulfilled";
  return lines.every((l) => unitsToShip(l) === 0) ? "fulfilled" : "partially_fulfilled";
}
