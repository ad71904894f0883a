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
  create: siteProcedure("editor").input(ZCreatePreviewLinkInput).mutation(createPreviewLinkHandler),
  list: siteProcedure("editor").query(listPreviewLinksHandler),
  revoke: siteProcedure("editor").input(ZPreviewLinkRef).mutation(revokePreviewLinkHandler),
  views: siteProcedure("editor").input(ZPreviewLinkRef).query(previewLinkViewsHandler),
  versions: siteProcedure("editor").query(previewVersionsHandler),
});
