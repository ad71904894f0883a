import { router, siteProcedure } from "../../trpc.ts";
import {
  createCollectionHandler,
  deleteCollectionHandler,
  getCollectionHandler,
  listCollectionsHandler,
  updateCollectionHandler,
} from "./collections.handler.ts";
import {
  ZCollectionIdInput,
  ZCreateCollectionInput,
  ZUpdateCollectionInput,
} from "./collections.schema.ts";

export const collectionsRouter = router({
  list: siteProcedure("collections.list").query(listCollectionsHandler),
  get: siteProcedure("collections.get").input(ZCollectionIdInput).query(getCollectionHandler),
  create: siteProcedure("collections.create")
    .input(ZCreateCollectionInput)
    .mutation(createCollectionHandler),
  update: siteProcedure("collections.update")
    .input(ZUpdateCollectionInput)
    .mutation(updateCollectionHandler),
  delete: siteProcedure("collections.delete")
    .input(ZCollectionIdInput)
    .mutation(deleteCollectionHandler),
});
