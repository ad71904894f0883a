import { z } from "zod";
import { ZCountryCode } from "../../commerce/address.ts";

const minor = z.number().int().min(0).max(2_000_000_000);

export const ZShippingRateInput = z
  .object({
    id: z.string().uuid().optional(),
    name: z.string().trim().min(1, "Name the rate, e.g. Standard.").max(100),
    kind: z.enum(["flat", "weight", "free_over"]),
    price: minor,
    minWeightGrams: z.number().int().min(0).max(10_000_000).nullable().default(null),
    maxWeightGrams: z.number().int().min(1).max(10_000_000).nullable().default(null),
    freeOverAmount: minor.nullable().default(null),
  })
  .superRefine((rate, issues) => {
    if (rate.kind === "weight" && rate.minWeightGrams === null && rate.maxWeightGrams === null)
      issues.addIssue({
        code: "custom",
        path: ["maxWeightGrams"],
        message: "Give the weight range this rate is for.",
      });
    if (
      rate.minWeightGrams !== null &&
      rate.maxWeightGrams !== null &&
      rate.maxWeightGrams <= rate.minWeightGrams
    )
      issues.addIssue({
        code: "custom",
        path: ["maxWeightGrams"],
        message: "The upper weight must be above the lower one.",
      });
    if (rate.kind === "free_over" && rate.freeOverAmount === null)
      issues.addIssue({
        code: "custom",
        path: ["freeOverAmount"],
        message: "Give the amount above which shipping is free.",
      });
  });

export const ZShippingZoneInput = z.object({
  name: z.string().trim().min(1, "Name the zone, e.g. Domestic.").max(100),
  countries: z
    .array(z.union([z.literal("*"), ZCountryCode]))
    .min(1, "Choose at least one country (or * for the rest of the world).")
    .max(250),
  rates: z.array(ZShippingRateInput).min(1, "Add at least one rate.").max(50),
});

const ZZoneId = z.string().uuid("That is not a shipping zone id.");
export const ZZoneIdInput = z.object({ zoneId: ZZoneId });
export const ZCreateZoneInput = z.object({ zone: ZShippingZoneInput });
export const ZUpdateZoneInput = z.object({ zoneId: ZZoneId, zone: ZShippingZoneInput });
