import { router, siteProcedure } from "../../trpc.ts";
import { ZCreateNamedVersionInput, ZListVersionsInput, ZRestoreVersionInput } from "./schemas.ts";
import {
  createNamedVersionHandler,
  listVersionsHandler,
  restoreVersionHandler,
} from "./versions.handler.ts";

export const versionsRouter = router({
  list: siteProcedure("viewer").input(ZListVersionsInput).query(listVersionsHandler),
  createNamed: siteProcedure("editor")
    .input(ZCreateNamedVersionInput)
    .mutation(createNamedVersionHandler),
  restore: siteProcedure("editor").input(ZRestoreVersionInput).mutation(restoreVersionHandler),
});
