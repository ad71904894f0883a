import { describe, expect, it } from "vitest";
import { computeTotals } from "./pricing.ts";
import { applicationFee, itemise, STATEMENT_DESCRIPTOR_PATTERN } from "./payment-accounts.ts";

/** An order priced by pricing.ts itself, so the lines are checked against the real total. */
function pricedOrder(taxesIncluded: boolean) {
  const totals = computeTotals({
    lines: [
      {
        key: "a",
        productId: "p1",
        collectionIds: [],
        unitPrice: 1_999,
        quantity: 3,
        weightGrams: 0,
      },
      { key: "b", productId: "p2", collectionIds: [], unitPrice: 650, quantity: 1, weightGrams: 0 },
    ],
    discount: {
      code: "SAVE15",
      kind: "percentage",
      value: 1_500,
      scope: "all",
      productIds: [],
      collectionIds: [],
      minSubtotal: 0,
    },
    shippingRate: {
      id: "r",
      name: "Standard",
      kind: "flat",
      price: 495,
      minWeightGrams: null,
      maxWeightGrams: null,
      freeOverAmount: null,
    },
    taxRate: { name: "Tax", ratePpm: 88_750, appliesToShipping: true },
    taxesIncluded,
  });
  return {
    ...totals,
    discountCode: "SAVE15",
    shippingRateName: "Standard",
    taxesIncluded,
    lines: [
      { title: "Mug", variantTitle: "Blue", sku: "MUG-B", unitPrice: 1_999, quantity: 3 },
      { title: "Spoon", variantTitle: "Default Title", sku: null, unitPrice: 650, quantity: 1 },
    ],
  };
}

describe("an order as payment lines", () => {
  it.each([false, true])("adds up to the order's total (taxes included: %s)", (included) => {
    const order = pricedOrder(included);
    expect(order.discountTotal).toBeGreaterThan(0);
    const lines = itemise(order);
    expect(lines.reduce((sum, l) => sum + l.amount, 0)).toBe(order.total);
    expect(lines.map((l) => [l.kind, l.name])).toEqual([
      ["product", "Mug (Blue)"],
      ["product", "Spoon"],
      ["shipping", "Standard"],
      ...(included ? [] : [["tax", "Tax"]]),
      ["discount", "Discount SAVE15"],
    ]);
    expect(lines.map((l) => l.sku)).toEqual([
      "MUG-B",
      undefined,
      undefined,
      ...(included ? [] : [undefined]),
      undefined,
    ]);
  });
});

describe("the platform's fee", () => {
  it("is the percentage rounded half up plus the fixed part, never more than the payment", () => {
    expect(applicationFee(4_500, { feePercent: 2.5, feeFixed: 30 })).toBe(143);
    expect(applicationFee(10_000, { feePercent: 0, feeFixed: 0 })).toBe(0);
    expect(applicationFee(20, { feePercent: 10, feeFixed: 30 })).toBe(20);
    expect(applicationFee(999, { feePercent: 1.125, feeFixed: 0 })).toBe(11);
  });
});

describe("a statement descriptor suffix", () => {
  it("follows Stripe's rules", () => {
    for (const ok of ["KILN", "Kiln House 2", "A&B Coffee"])
      expect(STATEMENT_DESCRIPTOR_PATTERN.test(ok)).toBe(true);
    for (const bad of ["", "12345", "Kiln*House", "Café", "<b>", "a".repeat(23), "it's"])
      expect(STATEMENT_DESCRIPTOR_PATTERN.test(bad)).toBe(false);
  });
});
