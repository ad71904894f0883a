import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { AppRouter } from "../../../server/routers/_app.ts";

/**
 * The typed hooks every screen uses: `useTRPC()` builds TanStack Query options
 * (`trpc.sites.list.queryOptions()`), `useTRPCClient()` calls procedures directly.
 */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
