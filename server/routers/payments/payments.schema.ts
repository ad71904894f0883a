import { z } from "zod";
import { STATEMENT_DESCRIPTOR_PATTERN } from "../../commerce/payment-accounts.ts";

export const ZPaymentSettingsInput = z.object({
  /** Empty: the account's own descriptor alone. */
  statementDescriptor: z
    .string()
    .trim()
    .max(22, "Use at most 22 characters.")
    .transform((value) => (value === "" ? null : value))
    .refine(
      (value) => value === null || STATEMENT_DESCRIPTOR_PATTERN.test(value),
      "Use Latin letters, digits, spaces and . , - & only, with at least one letter (no < > \\ ' \" *).",
    ),
});
