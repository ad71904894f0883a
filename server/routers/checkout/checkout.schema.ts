import { z } from "zod";
import { isSupportedCurrency } from "../../../domain/money.ts";

export const ZStoreSettingsInput = z.object({
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(
      isSupportedCurrency,
      "Choose a currency we support (an ISO code such as USD, EUR, JPY).",
    )
    .optional(),
  taxesIncluded: z.boolean().optional(),
});
