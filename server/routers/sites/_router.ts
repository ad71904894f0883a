import { authedProcedure, router, siteProcedure } from "../../trpc.ts";
import {
  ZCreateSiteInput,
  ZRenameSiteInput,
  ZSetCustomDomainInput,
  ZSlugAvailableInput,
} from "./sites.schema.ts";
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
  get: siteProcedure("sites.get").query(getSiteHandler),
  rename: siteProcedure("sites.rename").input(ZRenameSiteInput).mutation(renameSiteHandler),
  delete: siteProcedure("sites.delete").mutation(deleteSiteHandler),
  setCustomDomain: siteProcedure("sites.setCustomDomain")
    .input(ZSetCustomDomainInput)
    .mutation(setCustomDomainHandler),
  publish: siteProcedure("sites.publish").mutation(publishSiteHandler),
  publishStatus: siteProcedure("sites.publishStatus").query(publishStatusHandler),
  restore: siteProcedure("sites.restore", { includeDeleted: true }).mutation(restoreSiteHandler),
});
