import type { z } from "zod";
import { audit } from "../../audit.ts";
import { readProductCsv, productsToCsv } from "../../commerce/csv.ts";
import { CommerceError, trpcErrors } from "../../commerce/errors.ts";
import { heldQuantities } from "../../commerce/inventory.ts";
import type { HandlerArgs } from "../../commerce/merchant.ts";
import { saveProduct } from "../../commerce/products.ts";
import { TX_OPTIONS } from "../../commerce/checkout.ts";
import { readImages, readOptions } from "../../commerce/catalog.ts";
import { storeSettings } from "../../commerce/store.ts";
import type { Prisma } from "../../db/client.ts";
import type {
  ZBulkUpdateProductsInput,
  ZCreateProductInput,
  ZImportCsvInput,
  ZListProductsInput,
  ZProductIdInput,
  ZProductIdsInput,
  ZUpdateProductInput,
} from "./products.schema.ts";

const include = {
  variants: { orderBy: [{ position: "asc" as const }, { createdAt: "asc" as const }] },
};
type ProductRow = Prisma.ProductGetPayload<{ include: typeof include }>;

function productView(p: ProductRow, held: Map<string, number> = new Map()) {
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    descriptionHtml: p.descriptionHtml,
    status: p.status,
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

async function findProduct(ctx: HandlerArgs<unknown>["ctx"], productId: string) {
  const product = await ctx.deps.db.prisma.product.findFirst({
    where: { id: productId, siteId: ctx.site.id },
    include,
  });
  if (!product) throw new CommerceError("NOT_FOUND", "No such product.");
  return product;
}

/** Stock below zero is refused by the database; say so in the merchant's words. */
function stockConstraint<T>(fn: () => Promise<T>): Promise<T> {
  return fn().catch((error: unknown) => {
    if (error instanceof Error && /ProductVariant_stock_check/.test(error.message))
      throw new CommerceError(
        "CONFLICT",
        "Stock cannot go below zero unless backorders are allowed.",
      );
    throw error;
  });
}

export function listProductsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZListProductsInput>>) {
  return trpcErrors(async () => {
    const where: Prisma.ProductWhereInput = {
      siteId: ctx.site.id,
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
      ctx.deps.db.prisma.product.findMany({
        where,
        include,
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        skip: input.cursor,
        take: input.limit,
      }),
      ctx.deps.db.prisma.product.count({ where }),
      storeSettings(ctx.deps, ctx.site.id),
    ]);
    const held = await heldQuantities(
      ctx.deps.db.prisma,
      rows.flatMap((r) => r.variants.map((v) => v.id)),
      ctx.deps.now(),
    );
    return {
      products: rows.map((row) => productView(row, held)),
      total,
      nextCursor: input.cursor + rows.length < total ? input.cursor + rows.length : null,
      currency: settings.currency,
    };
  });
}

export function getProductHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZProductIdInput>>) {
  return trpcErrors(async () => {
    const product = await findProduct(ctx, input.productId);
    const held = await heldQuantities(
      ctx.deps.db.prisma,
      product.variants.map((v) => v.id),
      ctx.deps.now(),
    );
    return { product: productView(product, held) };
  });
}

export function createProductHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZCreateProductInput>>) {
  return trpcErrors(async () => {
    const id = await ctx.deps.db.prisma.$transaction(async (tx) => {
      const id = await saveProduct(tx, ctx.site.id, null, input.product);
      await audit(
        ctx.deps,
        {
          action: "product.created",
          actorId: ctx.user.id,
          siteId: ctx.site.id,
          target: id,
          ip: ctx.ip,
          data: { title: input.product.title },
        },
        tx,
      );
      return id;
    }, TX_OPTIONS);
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { product: productView(await findProduct(ctx, id)) };
  });
}

export function updateProductHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZUpdateProductInput>>) {
  return trpcErrors(async () => {
    await findProduct(ctx, input.productId);
    await stockConstraint(() =>
      ctx.deps.db.prisma.$transaction(async (tx) => {
        await saveProduct(tx, ctx.site.id, input.productId, input.product);
        await audit(
          ctx.deps,
          {
            action: "product.updated",
            actorId: ctx.user.id,
            siteId: ctx.site.id,
            target: input.productId,
            ip: ctx.ip,
          },
          tx,
        );
      }, TX_OPTIONS),
    );
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { product: productView(await findProduct(ctx, input.productId)) };
  });
}

export function bulkUpdateProductsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZBulkUpdateProductsInput>>) {
  return trpcErrors(async () => {
    const updated = await ctx.deps.db.prisma.$transaction(async (tx) => {
      const products = await tx.product.findMany({
        where: { id: { in: input.productIds }, siteId: ctx.site.id },
      });
      if (products.length !== new Set(input.productIds).size)
        throw new CommerceError(
          "NOT_FOUND",
          "Some of these products no longer exist; reload and try again.",
        );
      for (const product of products) {
        let tags = product.tags;
        if (input.set.addTags) tags = [...new Set([...tags, ...input.set.addTags])];
        if (input.set.removeTags) tags = tags.filter((t) => !input.set.removeTags!.includes(t));
        await tx.product.update({
          where: { id: product.id },
          data: {
            ...(input.set.status ? { status: input.set.status } : {}),
            ...(input.set.vendor !== undefined ? { vendor: input.set.vendor } : {}),
            tags,
          },
        });
      }
      await audit(
        ctx.deps,
        {
          action: "product.bulk_updated",
          actorId: ctx.user.id,
          siteId: ctx.site.id,
          ip: ctx.ip,
          data: { productIds: input.productIds, set: input.set },
        },
        tx,
      );
      return products.length;
    }, TX_OPTIONS);
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { updated };
  });
}

export function archiveProductsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZProductIdsInput>>) {
  return bulkUpdateProductsHandler({
    ctx,
    input: { productIds: input.productIds, set: { status: "archived" } },
  });
}

export function deleteProductsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZProductIdsInput>>) {
  return trpcErrors(async () => {
    const deleted = await ctx.deps.db.prisma.$transaction(async (tx) => {
      const { count } = await tx.product.deleteMany({
        where: { id: { in: input.productIds }, siteId: ctx.site.id },
      });
      if (count !== new Set(input.productIds).size)
        throw new CommerceError(
          "NOT_FOUND",
          "Some of these products no longer exist; reload and try again.",
        );
      await audit(
        ctx.deps,
        {
          action: "product.deleted",
          actorId: ctx.user.id,
          siteId: ctx.site.id,
          ip: ctx.ip,
          data: { productIds: input.productIds },
        },
        tx,
      );
      return count;
    }, TX_OPTIONS);
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { deleted };
  });
}

export function exportCsvHandler({ ctx }: HandlerArgs<unknown>) {
  return trpcErrors(async () => {
    const [products, settings] = await Promise.all([
      ctx.deps.db.prisma.product.findMany({
        where: { siteId: ctx.site.id },
        include,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
      storeSettings(ctx.deps, ctx.site.id),
    ]);
    return {
      filename: `${ctx.site.slug}-products.csv`,
      csv: productsToCsv(products, settings.currency),
    };
  });
}

/**
 * Imports a Shopify-style product CSV all or nothing: every row is checked first, and any
 * problem returns the full row-by-row report with nothing imported. Products whose handle
 * exists are updated (variants matched by their option values keep their ids).
 */
export function importCsvHandler({ ctx, input }: HandlerArgs<z.infer<typeof ZImportCsvInput>>) {
  return trpcErrors(async () => {
    const settings = await storeSettings(ctx.deps, ctx.site.id);
    const { products, problems } = readProductCsv(input.csv, settings.currency);
    if (problems.length > 0) return { imported: 0, created: 0, updated: 0, problems };
    if (input.dryRun)
      return { imported: products.length, created: 0, updated: 0, problems, dryRun: true };
    const counts = await stockConstraint(() =>
      ctx.deps.db.prisma.$transaction(
        async (tx) => {
          let created = 0;
          let updated = 0;
          for (const product of products) {
            const existing = await tx.product.findUnique({
              where: { siteId_handle: { siteId: ctx.site.id, handle: product.handle } },
              include: { variants: true },
            });
            if (existing) {
              const byOptions = new Map(
                existing.variants.map((v) => [
                  JSON.stringify([v.option1, v.option2, v.option3].filter((o) => o !== null)),
                  v.id,
                ]),
              );
              await saveProduct(tx, ctx.site.id, existing.id, {
                ...product,
                variants: product.variants.map((v) => ({
                  ...v,
                  id: byOptions.get(JSON.stringify(v.options)),
                })),
              });
              updated++;
            } else {
              await saveProduct(tx, ctx.site.id, null, product);
              created++;
            }
          }
          await audit(
            ctx.deps,
            {
              action: "product.imported",
              actorId: ctx.user.id,
              siteId: ctx.site.id,
              ip: ctx.ip,
              data: { created, updated },
            },
            tx,
          );
          return { created, updated };
        },
        { ...TX_OPTIONS, timeout: 120_000 },
      ),
    );
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { imported: products.length, ...counts, problems: [] };
  });
}
