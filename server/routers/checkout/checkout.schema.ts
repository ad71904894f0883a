import { z } from "zod";
import { isSupportedCurrency } from "../../../domain/money.ts";
import { STORE_LANGUAGES } from "../../../domain/storefront-i18n/index.ts";
import { isTimeZone } from "../../commerce/store.ts";

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
  language: z
    .enum(STORE_LANGUAGES, { error: "Choose one of the storefront's languages." })
    .optional(),
  timeZone: z
    .string()
    .trim()
    .max(64)
    .refine(isTimeZone, "Choose a time zone such as Europe/Paris.")
    .optional(),
});
