import { describe, expect, it } from "vitest";
import { formatMinor } from "../../domain/money.ts";
import {
  computeTotals,
  type PricingDiscount,
  type PricingLine,
  type PricingShippingRate,
} from "./pricing.ts";

const line = (key: string, unitPrice: number, quantity = 1, extra: Partial<PricingLine> = {}) => ({
  key,
  productId: `p-${key}`,
  collectionIds: [],
  unitPrice,
  quantity,
  weightGrams: 250,
  ...extra,
});

const discount = (over: Partial<PricingDiscount>): PricingDiscount => ({
  code: "SAVE",
  kind: "percentage",
  value: 1000,
  minSubtotal: 0,
  scope: "all",
  productIds: [],
  collectionIds: [],
  ...over,
});

const flat = (price: number): PricingShippingRate => ({
  id: "r",
  name: "Standard",
  kind: "flat",
  price,
  minWeightGrams: null,
  maxWeightGrams: null,
  freeOverAmount: null,
});

describe("computeTotals", () => {
  it("adds tax on top when prices exclude it (8.875%, per line, half up)", () => {
    const totals = computeTotals({
      lines: [line("a", 1000), line("b", 333, 3)],
      taxesIncluded: false,
      shippingRate: flat(500),
      taxRate: { name: "NY", ratePpm: 88_750, appliesToShipping: false },
    });
    // 1000 * 8.875% = 88.75 -> 89; 999 * 8.875% = 88.66 -> 89
    expect(totals.lines.map((l) => l.tax)).toEqual([89, 89]);
    expect(totals).toMatchObject({
      subtotal: 1999,
      shippingTotal: 500,
      taxTotal: 178,
      total: 2677,
    });
  });

  it("takes the tax out of tax-inclusive prices without changing the total", () => {
    const totals = computeTotals({
      lines: [line("a", 1190), line("b", 1000)],
      taxesIncluded: true,
      shippingRate: flat(490),
      taxRate: { name: "VAT", ratePpm: 190_000, appliesToShipping: true },
    });
    // 1190 contains 190 of 19% VAT; 1000 contains 159.66 -> 160; shipping 490 contains 78.24 -> 78
    expect(totals.lines.map((l) => l.tax)).toEqual([190, 160]);
    expect(totals).toMatchObject({ subtotal: 2190, taxTotal: 428, total: 2680 });
  });

  it("applies a percentage discount per line before tax", () => {
    const totals = computeTotals({
      lines: [line("a", 1999), line("b", 1)],
      taxesIncluded: false,
      discount: discount({ value: 1500 }),
      taxRate: { name: "T", ratePpm: 100_000, appliesToShipping: false },
    });
    // 15% of 1999 = 299.85 -> 300; 15% of 1 = 0.15 -> 0
    expect(totals.lines.map((l) => l.discount)).toEqual([300, 0]);
    expect(totals.lines.map((l) => l.tax)).toEqual([170, 0]);
    expect(totals).toMatchObject({ discountTotal: 300, taxTotal: 170, total: 1870 });
  });

  it("splits a fixed discount exactly and never below zero", () => {
    const totals = computeTotals({
      lines: [line("a", 1000), line("b", 1000), line("c", 1000)],
      taxesIncluded: false,
      discount: discount({ kind: "fixed_amount", value: 1000 }),
    });
    expect(totals.lines.map((l) => l.discount)).toEqual([334, 333, 333]);
    const capped = computeTotals({
      lines: [line("a", 300)],
      taxesIncluded: false,
      discount: discount({ kind: "fixed_amount", value: 1000 }),
    });
    expect(capped).toMatchObject({ discountTotal: 300, total: 0 });
  });

  it("limits a discount to its products or collections", () => {
    const totals = computeTotals({
      lines: [line("a", 1000), line("b", 1000, 1, { collectionIds: ["sale"] })],
      taxesIncluded: false,
      discount: discount({ scope: "collections", collectionIds: ["sale"], value: 5000 }),
    });
    expect(totals.lines.map((l) => l.discount)).toEqual([0, 500]);
    const none = computeTotals({
      lines: [line("a", 1000)],
      taxesIncluded: false,
      discount: discount({ scope: "products", productIds: ["other"] }),
    });
    expect(none.discountTotal).toBe(0);
    expect(none.discountProblem).toMatch(/does not apply/);
  });

  it("explains a minimum subtotal in the shop's currency", () => {
    const totals = computeTotals({
      lines: [line("a", 1000)],
      taxesIncluded: false,
      discount: discount({ minSubtotal: 5000 }),
      formatMoney: (m) => formatMinor(m, "USD", "en-US"),
    });
    expect(totals.discountTotal).toBe(0);
    expect(totals.discountProblem).toBe("The code SAVE needs a subtotal of at least $50.00.");
  });

  it("makes shipping free with a free-shipping code, or over an amount", () => {
    const free = computeTotals({
      lines: [line("a", 1000)],
      taxesIncluded: false,
      shippingRate: flat(800),
      discount: discount({ kind: "free_shipping" }),
    });
    expect(free).toMatchObject({ shippingTotal: 0, total: 1000 });
    const over = { ...flat(800), kind: "free_over" as const, freeOverAmount: 5000 };
    expect(
      computeTotals({ lines: [line("a", 4999)], taxesIncluded: false, shippingRate: over }),
    ).toMatchObject({ shippingTotal: 800 });
    expect(
      computeTotals({ lines: [line("a", 5000)], taxesIncluded: false, shippingRate: over }),
    ).toMatchObject({ shippingTotal: 0 });
  });

  it("prices weight-based rates by the cart's weight and refuses the wrong bracket", () => {
    const light = {
      ...flat(500),
      kind: "weight" as const,
      minWeightGrams: 0,
      maxWeightGrams: 1000,
    };
    expect(
      computeTotals({ lines: [line("a", 100, 3)], taxesIncluded: false, shippingRate: light }),
    ).toMatchObject({ weightGrams: 750, shippingTotal: 500 });
    expect(() =>
      computeTotals({ lines: [line("a", 100, 4)], taxesIncluded: false, shippingRate: light }),
    ).toThrow(/not available/);
  });

  it("works in JPY (no decimals): yen are whole, tax rounds to the yen", () => {
    const totals = computeTotals({
      lines: [line("a", 1850, 3)],
      taxesIncluded: true,
      discount: discount({ value: 1000 }),
      taxRate: { name: "JCT", ratePpm: 100_000, appliesToShipping: false },
    });
    // 5550 - 10% = 4995 yen, of which 10% consumption tax is 4995 - 4995/1.1 = 454.09 -> 454
    expect(totals).toMatchObject({
      subtotal: 5550,
      discountTotal: 555,
      taxTotal: 454,
      total: 4995,
    });
  });

  it("works in BHD (three decimals): fils, rounded half up", () => {
    const totals = computeTotals({
      lines: [line("a", 1235, 1)], // 1.235 BHD
      taxesIncluded: false,
      taxRate: { name: "VAT", ratePpm: 100_000, appliesToShipping: false },
      shippingRate: flat(1500),
    });
    // 10% of 1.235 = 0.1235 -> 0.124
    expect(totals).toMatchObject({ taxTotal: 124, total: 1235 + 124 + 1500 });
    expect(formatMinor(totals.total, "BHD", "en-US").replace(/\s/g, " ")).toBe("BHD 2.859");
  });

  it("refuses totals beyond what an order can hold", () => {
    expect(() =>
      computeTotals({ lines: [line("a", 100_000_000, 999)], taxesIncluded: false }),
    ).toThrow(/too large/);
  });
});
