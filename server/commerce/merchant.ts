import type { SessionUser } from "../auth/sessions.ts";
import type { SiteRole } from "../db/generated/enums.ts";
import type { Context } from "../trpc.ts";
import type { MerchantActor } from "./transactions.ts";

/** What a merchant procedure's handler receives from `siteProcedure`. */
export type SiteContext = Context & {
  user: SessionUser;
  site: { id: string; name: string; slug: string; customDomain: string | null };
  role: SiteRole;
};

export type HandlerArgs<Input> = { ctx: SiteContext; input: Input };

export function actorOf(ctx: SiteContext): MerchantActor {
  return { userId: ctx.user.id, ip: ctx.ip };
}
