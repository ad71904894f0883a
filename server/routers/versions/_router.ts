import { router, siteProcedure } from "../../trpc.ts";
import {
  ZCreateNamedVersionInput,
  ZListVersionsInput,
  ZRestoreVersionInput,
} from "./versions.schema.ts";
import {
  createNamedVersionHandler,
  listVersionsHandler,
  restoreVersionHandler,
} from "./versions.handler.ts";

export const versionsRouter = router({
  list: siteProcedure("versions.list").input(ZListVersionsInput).query(listVersionsHandler),
  createNamed: siteProcedure("versions.createNamed")
    .input(ZCreateNamedVersionInput)
    .mutation(createNamedVersionHandler),
  restore: siteProcedure("versions.restore")
    .input(ZRestoreVersionInput)
    .mutation(restoreVersionHandler),
});
