import { router, siteProcedure } from "../../trpc.ts";
import { exportSummaryHandler } from "./transfer.handler.ts";

/**
 * Site export and import. The archives themselves travel over plain HTTP (binary, large):
 * GET /api/sites/<siteId>/export and POST /api/sites/import (server/sites/transfer/routes.ts).
 */
export const transferRouter = router({
  exportSummary: siteProcedure("transfer.exportSummary").query(exportSummaryHandler),
});
