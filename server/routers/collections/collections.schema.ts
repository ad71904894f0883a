import { z } from "zod";
import { ZCollectionRule } from "../../commerce/catalog.ts";
import { ZHandle, ZProductImage } from "../../commerce/products.ts";

export const ZCollectionInput = z
  .object({
    title: z.string().trim().min(1, "Give the collection a title.").max(255),
    handle: ZHandle.optional(),
    description: z.string().trim().max(5000).default(""),
    image: ZProductImage.nullable().default(null),
    automatic: z.boolean().default(false),
    rules: z.array(ZCollectionRule).max(20, "Use at most 20 rules.").default([]),
    matchAll: z.boolean().default(true),
    /** Manual collections: the products, in order. */
    productIds: z.array(z.string().uuid()).max(5000).default([]),
  })
  .superRefine((c, issues) => {
    if (c.automatic && c.rules.length === 0)
      issues.addIssue({
        code: "custom",
        path: ["rules"],
        message: "An automatic collection needs at least one rule.",
      });
  });

const ZCollectionId = z.string().uuid("That is not a collection id.");
export const ZCollectionIdInput = z.object({ collectionId: ZCollectionId });
export const ZCreateCollectionInput = z.object({ collection: ZCollectionInput });
export const ZUpdateCollectionInput = z.object({
  collectionId: ZCollectionId,
  collection: ZCollectionInput,
});
