import { z } from "zod";
import type { Prisma } from "../db/client.ts";
import { CommerceError } from "./errors.ts";
import { MAX_AMOUNT } from "./money.ts";

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
 * Creates or replaces a product with its variants in the caller's transaction. Variants keep
 * their ids (and so the carts and reservations that point at them) when the input names them;
 * variants the input leaves out are deleted.
 */
export async function saveProduct(
  tx: Tx,
  siteId: string,
  productId: string | null,
  input: ProductInput,
  options: { createdAt?: Date } = {},
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
      throw new CommerceError("CONFLICT", `Another product already uses the address “${handle}”.`, {
        handle: ["Another product already uses this address."],
      });
    id = (
      await tx.product.create({
        data: {
          ...data,
          siteId,
          handle,
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
        throw new CommerceError(
          "CONFLICT",
          `Another product already uses the address “${input.handle}”.`,
          {
            handle: ["Another product already uses this address."],
          },
        );
    }
    await tx.product.update({
      where: { id },
      data: { ...data, ...(input.handle ? { handle: input.handle } : {}) },
    });
  }

  const existing = await tx.productVariant.findMany({ where: { productId: id } });
  const byId = new Map(existing.map((v) => [v.id, v]));
  for (const variant of input.variants)
    if (variant.id && !byId.has(variant.id))
      throw new CommerceError(
        "BAD_REQUEST",
        "A variant of this form no longer exists; reload and try again.",
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
