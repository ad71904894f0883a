import { z } from "zod";
import { ZBrand } from "../../media/generated/brand.ts";
import { LOGO_VARIANTS } from "../../media/generated/logo.ts";
import { PLACEHOLDER_SHAPES } from "../../media/generated/placeholder.ts";

export const ZMediaRef = z.object({ mediaId: z.string().uuid("mediaId must be an image id") });

export const ZListMediaInput = z.object({
  search: z.string().max(100).optional(),
  cursor: z.string().uuid().optional(),
  limit: z.number().int().min(1).max(200).optional(),
});

export const ZUpdateAltInput = ZMediaRef.extend({
  alt: z.string().max(300, "alt text is at most 300 characters"),
});

export const ZLogoOptionsInput = ZBrand;

export const ZSaveLogoInput = z.object({
  brand: ZBrand,
  variant: z.enum(LOGO_VARIANTS),
});

export const ZCreatePlaceholdersInput = z.object({
  shapes: z
    .array(z.enum(Object.keys(PLACEHOLDER_SHAPES) as [keyof typeof PLACEHOLDER_SHAPES]))
    .min(1)
    .max(12),
  /** Varies the pictures: the same seed draws the same ones. */
  seed: z.number().int().min(0).max(1_000_000).default(0),
});
