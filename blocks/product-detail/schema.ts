import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZRecordId } from "../shared/props.ts";

export const ZProductDetailProps = z.object({
  /** Empty: the product of the page being shown (product pages), else the first product. */
  productId: ZRecordId.default(""),
  headingLevel: z.union([z.literal(1), z.literal(2)]).default(1),
  galleryLayout: z.enum(["stacked", "carousel"]).default("stacked"),
  showDescription: z.boolean().default(true),
  showQuantity: z.boolean().default(true),
  buttonLabel: z.string().max(40).default("Add to cart"),
  soldOutLabel: z.string().max(40).default("Sold out"),
  /** A reassurance line under the button. */
  note: z.string().max(200).default("Ships in 2 working days. Free returns within 30 days."),
});
export type ProductDetailProps = z.infer<typeof ZProductDetailProps>;

export const PRODUCT_DETAIL_VERSION = 1;
export const productDetailMigrations: PropsMigration[] = [];
