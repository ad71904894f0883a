import type { z } from "zod";
import { productsToCsv, readProductCsv } from "../../commerce/csv.ts";
import { actorOf, type HandlerArgs } from "../../commerce/merchant.ts";
import {
  bulkUpdateProducts,
  createProduct,
  deleteProducts,
  getProduct,
  importProducts,
  listProducts,
  productsToExport,
  updateProduct,
} from "../../commerce/products.ts";
import { storeSettings } from "../../commerce/store.ts";
import type {
  ZBulkUpdateProductsInput,
  ZCreateProductInput,
  ZImportCsvInput,
  ZListProductsInput,
  ZProductIdInput,
  ZProductIdsInput,
  ZUpdateProductInput,
} from "./products.schema.ts";

export async function listProductsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZListProductsInput>>) {
  return listProducts(ctx.deps, ctx.site.id, input);
}

export async function getProductHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZProductIdInput>>) {
  return { product: await getProduct(ctx.deps, ctx.site.id, input.productId) };
}

export async function createProductHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZCreateProductInput>>) {
  return { product: await createProduct(ctx.deps, ctx.site.id, input.product, actorOf(ctx)) };
}

export async function updateProductHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZUpdateProductInput>>) {
  const { productId, product } = input;
  return {
    product: await updateProduct(ctx.deps, ctx.site.id, productId, product, actorOf(ctx)),
  };
}

export async function bulkUpdateProductsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZBulkUpdateProductsInput>>) {
  const { productIds, set } = input;
  return {
    updated: await bulkUpdateProducts(ctx.deps, ctx.site.id, productIds, set, actorOf(ctx)),
  };
}

export async function archiveProductsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZProductIdsInput>>) {
  const { productIds } = input;
  const set = { status: "archived" as const };
  return {
    updated: await bulkUpdateProducts(ctx.deps, ctx.site.id, productIds, set, actorOf(ctx)),
  };
}

export async function deleteProductsHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZProductIdsInput>>) {
  return { deleted: await deleteProducts(ctx.deps, ctx.site.id, input.productIds, actorOf(ctx)) };
}

export async function exportCsvHandler({ ctx }: HandlerArgs<unknown>) {
  const { products, currency } = await productsToExport(ctx.deps, ctx.site.id);
  return { filename: `${ctx.site.slug}-products.csv`, csv: productsToCsv(products, currency) };
}

/**
 * Imports a Shopify-style product CSV all or nothing: every row is checked first, and any
 * problem returns the full row-by-row report with nothing imported.
 */
export async function importCsvHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZImportCsvInput>>) {
  const settings = await storeSettings(ctx.deps, ctx.site.id);
  const { products, problems } = readProductCsv(input.csv, settings.currency);
  if (problems.length > 0) return { imported: 0, created: 0, updated: 0, problems };
  if (input.dryRun)
    return { imported: products.length, created: 0, updated: 0, problems, dryRun: true };
  const counts = await importProducts(ctx.deps, ctx.site.id, products, actorOf(ctx));
  return { imported: products.length, ...counts, problems: [] };
}
