import { z } from "zod";
import type { AppDeps } from "../deps.ts";
import type { Prisma } from "../db/client.ts";
import { DomainError, notFound, said } from "../errors.ts";
import { MAX_AMOUNT } from "../../domain/money.ts";
import { readImages, readOptions } from "./catalog.ts";
import { heldQuantities } from "./inventory.ts";
import { storeSettings } from "./store.ts";
import { commitChange, type MerchantActor } from "./transactions.ts";

type Tx = Prisma.TransactionClient;

/** Letters, digits and single dashes: the address of a product or collection page. */
export const ZHandle = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an address (handle).")
  .max(120, "Use at most 120 characters.")
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "Use lower-case letters, digits and single dashes, like “linen-apron”.",
  );

const printable = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters for the ${label}.`)
    .refine((v) => !controlCharacters(v), `The ${label} has characters we cannot store.`);

/** Control characters other than tab and line breaks (which text fields may keep). */
function controlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
  }
  return false;
}

const ZImageSrc = z
  .string()
  .trim()
  .max(2048)
  .refine(
    (src) => /^https:\/\/[^\s]+$/.test(src) || /^\/(?!\/)[^\s]*$/.test(src),
    "Use an https:// address or a path on this site for images.",
  );

export const ZProductImage = z.object({
  src: ZImageSrc,
  alt: printable("image description", 512).default(""),
  width: z.number().int().min(1).max(10_000).default(800),
  height: z.number().int().min(1).max(10_000).default(800),
});

const amount = (label: string) =>
  z
    .number({ error: `Enter the ${label}.` })
    .int(`The ${label} is a whole number of minor units (cents).`)
    .min(0, `The ${label} cannot be negative.`)
    .max(MAX_AMOUNT / 1000, `The ${label} is too large.`);

export const ZVariantInput = z.object({
  /** Present for an existing variant; absent for a new one. */
  id: z.string().uuid().optional(),
  /** One value per product option, in the product's option order. */
  options: z
    .array(printable("option value", 255).pipe(z.string().min(1, "Give every option a value.")))
    .max(3)
    .default([]),
  price: amount("price"),
  compareAtPrice: amount("compare-at price").nullable().default(null),
  sku: printable("SKU", 255).nullable().default(null),
  barcode: printable("barcode", 255).nullable().default(null),
  weightGrams: z.number().int().min(0, "The weight cannot be negative.").max(10_000_000).default(0),
  stock: z.number().int().min(-1_000_000).max(1_000_000).default(0),
  /**
   * The stock the form showed. When given, the change (stock - stockWas) is applied to the
   * current stock, so sales made while the merchant was editing are not overwritten.
   */
  stockWas: z.number().int().min(-1_000_000).max(1_000_000).optional(),
  trackStock: z.boolean().default(true),
  allowBackorder: z.boolean().default(false),
});
export type VariantInput = z.infer<typeof ZVariantInput>;

export const ZProductInput = z
  .object({
    title: printable("title", 255).pipe(z.string().min(1, "Give the product a title.")),
    handle: ZHandle.optional(),
    descriptionHtml: z.string().max(100_000, "The description is too long.").default(""),
    status: z.enum(["draft", "active", "archived"]).default("draft"),
    vendor: printable("vendor", 255).default(""),
    tags: z
      .array(printable("tag", 255).pipe(z.string().min(1)))
      .max(250, "Use at most 250 tags.")
      .default([]),
    images: z.array(ZProductImage).max(50, "Use at most 50 images.").default([]),
    seoTitle: printable("SEO title", 255).nullable().default(null),
    seoDescription: printable("SEO description", 1000).nullable().default(null),
    options: z
      .array(
        z.object({
          name: printable("option name", 255).pipe(
            z.string().min(1, "Name the option, e.g. Size."),
          ),
          values: z
            .array(printable("option value", 255).pipe(z.string().min(1)))
            .min(1, "Give the option at least one value.")
            .max(100),
        }),
      )
      .max(3, "A product has at most three options.")
      .default([]),
    variants: z
      .array(ZVariantInput)
      .min(1, "A product needs at least one variant.")
      .max(100, "A product has at most 100 variants."),
  })
  .superRefine((product, issues) => {
    const names = product.options.map((o) => o.name.toLowerCase());
    if (new Set(names).size !== names.length)
      issues.addIssue({
        code: "custom",
        path: ["options"],
        message: "Two options have the same name.",
      });
    product.options.forEach((option, i) => {
      if (new Set(option.values).size !== option.values.length)
        issues.addIssue({
          code: "custom",
          path: ["options", i, "values"],
          message: `${option.name} lists a value twice.`,
        });
    });
    if (product.options.length === 0 && product.variants.length > 1)
      issues.addIssue({
        code: "custom",
        path: ["variants"],
        message: "Add an option (like Size) to sell more than one variant.",
      });
    const seen = new Set<string>();
    product.variants.forEach((variant, i) => {
      if (variant.options.length !== product.options.length) {
        issues.addIssue({
          code: "custom",
          path: ["variants", i, "options"],
          message: `Give this variant a value for each option (${product.options.map((o) => o.name).join(", ") || "none"}).`,
        });
        return;
      }
      variant.options.forEach((value, k) => {
        if (!product.options[k]!.values.includes(value))
          issues.addIssue({
            code: "custom",
            path: ["variants", i, "options", k],
            message: `${value} is not a value of ${product.options[k]!.name}.`,
          });
      });
      const key = JSON.stringify(variant.options);
      if (seen.has(key))
        issues.addIssue({
          code: "custom",
          path: ["variants", i, "options"],
          message: "Two variants have the same options.",
        });
      seen.add(key);
      if (
        variant.compareAtPrice !== null &&
        variant.compareAtPrice <= variant.price &&
        variant.compareAtPrice !== 0
      )
        issues.addIssue({
          code: "custom",
          path: ["variants", i, "compareAtPrice"],
          message: "The compare-at price must be higher than the price (or empty).",
        });
      if (
        variant.stock < 0 &&
        !variant.allowBackorder &&
        variant.trackStock &&
        variant.stockWas === undefined
      )
        issues.addIssue({
          code: "custom",
          path: ["variants", i, "stock"],
          message: "Stock cannot be negative unless backorders are allowed.",
        });
    });
  });
export type ProductInput = z.infer<typeof ZProductInput>;

export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/g, "");
  return slug || "item";
}

/** A handle not yet used on the site: the wanted one, else with -2, -3... */
export async function freeHandle(
  tx: Pick<Tx, "product" | "collection">,
  siteId: string,
  wanted: string,
  kind: "product" | "collection",
  exceptId?: string,
): Promise<string> {
  const taken = new Set(
    (kind === "product"
      ? await tx.product.findMany({
          where: {
            siteId,
            handle: { startsWith: wanted },
            ...(exceptId ? { id: { not: exceptId } } : {}),
          },
          select: { handle: true },
        })
      : await tx.collection.findMany({
          where: {
            siteId,
            handle: { startsWith: wanted },
            ...(exceptId ? { id: { not: exceptId } } : {}),
          },
          select: { handle: true },
        })
    ).map((row) => row.handle),
  );
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

export function variantTitle(options: readonly string[]): string {
  return options.length > 0 ? options.join(" / ") : "Default Title";
}

/**
 * Whether a sample product (see `Product.sample`) stays one after this save: it does until the
 * merchant changes its title, description or prices, which makes it theirs.
 */
async function stillSample(tx: Tx, productId: string, input: ProductInput): Promise<boolean> {
  const before = await tx.product.findUnique({
    where: { id: productId },
    select: {
      sample: true,
      title: true,
      descriptionHtml: true,
      variants: { select: { price: true } },
    },
  });
  if (!before?.sample) return false;
  const prices = (list: { price: number }[]) =>
    list
      .map((v) => v.price)
      .sort((a, b) => a - b)
      .join(",");
  return (
    before.title === input.title &&
    before.descriptionHtml === input.descriptionHtml &&
    prices(before.variants) === prices(input.variants)
  );
}

/**
 * Creates or replaces a product with its variants in the caller's transaction. Variants keep
 * their ids (and so the carts and reservations that point at them) when the input names them;
 * variants the input leaves out are deleted.
 */
export async function saveProduct(
  tx: Tx,
  siteId: string,
  productId: string | null,
  input: ProductInput,
  options: { createdAt?: Date; sample?: boolean } = {},
): Promise<string> {
  const data = {
    title: input.title,
    descriptionHtml: input.descriptionHtml,
    status: input.status,
    vendor: input.vendor,
    tags: [...new Set(input.tags)],
    images: input.images,
    options: input.options,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
  };
  let id = productId;
  if (id === null) {
    const handle = input.handle ?? (await freeHandle(tx, siteId, slugify(input.title), "product"));
    if (
      input.handle &&
      (await tx.product.findUnique({ where: { siteId_handle: { siteId, handle } } }))
    )
      throw new DomainError(
        "CONFLICT",
        said(
          "app.error.productAddressTaken",
          `Another product already uses the address “${handle}”.`,
          { handle },
        ),
        {
          handle: [
            said(
              "app.error.productAddressTakenField",
              "Another product already uses this address.",
            ),
          ],
        },
      );
    id = (
      await tx.product.create({
        data: {
          ...data,
          siteId,
          handle,
          sample: options.sample ?? false,
          ...(options.createdAt ? { createdAt: options.createdAt } : {}),
        },
      })
    ).id;
  } else {
    if (input.handle) {
      const clash = await tx.product.findFirst({
        where: { siteId, handle: input.handle, id: { not: id } },
      });
      if (clash)
        throw new DomainError(
          "CONFLICT",
          said(
            "app.error.productAddressTaken",
            `Another product already uses the address “${input.handle}”.`,
            { handle: input.handle },
          ),
          {
            handle: [
              said(
                "app.error.productAddressTakenField",
                "Another product already uses this address.",
              ),
            ],
          },
        );
    }
    const made = await stillSample(tx, id, input);
    await tx.product.update({
      where: { id },
      data: {
        ...data,
        ...(input.handle ? { handle: input.handle } : {}),
        ...(made ? {} : { sample: false }),
      },
    });
  }

  const existing = await tx.productVariant.findMany({ where: { productId: id } });
  const byId = new Map(existing.map((v) => [v.id, v]));
  for (const variant of input.variants)
    if (variant.id && !byId.has(variant.id))
      throw new DomainError(
        "BAD_REQUEST",
        said(
          "app.error.variantGone",
          "A variant of this form no longer exists; reload and try again.",
        ),
      );
  const kept = new Set(input.variants.map((v) => v.id).filter(Boolean));
  const removed = existing.filter((v) => !kept.has(v.id)).map((v) => v.id);
  if (removed.length > 0) await tx.productVariant.deleteMany({ where: { id: { in: removed } } });

  for (const [position, variant] of input.variants.entries()) {
    const fields = {
      title: variantTitle(variant.options),
      option1: variant.options[0] ?? null,
      option2: variant.options[1] ?? null,
      option3: variant.options[2] ?? null,
      position,
      price: variant.price,
      compareAtPrice: variant.compareAtPrice || null,
      sku: variant.sku || null,
      barcode: variant.barcode || null,
      weightGrams: variant.weightGrams,
      trackStock: variant.trackStock,
      allowBackorder: variant.allowBackorder,
    };
    const current = variant.id ? byId.get(variant.id) : undefined;
    if (current) {
      const stock =
        variant.stockWas !== undefined
          ? { increment: variant.stock - variant.stockWas }
          : variant.stock;
      await tx.productVariant.update({ where: { id: current.id }, data: { ...fields, stock } });
    } else {
      await tx.productVariant.create({
        data: { ...fields, stock: variant.stock, productId: id, siteId },
      });
    }
  }
  return id;
}

type Deps = Pick<AppDeps, "db" | "commerce" | "now" | "siteDocuments">;

const include = {
  variants: { orderBy: [{ position: "asc" as const }, { createdAt: "asc" as const }] },
};
type ProductRow = Prisma.ProductGetPayload<{ include: typeof include }>;

/** A product as the merchant edits it, with the units shoppers hold in checkout right now. */
function productView(p: ProductRow, held: Map<string, number> = new Map()) {
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    descriptionHtml: p.descriptionHtml,
    status: p.status,
    /** Added by a generated store without the brief naming it; the merchant replaces it. */
    sample: p.sample,
    vendor: p.vendor,
    tags: p.tags,
    images: readImages(p.images),
    options: readOptions(p.options),
    seoTitle: p.seoTitle,
    seoDescription: p.seoDescription,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    variants: p.variants.map((v) => ({
      id: v.id,
      title: v.title,
      options: [v.option1, v.option2, v.option3].filter((o): o is string => o !== null),
      price: v.price,
      compareAtPrice: v.compareAtPrice,
      sku: v.sku,
      barcode: v.barcode,
      weightGrams: v.weightGrams,
      stock: v.stock,
      /** Units held by shoppers in checkout right now. */
      reserved: held.get(v.id) ?? 0,
      trackStock: v.trackStock,
      allowBackorder: v.allowBackorder,
    })),
  };
}

export type ProductView = ReturnType<typeof productView>;

async function findProduct(deps: Deps, siteId: string, productId: string) {
  const product = await deps.db.prisma.product.findFirst({
    where: { id: productId, siteId },
    include,
  });
  if (!product) throw notFound(said("app.error.noSuchProduct", "No such product."));
  return product;
}

/** Stock below zero is refused by the database; say so in the merchant's words. */
function refuseNegativeStock(error: unknown): never {
  if (error instanceof Error && /ProductVariant_stock_check/.test(error.message))
    throw new DomainError(
      "CONFLICT",
      said("app.error.stockBelowZero", "Stock cannot go below zero unless backorders are allowed."),
    );
  throw error;
}

export type ProductQuery = {
  query: string;
  status: "all" | "draft" | "active" | "archived";
  cursor: number;
  limit: number;
};

/** One page of the merchant's products, newest change first, found by title, handle, vendor, tag or SKU. */
export async function listProducts(deps: Deps, siteId: string, input: ProductQuery) {
  const where: Prisma.ProductWhereInput = {
    siteId,
    ...(input.status !== "all" ? { status: input.status } : {}),
    ...(input.query
      ? {
          OR: [
            { title: { contains: input.query, mode: "insensitive" } },
            { handle: { contains: input.query, mode: "insensitive" } },
            { vendor: { contains: input.query, mode: "insensitive" } },
            { tags: { has: input.query } },
            { variants: { some: { sku: { contains: input.query, mode: "insensitive" } } } },
          ],
        }
      : {}),
  };
  const [rows, total, settings] = await Promise.all([
    deps.db.prisma.product.findMany({
      where,
      include,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: input.cursor,
      take: input.limit,
    }),
    deps.db.prisma.product.count({ where }),
    storeSettings(deps, siteId),
  ]);
  const held = await heldQuantities(
    deps.db.prisma,
    rows.flatMap((r) => r.variants.map((v) => v.id)),
    deps.now(),
  );
  return {
    products: rows.map((row) => productView(row, held)),
    total,
    nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null,
    currency: settings.currency,
  };
}

export async function getProduct(deps: Deps, siteId: string, productId: string) {
  const product = await findProduct(deps, siteId, productId);
  const held = await heldQuantities(
    deps.db.prisma,
    product.variants.map((v) => v.id),
    deps.now(),
  );
  return productView(product, held);
}

export async function createProduct(
  deps: Deps,
  siteId: string,
  input: ProductInput,
  actor: MerchantActor,
): Promise<ProductView> {
  const id = await commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    const id = await saveProduct(tx, siteId, null, input);
    return {
      value: id,
      record: { action: "product.created", target: id, data: { title: input.title } },
    };
  });
  return productView(await findProduct(deps, siteId, id));
}

export async function updateProduct(
  deps: Deps,
  siteId: string,
  productId: string,
  input: ProductInput,
  actor: MerchantActor,
): Promise<ProductView> {
  await findProduct(deps, siteId, productId);
  await commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    await saveProduct(tx, siteId, productId, input);
    return { value: null, record: { action: "product.updated", target: productId } };
  }).catch(refuseNegativeStock);
  return productView(await findProduct(deps, siteId, productId));
}

/** What a bulk edit sets on every chosen product. */
export type ProductChanges = {
  status?: "draft" | "active" | "archived";
  vendor?: string;
  addTags?: string[];
  removeTags?: string[];
};

/** Applies one edit to many products, all or none; returns how many changed. */
export async function bulkUpdateProducts(
  deps: Deps,
  siteId: string,
  productIds: string[],
  set: ProductChanges,
  actor: MerchantActor,
): Promise<number> {
  return commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    const products = await tx.product.findMany({ where: { id: { in: productIds }, siteId } });
    if (products.length !== new Set(productIds).size)
      throw notFound(
        said(
          "app.error.productsGone",
          "Some of these products no longer exist; reload and try again.",
        ),
      );
    for (const product of products) {
      let tags = product.tags;
      if (set.addTags) tags = [...new Set([...tags, ...set.addTags])];
      if (set.removeTags) tags = tags.filter((t) => !set.removeTags!.includes(t));
      await tx.product.update({
        where: { id: product.id },
        data: {
          ...(set.status ? { status: set.status } : {}),
          ...(set.vendor !== undefined ? { vendor: set.vendor } : {}),
          tags,
        },
      });
    }
    return {
      value: products.length,
      record: { action: "product.bulk_updated", data: { productIds, set } },
    };
  });
}

export async function deleteProducts(
  deps: Deps,
  siteId: string,
  productIds: string[],
  actor: MerchantActor,
): Promise<number> {
  return commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    const { count } = await tx.product.deleteMany({ where: { id: { in: productIds }, siteId } });
    if (count !== new Set(productIds).size)
      throw notFound(
        said(
          "app.error.productsGone",
          "Some of these products no longer exist; reload and try again.",
        ),
      );
    return { value: count, record: { action: "product.deleted", data: { productIds } } };
  });
}

/** Every product of the shop, oldest first, with the shop's currency: what an export writes. */
export async function productsToExport(deps: Deps, siteId: string) {
  const [products, settings] = await Promise.all([
    deps.db.prisma.product.findMany({
      where: { siteId },
      include,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    storeSettings(deps, siteId),
  ]);
  return { products, currency: settings.currency };
}

/**
 * Saves imported products all or nothing: a product whose handle exists is updated (variants
 * matched by their option values keep their ids), any other is created.
 */
export async function importProducts(
  deps: Deps,
  siteId: string,
  products: (ProductInput & { handle: string })[],
  actor: MerchantActor,
): Promise<{ created: number; updated: number }> {
  return commitChange(deps, siteId, actor, { catalog: true, timeoutMs: 120_000 }, async (tx) => {
    let created = 0;
    let updated = 0;
    for (const product of products) {
      const existing = await tx.product.findUnique({
        where: { siteId_handle: { siteId, handle: product.handle } },
        include: { variants: true },
      });
      if (existing) {
        const byOptions = new Map(
          existing.variants.map((v) => [
            JSON.stringify([v.option1, v.option2, v.option3].filter((o) => o !== null)),
            v.id,
          ]),
        );
        await saveProduct(tx, siteId, existing.id, {
          ...product,
          variants: product.variants.map((v) => ({
            ...v,
            id: byOptions.get(JSON.stringify(v.options)),
          })),
        });
        updated++;
      } else {
        await saveProduct(tx, siteId, null, product);
        created++;
      }
    }
    return {
      value: { created, updated },
      record: { action: "product.imported", data: { created, updated } },
    };
  }).catch(refuseNegativeStock);
}
