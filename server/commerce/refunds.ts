import { z } from "zod";
import type { Prisma } from "../db/client.ts";
import { badRequest, said } from "../errors.ts";
import { divideRounded } from "../../domain/money.ts";

/**
 * What a refund of some units (and perhaps the shipping) comes to, computed the way the order
 * was priced: each unit carries its line's price, less its share of the line's discount, plus
 * its share of the line's tax when tax was added on top. Shares are cumulative per line (the
 * units refunded so far, then these), so refunding a line in parts adds up to exactly what the
 * line cost. Pending refunds count as made: their units and amount are reserved.
 */

export type RefundPick = { lineId: string; quantity: number };

/** The order as a refund needs it (the row with its lines and refunds). */
export type RefundableOrder = Pick<
  Prisma.OrderGetPayload<object>,
  "total" | "refundedTotal" | "taxesIncluded" | "shippingTotal" | "taxTotal" | "currency"
> & {
  lines: Pick<
    Prisma.OrderLineGetPayload<object>,
    | "id"
    | "title"
    | "variantTitle"
    | "unitPrice"
    | "quantity"
    | "refundedQuantity"
    | "discount"
    | "tax"
  >[];
  refunds: Pick<Prisma.RefundGetPayload<object>, "amount" | "status" | "lines" | "shipping">[];
};

export type RefundQuote = {
  /** What the chosen units and shipping come to, at most `refundable`. */
  amount: number;
  /** The parts of `amount` before the cap: units at their price, less discount, plus tax. */
  items: number;
  discount: number;
  /** The tax share of the chosen units (and shipping); included in `items` when prices include tax. */
  tax: number;
  shipping: number;
  /** The most that can still be refunded on the order: paid, less refunds made or in flight. */
  refundable: number;
};

const ZStoredPicks = z.array(z.object({ lineId: z.string(), quantity: z.number().int() }));

/** The units a refund row names (its `lines` column); none for an amount-only refund. */
export function readPicks(stored: Prisma.JsonValue): RefundPick[] {
  const picks = ZStoredPicks.safeParse(stored);
  return picks.success ? picks.data : [];
}

/** Units of each line refunded or being refunded, from the order's refund rows. */
function unitsTaken(order: RefundableOrder): Map<string, number> {
  const taken = new Map<string, number>();
  for (const line of order.lines) taken.set(line.id, line.refundedQuantity);
  for (const refund of order.refunds) {
    if (refund.status !== "pending") continue;
    for (const pick of readPicks(refund.lines))
      taken.set(pick.lineId, (taken.get(pick.lineId) ?? 0) + pick.quantity);
  }
  return taken;
}

/** Units of each line that can still be refunded. */
export function refundableUnits(order: RefundableOrder): Map<string, number> {
  const taken = unitsTaken(order);
  return new Map(order.lines.map((l) => [l.id, Math.max(0, l.quantity - taken.get(l.id)!)]));
}

/** Money of the order still refundable, counting refunds in flight as made. */
export function refundableAmount(order: RefundableOrder): number {
  const pending = order.refunds
    .filter((r) => r.status === "pending")
    .reduce((sum, r) => sum + r.amount, 0);
  return Math.max(0, order.total - order.refundedTotal - pending);
}

/** The order's shipping and the tax on it; zero once a refund (made or in flight) included it. */
export function refundableShipping(order: RefundableOrder): { shipping: number; tax: number } {
  if (order.refunds.some((r) => r.shipping && r.status !== "failed"))
    return { shipping: 0, tax: 0 };
  const linesTax = order.lines.reduce((sum, l) => sum + l.tax, 0);
  return { shipping: order.shippingTotal, tax: Math.max(0, order.taxTotal - linesTax) };
}

function describeLine(line: RefundableOrder["lines"][number]): string {
  return line.variantTitle ? `${line.title} (${line.variantTitle})` : line.title;
}

/** Picks naming the same line twice are one pick; refuses lines not in the order or units gone. */
export function checkPicks(order: RefundableOrder, picks: readonly RefundPick[]): RefundPick[] {
  const merged = new Map<string, number>();
  for (const pick of picks) merged.set(pick.lineId, (merged.get(pick.lineId) ?? 0) + pick.quantity);
  const left = refundableUnits(order);
  return [...merged].map(([lineId, quantity]) => {
    const line = order.lines.find((l) => l.id === lineId);
    if (!line)
      throw badRequest(
        said("app.error.itemNotInOrder", "That item is not in this order."),
        "lines",
      );
    const units = left.get(lineId)!;
    if (quantity > units)
      throw badRequest(
        units === 0
          ? said(
              "app.error.allUnitsRefunded",
              `Every unit of ${describeLine(line)} has been refunded already.`,
              { item: describeLine(line) },
            )
          : said(
              "app.error.atMostRefundable",
              `At most ${units} of ${describeLine(line)} can be refunded.`,
              { count: units, item: describeLine(line) },
            ),
        "lines",
      );
    return { lineId, quantity };
  });
}

/** A share of `amount` for units [from, to) of `quantity`, rounded so all shares add up. */
function share(amount: number, from: number, to: number, quantity: number): number {
  return divideRounded(amount * to, quantity) - divideRounded(amount * from, quantity);
}

/** The suggested amount for these units (checked with checkPicks) and, when asked, shipping. */
export function quoteRefund(
  order: RefundableOrder,
  picks: readonly RefundPick[],
  options: { shipping: boolean },
): RefundQuote {
  const taken = unitsTaken(order);
  let items = 0;
  let discount = 0;
  let tax = 0;
  for (const pick of picks) {
    const line = order.lines.find((l) => l.id === pick.lineId)!;
    const from = taken.get(line.id)!;
    const to = from + pick.quantity;
    items += line.unitPrice * pick.quantity;
    discount += share(line.discount, from, to, line.quantity);
    tax += share(line.tax, from, to, line.quantity);
  }
  const shipping = options.shipping ? refundableShipping(order) : { shipping: 0, tax: 0 };
  tax += shipping.tax;
  const refundable = refundableAmount(order);
  const total = items - discount + shipping.shipping + (order.taxesIncluded ? 0 : tax);
  return {
    amount: Math.min(total, refundable),
    items,
    discount,
    tax,
    shipping: shipping.shipping,
    refundable,
  };
}
