import { authedProcedure, router, siteProcedure } from "../../trpc.ts";
import {
  createPlaceholdersHandler,
  deleteMediaHandler,
  getMediaHandler,
  listMediaHandler,
  logoOptionsHandler,
  saveLogoHandler,
  updateAltHandler,
  usesHandler,
} from "./media.handler.ts";
import {
  ZCreatePlaceholdersInput,
  ZListMediaInput,
  ZLogoOptionsInput,
  ZMediaRef,
  ZSaveLogoInput,
  ZUpdateAltInput,
} from "./media.schema.ts";

/** The media library. Uploads are a plain multipart route (POST /api/media/upload). */
export const mediaRouter = router({
  list: siteProcedure("media.list").input(ZListMediaInput).query(listMediaHandler),
  get: siteProcedure("media.get").input(ZMediaRef).query(getMediaHandler),
  uses: siteProcedure("media.uses").input(ZMediaRef).query(usesHandler),
  updateAlt: siteProcedure("media.updateAlt").input(ZUpdateAltInput).mutation(updateAltHandler),
  delete: siteProcedure("media.delete").input(ZMediaRef).mutation(deleteMediaHandler),
  /** Logo designs from a name, palette and fonts; no site needed (the create-site wizard). */
  logoOptions: authedProcedure.input(ZLogoOptionsInput).query(logoOptionsHandler),
  saveLogo: siteProcedure("media.saveLogo").input(ZSaveLogoInput).mutation(saveLogoHandler),
  createPlaceholders: siteProcedure("media.createPlaceholders")
    .input(ZCreatePlaceholdersInput)
    .mutation(createPlaceholdersHandler),
});
