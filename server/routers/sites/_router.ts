import { authedProcedure, router, siteProcedure } from "../../trpc.ts";
import {
  ZCreateSiteInput,
  ZRenameSiteInput,
  ZSetCustomDomainInput,
  ZSlugAvailableInput,
} from "./schemas.ts";
import {
  createSiteHandler,
  deleteSiteHandler,
  getSiteHandler,
  listDeletedSitesHandler,
  publishSiteHandler,
  publishStatusHandler,
  listSitesHandler,
  renameSiteHandler,
  restoreSiteHandler,
  setCustomDomainHandler,
  slugAvailableHandler,
} from "./sites.handler.ts";

export const sitesRouter = router({
  create: authedProcedure.input(ZCreateSiteInput).mutation(createSiteHandler),
  list: authedProcedure.query(listSitesHandler),
  listDeleted: authedProcedure.query(listDeletedSitesHandler),
  slugAvailable: authedProcedure.input(ZSlugAvailableInput).query(slugAvailableHandler),
  get: siteProcedure("viewer").query(getSiteHandler),
  rename: siteProcedure("admin").input(ZRenameSiteInput).mutation(renameSiteHandler),
  delete: siteProcedure("owner").mutation(deleteSiteHandler),
  setCustomDomain: siteProcedure("admin")
    .input(ZSetCustomDomainInput)
    .mutation(setCustomDomainHandler),
  publish: siteProcedure("editor").mutation(publishSiteHandler),
  publishStatus: siteProcedure("viewer").query(publishStatusHandler),
  restore: siteProcedure("owner", { includeDeleted: true }).mutation(restoreSiteHandler),
});
