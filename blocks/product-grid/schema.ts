import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZRecordId } from "../shared/props.ts";
import { responsive, ZAspectRatio } from "../style/responsive.ts";

export const ZProductGridProps = z.object({
  heading: z.string().max(120).default("Bestsellers"),
  /** "collection": a collection's products (none chosen = the page's collection, else all). */
  source: z.enum(["collection", "products"]).default("collection"),
  collectionId: ZRecordId.default(""),
  productIds: z.array(ZRecordId).max(24).default([]),
  limit: z.number().int().min(1).max(24).default(8),
  columns: responsive(z.number().int().min(1).max(6)).default({ mobile: 2, desktop: 4 }),
  imageAspect: ZAspectRatio.default("4/5"),
  showPrice: z.boolean().default(true),
  showSoldOut: z.boolean().default(true),
  emptyText: z.string().max(200).default("New pieces are on their way. Check back soon."),
});
export type ProductGridProps = z.infer<typeof ZProductGridProps>;

export const PRODUCT_GRID_VERSION = 1;
export const productGridMigrations: PropsMigration[] = [];
