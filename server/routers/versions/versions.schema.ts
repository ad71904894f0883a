import { z } from "zod";

export const ZListVersionsInput = z.object({
  kind: z.enum(["auto", "named", "published"]).optional(),
  limit: z.number().int().min(1).max(200).optional(),
  before: z.string().uuid("before must be a version id").optional(),
});

export const ZCreateNamedVersionInput = z.object({
  label: z
    .string()
    .trim()
    .min(1, "Give the version a name.")
    .max(200, "A version name is at most 200 characters."),
});

export const ZRestoreVersionInput = z.object({
  versionId: z.string().uuid("versionId must be a version id"),
});
