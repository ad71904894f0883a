import { z } from "zod";
import { ZTaxRateInput } from "../../commerce/taxes.ts";

export const ZUpsertTaxRateInput = z.object({
  taxRateId: z.string().uuid().optional(),
  rate: ZTaxRateInput,
});
export const ZTaxRateIdInput = z.object({
  taxRateId: z.string().uuid("That is not a tax rate id."),
});
export const ZTaxSettingsInput = z.object({ taxesIncluded: z.boolean() });
