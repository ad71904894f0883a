import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../../server/routers/_app.ts";

export type { AppRouter };
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type User = RouterOutputs["auth"]["me"]["user"];
export type Site = RouterOutputs["sites"]["list"]["sites"][number];
export type Member = RouterOutputs["members"]["list"]["members"][number];
export type Invitation = RouterOutputs["members"]["listInvitations"]["invitations"][number];
export type Role = Member["role"];
