import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZRecordId } from "../shared/props.ts";
import { ZBlockBackground } from "../style/responsive.ts";

export const ZFeaturedProductProps = z.object({
  /** Empty: the first product a shopper can buy. */
  productId: ZRecordId.default(""),
  eyebrow: z.string().max(60).default("Staff pick"),
  layout: z.enum(["image-left", "image-right"]).default("image-left"),
  showDescription: z.boolean().default(true),
  showQuantity: z.boolean().default(false),
  buttonLabel: z.string().max(40).default("Add to cart"),
  detailsLabel: z.string().max(40).default("See details"),
  background: ZBlockBackground.default("none"),
});
export type FeaturedProductProps = z.infer<typeof ZFeaturedProductProps>;

export const FEATURED_PRODUCT_VERSION = 1;
export const featuredProductMigrations: PropsMigration[] = [];
