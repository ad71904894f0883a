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
  list: siteProcedure("viewer").input(ZListProductsInput).query(listProductsHandler),
  get: siteProcedure("viewer").input(ZProductIdInput).query(getProductHandler),
  create: siteProcedure("editor").input(ZCreateProductInput).mutation(createProductHandler),
  update: siteProcedure("editor").input(ZUpdateProductInput).mutation(updateProductHandler),
  bulkUpdate: siteProcedure("editor")
    .input(ZBulkUpdateProductsInput)
    .mutation(bulkUpdateProductsHandler),
  archive: siteProcedure("editor").input(ZProductIdsInput).mutation(archiveProductsHandler),
  delete: siteProcedure("editor").input(ZProductIdsInput).mutation(deleteProductsHandler),
  exportCsv: siteProcedure("viewer").query(exportCsvHandler),
  /** The storefront's catalog and the products it leaves out, for the visual editor. */
  catalog: siteProcedure("viewer").query(catalogHandler),
  importCsv: siteProcedure("editor").input(ZImportCsvInput).mutation(importCsvHandler),
});
