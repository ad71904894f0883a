import { router, siteProcedure } from "../../trpc.ts";
import { catalogHandler } from "./catalog.handler.ts";
import {
  archiveProductsHandler,
  bulkUpdateProductsHandler,
  createProductHandler,
  deleteProductsHandler,
  exportCsvHandler,
  getProductHandler,
  importCsvHandler,
  listProductsHandler,
  updateProductHandler,
} from "./products.handler.ts";
import {
  ZBulkUpdateProductsInput,
  ZCreateProductInput,
  ZImportCsvInput,
  ZListProductsInput,
  ZProductIdInput,
  ZProductIdsInput,
  ZUpdateProductInput,
} from "./products.schema.ts";

export const productsRouter = router({
  list: siteProcedure("products.list").input(ZListProductsInput).query(listProductsHandler),
  get: siteProcedure("products.get").input(ZProductIdInput).query(getProductHandler),
  create: siteProcedure("products.create")
    .input(ZCreateProductInput)
    .mutation(createProductHandler),
  update: siteProcedure("products.update")
    .input(ZUpdateProductInput)
    .mutation(updateProductHandler),
  bulkUpdate: siteProcedure("products.bulkUpdate")
    .input(ZBulkUpdateProductsInput)
    .mutation(bulkUpdateProductsHandler),
  archive: siteProcedure("products.archive")
    .input(ZProductIdsInput)
    .mutation(archiveProductsHandler),
  delete: siteProcedure("products.delete").input(ZProductIdsInput).mutation(deleteProductsHandler),
  exportCsv: siteProcedure("products.exportCsv").query(exportCsvHandler),
  /** The storefront's catalog and the products it leaves out, for the visual editor. */
  catalog: siteProcedure("products.catalog").query(catalogHandler),
  importCsv: siteProcedure("products.importCsv").input(ZImportCsvInput).mutation(importCsvHandler),
});
