import { describe, expect, it } from "vitest";
import {
  canMoveFulfilment,
  canMovePayment,
  FULFILMENT_TRANSITIONS,
  fulfilmentOf,
  moveFulfilment,
  movePayment,
  PAYMENT_TRANSITIONS,
  paymentAfterRefund,
  StatusTransitionError,
  unitsToShip,
} from "./order-status.ts";

describe("payment transitions", () => {
  it("goes pending → paid → partially refunded → refunded", () => {
    let status = movePayment("pending", "paid");
    status = movePayment(status, "partially_refunded");
    status = movePayment(status, "partially_refunded");
    expect(movePayment(status, "refunded")).toBe("refunded");
  });

  it("lets a delayed method stay processing, then succeed or fail", () => {
    expect(canMovePayment("pending", "processing")).toBe(true);
    expect(canMovePayment("processing", "paid")).toBe(true);
    expect(canMovePayment("processing", "failed")).toBe(true);
  });

  it("never moves money backwards or out of a final state", () => {
    expect(canMovePayment("paid", "pending")).toBe(false);
    expect(canMovePayment("refunded", "paid")).toBe(false);
    expect(canMovePayment("refunded", "partially_refunded")).toBe(false);
    expect(canMovePayment("voided", "paid")).toBe(false);
    expect(() => movePayment("refunded", "paid")).toThrow(StatusTransitionError);
    expect(() => movePayment("pending", "refunded")).toThrow(
      "The payment of this order cannot go from pending to refunded.",
    );
  });

  it("opens a dispute only on money taken, and closes it back", () => {
    expect(canMovePayment("pending", "disputed")).toBe(false);
    expect(canMovePayment("paid", "disputed")).toBe(true);
    expect(canMovePayment("disputed", "paid")).toBe(true);
    expect(canMovePayment("disputed", "refunded")).toBe(true);
  });

  it("names only known states in its table", () => {
    const states = Object.keys(PAYMENT_TRANSITIONS);
    for (const targets of Object.values(PAYMENT_TRANSITIONS))
      for (const to of targets) expect(states).toContain(to);
  });

  it("counts a refund as partial until the whole total is back", () => {
    expect(paymentAfterRefund(500, 2000)).toBe("partially_refunded");
    expect(paymentAfterRefund(2000, 2000)).toBe("refunded");
  });
});

describe("fulfilment transitions", () => {
  it("goes unfulfilled → partially fulfilled → fulfilled, and never back", () => {
    let status = moveFulfilment("unfulfilled", "partially_fulfilled");
    status = moveFulfilment(status, "partially_fulfilled");
    expect(moveFulfilment(status, "fulfilled")).toBe("fulfilled");
    expect(canMoveFulfilment("fulfilled", "unfulfilled")).toBe(false);
    expect(canMoveFulfilment("partially_fulfilled", "cancelled")).toBe(false);
    expect(() => moveFulfilment("cancelled", "fulfilled")).toThrow(StatusTransitionError);
  });

  it("names only known states in its table", () => {
    const states = Object.keys(FULFILMENT_TRANSITIONS);
    for (const targets of Object.values(FULFILMENT_TRANSITIONS))
      for (const to of targets) expect(states).toContain(to);
  });

  it("adds the lines' shipped units up to a status", () => {
    const line = (quantity: number, fulfilledQuantity: number, refundedQuantity = 0) => ({
      quantity,
      fulfilledQuantity,
      refundedQuantity,
    });
    expect(fulfilmentOf([line(2, 0), line(1, 0)])).toBe("unfulfilled");
    expect(fulfilmentOf([line(2, 2), line(1, 0)])).toBe("partially_fulfilled");
    expect(fulfilmentOf([line(2, 1), line(1, 1)])).toBe("partially_fulfilled");
    expect(fulfilmentOf([line(2, 2), line(1, 1)])).toBe("fulfilled");
    // A line refunded before it shipped has nothing left to ship.
    expect(fulfilmentOf([line(2, 2), line(1, 0, 1)])).toBe("fulfilled");
    // A shipped unit refunded afterwards (a return) is still shipped.
    expect(fulfilmentOf([line(2, 2, 1)])).toBe("fulfilled");
    expect(unitsToShip(line(3, 1, 1))).toBe(1);
  });
});
