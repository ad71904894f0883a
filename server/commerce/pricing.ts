import { allocate, applyPpm, divideRounded, MAX_AMOUNT } from "../../domain/money.ts";

/**
 * Totals of a cart or an order, computed from the server's own prices, as one pure function so
 * the cart, the checkout page and the paid order can never disagree. Rounding rules:
 *
 * - percentage discounts are rounded per line, half away from zero;
 * - fixed-amount discounts are split across eligible lines in proportion to their subtotals,
 *   largest remainder first, so the parts add up to the discount exactly;
 * - tax is computed per line on the discounted line amount (and on shipping when the rate says
 *   so), rounded half away from zero; with tax-inclusive prices it is the part of the amount
 *   that is tax: amount - round(amount / (1 + rate)).
 */

export type PricingLine = {
  key: string;
  productId: string;
  collectionIds: readonly string[];
  unitPrice: number;
  quantity: number;
  weightGrams: number;
};

export type PricingDiscount = {
  code: string;
  kind: "percentage" | "fixed_amount" | "free_shipping";
  /** percentage: basis points; fixed_amount: minor units. */
  value: number;
  minSubtotal: number;
  scope: "all" | "products" | "collections";
  productIds: readonly string[];
  collectionIds: readonly string[];
};

export type PricingShippingRate = {
  id: string;
  name: string;
  kind: "flat" | "weight" | "free_over";
  price: number;
  minWeightGrams: number | null;
  maxWeightGrams: number | null;
  freeOverAmount: number | null;
};

export type PricingTaxRate = { name: string; ratePpm: number; appliesToShipping: boolean };

export type PricingInput = {
  lines: readonly PricingLine[];
  taxesIncluded: boolean;
  discount?: PricingDiscount | null;
  /** The chosen shipping rate; null or absent: shipping not known yet (0). */
  shippingRate?: PricingShippingRate | null;
  /** The destination's tax rate; null or absent: no tax. */
  taxRate?: PricingTaxRate | null;
  /** Prints amounts in messages (the shop's currency and locale). */
  formatMoney?: (minor: number) => string;
};

export type PricedLine = { key: string; subtotal: number; discount: number; tax: number };

export type Totals = {
  lines: PricedLine[];
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  /** Why the discount code gives nothing, in the shopper's words (null when it applies). */
  discountProblem: string | null;
  weightGrams: number;
};

export function lineMatchesScope(line: PricingLine, discount: PricingDiscount): boolean {
  if (discount.scope === "products") return discount.productIds.includes(line.productId);
  if (discount.scope === "collections")
    return line.collectionIds.some((id) => discount.collectionIds.includes(id));
  return true;
}

/** What a shipping rate costs for this weight and discounted subtotal; null when it does not apply. */
export function shippingPrice(
  rate: PricingShippingRate,
  weightGrams: number,
  discountedSubtotal: number,
): number | null {
  if (rate.kind === "weight") {
    if (rate.minWeightGrams !== null && weightGrams < rate.minWeightGrams) return null;
    if (rate.maxWeightGrams !== null && weightGrams >= rate.maxWeightGrams) return null;
    return rate.price;
  }
  if (rate.kind === "free_over") {
    return rate.freeOverAmount !== null && discountedSubtotal >= rate.freeOverAmount
      ? 0
      : rate.price;
  }
  return rate.price;
}

export function taxOf(amount: number, ratePpm: number, included: boolean): number {
  if (ratePpm <= 0 || amount <= 0) return 0;
  return included
    ? amount - divideRounded(amount * 1_000_000, 1_000_000 + ratePpm)
    : applyPpm(amount, ratePpm);
}

export class PricingError extends Error {
  override name = "PricingError";
}

export function computeTotals(input: PricingInput): Totals {
  const lines = input.lines.map((line) => ({
    line,
    subtotal: line.unitPrice * line.quantity,
    discount: 0,
    tax: 0,
  }));
  const subtotal = lines.reduce((sum, l) => sum + l.subtotal, 0);
  const weightGrams = input.lines.reduce((sum, l) => sum + l.weightGrams * l.quantity, 0);
  if (!Number.isSafeInteger(subtotal) || subtotal > MAX_AMOUNT)
    throw new PricingError("This cart is too large to check out in one order.");

  let discountProblem: string | null = null;
  let freeShipping = false;
  const discount = input.discount ?? null;
  if (discount) {
    const eligible = lines.filter((l) => lineMatchesScope(l.line, discount));
    const eligibleSubtotal = eligible.reduce((sum, l) => sum + l.subtotal, 0);
    if (discount.kind !== "free_shipping" && eligible.length === 0) {
      discountProblem = `The code ${discount.code} does not apply to anything in your cart.`;
    } else if (eligibleSubtotal < discount.minSubtotal) {
      const min = (input.formatMoney ?? String)(discount.minSubtotal);
      discountProblem = `The code ${discount.code} needs a subtotal of at least ${min}.`;
    } else if (discount.kind === "percentage") {
      for (const l of eligible) l.discount = divideRounded(l.subtotal * discount.value, 10_000);
    } else if (discount.kind === "fixed_amount") {
      const amount = Math.min(discount.value, eligibleSubtotal);
      const parts = allocate(
        amount,
        eligible.map((l) => l.subtotal),
      );
      eligible.forEach((l, i) => (l.discount = parts[i]!));
    } else {
      freeShipping = true;
    }
  }
  const discountTotal = lines.reduce((sum, l) => sum + l.discount, 0);
  const discounted = subtotal - discountTotal;

  let shippingTotal = 0;
  if (input.shippingRate && !freeShipping) {
    const price = shippingPrice(input.shippingRate, weightGrams, discounted);
    if (price === null)
      throw new PricingError(`${input.shippingRate.name} is not available for this order.`);
    shippingTotal = price;
  }

  let taxTotal = 0;
  const rate = input.taxRate;
  if (rate && rate.ratePpm > 0) {
    for (const l of lines)
      l.tax = taxOf(l.subtotal - l.discount, rate.ratePpm, input.taxesIncluded);
    taxTotal = lines.reduce((sum, l) => sum + l.tax, 0);
    if (rate.appliesToShipping) taxTotal += taxOf(shippingTotal, rate.ratePpm, input.taxesIncluded);
  }

  const total = discounted + shippingTotal + (input.taxesIncluded ? 0 : taxTotal);
  if (total > MAX_AMOUNT)
    throw new PricingError("This cart is too large to check out in one order.");
  return {
    lines: lines.map((l) => ({
      key: l.line.key,
      subtotal: l.subtotal,
      discount: l.discount,
      tax: l.tax,
    })),
    subtotal,
    discountTotal,
    shippingTotal,
    taxTotal,
    total,
    discountProblem,
    weightGrams,
  };
}
