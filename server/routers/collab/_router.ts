import { router, siteProcedure } from "../../trpc.ts";
import { collabTokenHandler } from "./token.handler.ts";

export const collabRouter = router({
  token: siteProcedure("viewer").mutation(collabTokenHandler),
});
