import { randomUUID } from "node:crypto";
import { z } from "zod";
import { ZCollectionRule, ZStoredImage, ZStoredOptions } from "../../commerce/catalog.ts";
import type { AppDeps } from "../../deps.ts";

/**
 * commerce.json: the catalog of a site (store settings, products with their variants,
 * collections) through the commerce domain's own tables and schemas. Orders, carts, discounts,
 * tax rates and shipping are not part of it (see NOT_INCLUDED): they are about customers and
 * money already taken, or are set up again per store.
 */

const ZVariant = z.object({
  title: z.string().min(1).max(255),
  option1: z.string().max(255).nullable().default(null),
  option2: z.string().max(255).nullable().default(null),
  option3: z.string().max(255).nullable().default(null),
  position: z.number().int().min(0).default(0),
  price: z.number().int().min(0),
  compareAtPrice: z.number().int().min(0).nullable().default(null),
  sku: z.string().max(255).nullable().default(null),
  barcode: z.string().max(255).nullable().default(null),
  weightGrams: z.number().int().min(0).default(0),
  stock: z.number().int().default(0),
  trackStock: z.boolean().default(true),
  allowBackorder: z.boolean().default(false),
});

const ZHandle = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120);

const ZProduct = z.object({
  /** The id in the exporting site: block props that name the product are rewritten from it. */
  ref: z.string().min(1).max(64),
  handle: ZHandle,
  title: z.string().min(1).max(255),
  descriptionHtml: z.string().max(100_000).default(""),
  status: z.enum(["draft", "active", "archived"]).default("draft"),
  vendor: z.string().max(255).default(""),
  tags: z.array(z.string().max(255)).max(250).default([]),
  images: z.array(ZStoredImage).max(250).default([]),
  options: ZStoredOptions.max(3).default([]),
  seoTitle: z.string().max(255).nullable().default(null),
  seoDescription: z.string().max(1_000).nullable().default(null),
  variants: z.array(ZVariant).max(100).default([]),
});

const ZCollection = z.object({
  ref: z.string().min(1).max(64),
  handle: ZHandle,
  title: z.string().min(1).max(255),
  description: z.string().max(10_000).default(""),
  image: ZStoredImage.nullable().default(null),
  automatic: z.boolean().default(false),
  rules: z.array(ZCollectionRule).max(60).default([]),
  matchAll: z.boolean().default(true),
  /** Product refs, in the collection's order (manual collections). */
  products: z.array(z.string().max(64)).max(10_000).default([]),
});

export const ZCommerceFile = z.object({
  storeSettings: z
    .object({ currency: z.string().regex(/^[A-Z]{3}$/), taxesIncluded: z.boolean() })
    .nullable()
    .default(null),
  products: z.array(z.unknown()).max(10_000).default([]),
  collections: z.array(z.unknown()).max(2_000).default([]),
});

/** What an archive leaves out, by a code the app words (and in English for the API's readers). */
export const NOT_INCLUDED_PARTS = {
  orders: "orders, carts and customers",
  discounts: "discount codes",
  taxesAndShipping: "tax rates and shipping zones",
  reviewAndTeam: "preview links, comments and the team",
} as const;

export type NotIncludedPart = keyof typeof NOT_INCLUDED_PARTS;

export const NOT_INCLUDED: string[] = Object.values(NOT_INCLUDED_PARTS);

type Deps = Pick<AppDeps, "db">;

export async function exportCommerce(deps: Deps, siteId: string) {
  const [settings, products, collections] = await Promise.all([
    deps.db.prisma.storeSettings.findUnique({ where: { siteId } }),
    deps.db.prisma.product.findMany({
      where: { siteId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { variants: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] } },
    }),
    deps.db.prisma.collection.findMany({
      where: { siteId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { products: { orderBy: { position: "asc" }, select: { productId: true } } },
    }),
  ]);
  return {
    storeSettings: settings
      ? { currency: settings.currency, taxesIncluded: settings.taxesIncluded }
      : null,
    products: products.map((p) => ({
      ref: p.id,
      handle: p.handle,
      title: p.title,
      descriptionHtml: p.descriptionHtml,
      status: p.status,
      vendor: p.vendor,
      tags: p.tags,
      images: p.images,
      options: p.options,
      seoTitle: p.seoTitle,
      seoDescription: p.seoDescription,
      variants: p.variants.map((v) => ({
        title: v.title,
        option1: v.option1,
        option2: v.option2,
        option3: v.option3,
        position: v.position,
        price: v.price,
        compareAtPrice: v.compareAtPrice,
        sku: v.sku,
        barcode: v.barcode,
        weightGrams: v.weightGrams,
        stock: v.stock,
        trackStock: v.trackStock,
        allowBackorder: v.allowBackorder,
      })),
    })),
    collections: collections.map((c) => ({
      ref: c.id,
      handle: c.handle,
      title: c.title,
      description: c.description,
      image: c.image,
      automatic: c.automatic,
      rules: c.rules,
      matchAll: c.matchAll,
      products: c.products.map((cp) => cp.productId),
    })),
  };
}

export type ParsedCommerce = {
  storeSettings: { currency: string; taxesIncluded: boolean } | null;
  products: (z.infer<typeof ZProduct> & { id: string })[];
  collections: (z.infer<typeof ZCollection> & { id: string })[];
  /** Old id -> new id, for rewriting block props. */
  ids: Map<string, string>;
  problems: string[];
};

/**
 * Validates the catalog item by item: a bad product is left out and reported, the rest comes in.
 * New ids are chosen here so the document can be rewritten before anything is stored.
 */
export function parseCommerce(raw: unknown): ParsedCommerce {
  const file = ZCommerceFile.safeParse(raw);
  if (!file.success) {
    return {
      storeSettings: null,
      products: [],
      collections: [],
      ids: new Map(),
      problems: ["The catalog (commerce.json) is not readable, so no products were brought."],
    };
  }
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const handles = new Set<string>();
  const products: ParsedCommerce["products"] = [];
  file.data.products.forEach((item, index) => {
    const parsed = ZProduct.safeParse(item);
    const name = describeItem(item, `product ${index + 1}`);
    if (!parsed.success) {
      problems.push(`Product “${name}” was left out: ${issue(parsed.error)}.`);
      return;
    }
    if (handles.has(parsed.data.handle)) {
      problems.push(`Product “${name}” was left out: another product uses its address.`);
      return;
    }
    handles.add(parsed.data.handle);
    const id = randomUUID();
    ids.set(parsed.data.ref, id);
    products.push({ ...parsed.data, id });
  });
  const collectionHandles = new Set<string>();
  const collections: ParsedCommerce["collections"] = [];
  file.data.collections.forEach((item, index) => {
    const parsed = ZCollection.safeParse(item);
    const name = describeItem(item, `collection ${index + 1}`);
    if (!parsed.success) {
      problems.push(`Collection “${name}” was left out: ${issue(parsed.error)}.`);
      return;
    }
    if (collectionHandles.has(parsed.data.handle)) {
      problems.push(`Collection “${name}” was left out: another collection uses its address.`);
      return;
    }
    collectionHandles.add(parsed.data.handle);
    const id = randomUUID();
    ids.set(parsed.data.ref, id);
    collections.push({ ...parsed.data, id });
  });
  return { storeSettings: file.data.storeSettings, products, collections, ids, problems };
}

/** Stores the catalog in the new site; `rewrite` maps old ids and media URLs inside values. */
export async function importCommerce(
  deps: Deps,
  siteId: string,
  catalog: ParsedCommerce,
  rewrite: <T>(value: T) => T,
): Promise<{ products: number; collections: number }> {
  await deps.db.prisma.$transaction(async (tx) => {
    if (catalog.storeSettings) {
      await tx.storeSettings.create({ data: { siteId, ...catalog.storeSettings } });
    }
    for (const product of catalog.products) {
      await tx.product.create({
        data: {
          id: product.id,
          siteId,
          handle: product.handle,
          title: product.title,
          descriptionHtml: rewrite(product.descriptionHtml),
          status: product.status,
          vendor: product.vendor,
          tags: product.tags,
          images: rewrite(product.images),
          options: product.options,
          seoTitle: product.seoTitle,
          seoDescription: product.seoDescription,
          variants: { create: product.variants.map((variant) => ({ ...variant, siteId })) },
        },
      });
    }
    for (const collection of catalog.collections) {
      const members = collection.products
        .map((ref) => catalog.ids.get(ref))
        .filter((id): id is string => id !== undefined);
      await tx.collection.create({
        data: {
          id: collection.id,
          siteId,
          handle: collection.handle,
          title: collection.title,
          description: collection.description,
          image: collection.image ? rewrite(collection.image) : undefined,
          automatic: collection.automatic,
          rules: collection.rules,
          matchAll: collection.matchAll,
          products: {
            create: [...new Set(members)].map((productId, position) => ({ productId, position })),
          },
        },
      });
    }
  });
  return { products: catalog.products.length, collections: catalog.collections.length };
}

function describeItem(item: unknown, fallback: string): string {
  if (
    typeof item === "object" &&
    item !== null &&
    "title" in item &&
    typeof item.title === "string"
  ) {
    return item.title.slice(0, 80);
  }
  return fallback;
}

function issue(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join(".") || "it"}: ${first.message}` : "it is not valid";
}
