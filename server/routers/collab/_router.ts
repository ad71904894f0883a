import { router, siteProcedure } from "../../trpc.ts";
import { collabTokenHandler } from "./token.handler.ts";

export const collabRouter = router({
  token: siteProcedure("collab.token").mutation(collabTokenHandler),
});
