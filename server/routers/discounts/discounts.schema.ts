import { z } from "zod";
import { ZDiscountCode } from "../../commerce/discounts.ts";

export const ZDiscountInput = z
  .object({
    code: ZDiscountCode,
    kind: z.enum(["percentage", "fixed_amount", "free_shipping"]),
    /** percentage: basis points (1000 = 10%); fixed_amount: minor units. */
    value: z.number().int().min(0).max(2_000_000_000).default(0),
    minSubtotal: z.number().int().min(0).max(2_000_000_000).default(0),
    usageLimit: z.number().int().min(1).max(10_000_000).nullable().default(null),
    perCustomerLimit: z.number().int().min(1).max(1000).nullable().default(null),
    startsAt: z.string().datetime({ offset: true }).nullable().default(null),
    endsAt: z.string().datetime({ offset: true }).nullable().default(null),
    scope: z.enum(["all", "products", "collections"]).default("all"),
    productIds: z.array(z.string().uuid()).max(500).default([]),
    collectionIds: z.array(z.string().uuid()).max(100).default([]),
    active: z.boolean().default(true),
  })
  .superRefine((d, issues) => {
    if (d.kind === "percentage" && (d.value < 1 || d.value > 10_000))
      issues.addIssue({
        code: "custom",
        path: ["value"],
        message: "A percentage is between 0.01% and 100%.",
      });
    if (d.kind === "fixed_amount" && d.value < 1)
      issues.addIssue({
        code: "custom",
        path: ["value"],
        message: "Enter the amount to take off.",
      });
    if (d.startsAt && d.endsAt && new Date(d.endsAt) <= new Date(d.startsAt))
      issues.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: "The end must be after the start.",
      });
    if (d.scope === "products" && d.productIds.length === 0)
      issues.addIssue({
        code: "custom",
        path: ["productIds"],
        message: "Choose the products the code is for.",
      });
    if (d.scope === "collections" && d.collectionIds.length === 0)
      issues.addIssue({
        code: "custom",
        path: ["collectionIds"],
        message: "Choose the collections the code is for.",
      });
  });

const ZDiscountId = z.string().uuid("That is not a discount id.");
export const ZDiscountIdInput = z.object({ discountId: ZDiscountId });
export const ZCreateDiscountInput = z.object({ discount: ZDiscountInput });
export const ZUpdateDiscountInput = z.object({ discountId: ZDiscountId, discount: ZDiscountInput });
