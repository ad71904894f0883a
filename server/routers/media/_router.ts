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
} from "./schemas.ts";

/** The media library. Uploads are a plain multipart route (POST /api/media/upload). */
export const mediaRouter = router({
  list: siteProcedure("viewer").input(ZListMediaInput).query(listMediaHandler),
  get: siteProcedure("viewer").input(ZMediaRef).query(getMediaHandler),
  uses: siteProcedure("viewer").input(ZMediaRef).query(usesHandler),
  updateAlt: siteProcedure("editor").input(ZUpdateAltInput).mutation(updateAltHandler),
  delete: siteProcedure("editor").input(ZMediaRef).mutation(deleteMediaHandler),
  /** Logo designs from a name, palette and fonts; no site needed (the create-site wizard). */
  logoOptions: authedProcedure.input(ZLogoOptionsInput).query(logoOptionsHandler),
  saveLogo: siteProcedure("editor").input(ZSaveLogoInput).mutation(saveLogoHandler),
  createPlaceholders: siteProcedure("editor")
    .input(ZCreatePlaceholdersInput)
    .mutation(createPlaceholdersHandler),
});
