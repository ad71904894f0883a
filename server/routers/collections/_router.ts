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
  list: siteProcedure("viewer").query(listCollectionsHandler),
  get: siteProcedure("viewer").input(ZCollectionIdInput).query(getCollectionHandler),
  create: siteProcedure("editor").input(ZCreateCollectionInput).mutation(createCollectionHandler),
  update: siteProcedure("editor").input(ZUpdateCollectionInput).mutation(updateCollectionHandler),
  delete: siteProcedure("editor").input(ZCollectionIdInput).mutation(deleteCollectionHandler),
});
