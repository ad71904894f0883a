import { router, siteProcedure } from "../../trpc.ts";
import {
  createPreviewLinkHandler,
  listPreviewLinksHandler,
  previewLinkViewsHandler,
  previewVersionsHandler,
  revokePreviewLinkHandler,
} from "./preview.handler.ts";
import { ZCreatePreviewLinkInput, ZPreviewLinkRef } from "./preview.schema.ts";

/** Preview links are shared outside the team, so making, seeing and revoking them takes an editor. */
export const previewRouter = router({
  create: siteProcedure("preview.create")
    .input(ZCreatePreviewLinkInput)
    .mutation(createPreviewLinkHandler),
  list: siteProcedure("preview.list").query(listPreviewLinksHandler),
  revoke: siteProcedure("preview.revoke").input(ZPreviewLinkRef).mutation(revokePreviewLinkHandler),
  views: siteProcedure("preview.views").input(ZPreviewLinkRef).query(previewLinkViewsHandler),
  versions: siteProcedure("preview.versions").query(previewVersionsHandler),
});
