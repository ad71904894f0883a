import { z } from "zod";
import { ZProductInput } from "../../commerce/products.ts";

const ZId = z.string().uuid("That is not a product id.");

export const ZListProductsInput = z.object({
  query: z.string().trim().max(200).default(""),
  status: z.enum(["all", "draft", "active", "archived"]).default("all"),
  cursor: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(100).default(50),
});
export const ZProductIdInput = z.object({ productId: ZId });
export const ZCreateProductInput = z.object({ product: ZProductInput });
export const ZUpdateProductInput = z.object({ productId: ZId, product: ZProductInput });
export const ZBulkUpdateProductsInput = z.object({
  productIds: z.array(ZId).min(1, "Select at least one product.").max(250),
  set: z
    .object({
      status: z.enum(["draft", "active", "archived"]).optional(),
      vendor: z.string().trim().max(255).optional(),
      addTags: z.array(z.string().trim().min(1).max(255)).max(50).optional(),
      removeTags: z.array(z.string().trim().min(1).max(255)).max(50).optional(),
    })
    .refine((set) => Object.values(set).some((v) => v !== undefined), "Choose what to change."),
});
export const ZProductIdsInput = z.object({ productIds: z.array(ZId).min(1).max(250) });
export const ZImportCsvInput = z.object({
  csv: z
    .string()
    .min(1, "The file is empty.")
    .max(900_000, "Import at most 900 KB at a time; split larger files."),
  /** Dry run: report what would happen without importing. */
  dryRun: z.boolean().default(false),
});
