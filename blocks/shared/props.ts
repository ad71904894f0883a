import { z } from "zod";

/**
 * Prop schemas shared by many blocks. Strings are bounded; URLs are stored as typed and checked
 * with safeUrl/safeImageUrl when rendered, so a half-typed link never invalidates a block.
 */

export const ZHref = z.string().max(2048);

/** An image a merchant placed. `decorative` is the only way to get alt="". */
export const ZImage = z.object({
  src: z.string().max(2048).default(""),
  alt: z.string().max(300).default(""),
  decorative: z.boolean().default(false),
  /** Intrinsic size, when known (uploads record it); prevents layout shift. */
  width: z.number().int().min(1).max(10000).optional(),
  height: z.number().int().min(1).max(10000).optional(),
});
export type ImageValue = z.infer<typeof ZImage>;
export const EMPTY_IMAGE: ImageValue = { src: "", alt: "", decorative: false };

export const BUTTON_VARIANTS = ["primary", "secondary", "outline", "inverse", "link"] as const;
export const ZButtonVariant = z.enum(BUTTON_VARIANTS);
export type ButtonVariant = z.infer<typeof ZButtonVariant>;

/** A call-to-action link drawn as a button. */
export const ZButtonLink = z.object({
  label: z.string().max(60).default("Shop now"),
  href: ZHref.default("/"),
  variant: ZButtonVariant.default("primary"),
});
export type ButtonLink = z.infer<typeof ZButtonLink>;

/** A text link (menus, footers, announcement). */
export const ZTextLink = z.object({
  label: z.string().max(60).default("Learn more"),
  href: ZHref.default("/"),
});
export type TextLink = z.infer<typeof ZTextLink>;

export const ZHeadingLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type HeadingLevel = z.infer<typeof ZHeadingLevel>;

/** A product or collection id as the store issues it. */
export const ZRecordId = z.string().max(64);
