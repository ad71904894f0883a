import { z } from "zod";
import { ZCountryCode } from "../../commerce/address.ts";

export const ZTaxRateInput = z.object({
  country: ZCountryCode,
  /** A state or region code (CA, NSW); empty for the whole country. */
  region: z
    .string()
    .trim()
    .toUpperCase()
    .max(64)
    .regex(/^[A-Z0-9 .'-]*$/, "Use the region's letters or code, such as CA.")
    .default(""),
  name: z.string().trim().min(1, "Name the tax, e.g. VAT.").max(100).default("Tax"),
  /** Parts per million: 20% = 200000, 8.875% = 88750. */
  ratePpm: z
    .number()
    .int()
    .min(0, "A rate cannot be negative.")
    .max(1_000_000, "A rate is at most 100%."),
  appliesToShipping: z.boolean().default(false),
});
export const ZUpsertTaxRateInput = z.object({
  taxRateId: z.string().uuid().optional(),
  rate: ZTaxRateInput,
});
export const ZTaxRateIdInput = z.object({
  taxRateId: z.string().uuid("That is not a tax rate id."),
});
export const ZTaxSettingsInput = z.object({ taxesIncluded: z.boolean() });
