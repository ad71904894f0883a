import { router } from "../trpc.ts";
import { authRouter } from "./auth/_router.ts";
import { membersRouter } from "./members/_router.ts";
import { sitesRouter } from "./sites/_router.ts";

export const appRouter = router({
  auth: authRouter,
  sites: sitesRouter,
  members: membersRouter,
});

export type AppRouter = typeof appRouter;
