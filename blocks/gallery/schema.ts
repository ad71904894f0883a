import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZImage } from "../shared/props.ts";
import { responsive, ZAspectRatio, ZSpaceToken } from "../style/responsive.ts";

export const ZGalleryItem = z.object({
  image: ZImage.default({ src: "", alt: "", decorative: false }),
  caption: z.string().max(160).default(""),
});
export type GalleryItem = z.infer<typeof ZGalleryItem>;

export const ZGalleryProps = z.object({
  heading: z.string().max(120).default("Inside the workshop"),
  items: z.array(ZGalleryItem).max(24).default([]),
  columns: responsive(z.number().int().min(1).max(6)).default({ mobile: 2, desktop: 3 }),
  aspectRatio: ZAspectRatio.default("1/1"),
  gap: responsive(ZSpaceToken).default("sm"),
});
export type GalleryProps = z.infer<typeof ZGalleryProps>;

export const GALLERY_VERSION = 1;
export const galleryMigrations: PropsMigration[] = [];
