import { z } from "zod";

const ZOrderId = z.string().uuid("That is not an order id.");

export const ZListOrdersInput = z.object({
  /**
   * "orders": every order that was paid (the default view); "open": checkouts awaiting payment;
   * "cancelled": orders cancelled after payment; "abandoned": checkouts never paid.
   */
  status: z.enum(["orders", "open", "cancelled", "abandoned"]).default("orders"),
  /** Orders whose money is in this state (paid orders only). */
  payment: z
    .enum(["paid", "partially_refunded", "refunded", "disputed", "processing", "authorized"])
    .optional(),
  /** Orders whose goods are in this state (paid orders only). */
  fulfilment: z.enum(["unfulfilled", "partially_fulfilled", "fulfilled"]).optional(),
  /** Order number (#1001 or 1001), email or customer name. */
  query: z.string().trim().max(200).default(""),
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
  cursor: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(100).default(50),
});
export const ZOrderIdInput = z.object({ orderId: ZOrderId });
export const ZFulfilOrderInput = z.object({
  orderId: ZOrderId,
  /** The units this shipment holds; absent: everything left to ship. */
  lines: z
    .array(
      z.object({
        lineId: z.string().uuid("That item is not in this order."),
        quantity: z.number().int().min(0).max(1_000),
      }),
    )
    .max(100)
    .optional(),
  trackingNumber: z.string().trim().max(100).optional(),
  trackingCarrier: z.string().trim().max(100).optional(),
  trackingUrl: z
    .string()
    .trim()
    .max(2048)
    .regex(/^https:\/\/\S+$/, "Use an https:// tracking link.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  notifyCustomer: z.boolean().default(true),
});
export const ZCancelOrderInput = z.object({
  orderId: ZOrderId,
  reason: z.string().trim().max(500).optional(),
  restock: z.boolean().default(true),
});
const ZRefundLines = z
  .array(
    z.object({
      lineId: z.string().uuid("That item is not in this order."),
      quantity: z.number().int().min(1, "Refund at least one unit.").max(1_000),
    }),
  )
  .max(100);
export const ZRefundOrderInput = z.object({
  orderId: ZOrderId,
  /** Minor units; absent: what the named units and shipping come to, or everything left. */
  amount: z.number().int().min(1, "Refund at least one minor unit.").max(2_000_000_000).optional(),
  lines: ZRefundLines.optional(),
  /** Refund the shipping too (with its tax). */
  shipping: z.boolean().default(false),
  restock: z.boolean().default(false),
  reason: z.string().trim().max(500).optional(),
});
/** The refund dialog's live amount for the units (and shipping) chosen so far. */
export const ZRefundQuoteInput = z.object({
  orderId: ZOrderId,
  lines: ZRefundLines.default([]),
  shipping: z.boolean().default(false),
});
