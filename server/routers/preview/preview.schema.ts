import { z } from "zod";
import { DEFAULT_PREVIEW_DAYS, MAX_PREVIEW_DAYS } from "../../review/links.ts";

export const ZCreatePreviewLinkInput = z.object({
  label: z.string().trim().max(80, "Use at most 80 characters.").default(""),
  /** A saved version of the site; null or absent previews the live draft. */
  versionId: z.string().min(1).max(64).nullable().default(null),
  expiresInDays: z
    .number()
    .int("Choose a whole number of days.")
    .min(1, "A link lasts at least one day.")
    .max(MAX_PREVIEW_DAYS, `A link lasts at most ${MAX_PREVIEW_DAYS} days.`)
    .default(DEFAULT_PREVIEW_DAYS),
  password: z
    .string()
    .min(6, "Use at least 6 characters, or no password.")
    .max(128, "Use at most 128 characters.")
    .nullable()
    .default(null),
  allowComments: z.boolean().default(false),
});

export const ZPreviewLinkRef = z.object({ linkId: z.uuid("linkId must be a link id") });
