import { siteDocumentName } from "../../../collab/presence.ts";
import type { SessionUser } from "../../auth/sessions.ts";
import { isReadOnlyRole } from "../../collab/authenticate.ts";
import { COLLAB_PATH } from "../../collab/plugin.ts";
import { signCollabToken } from "../../collab/tokens.ts";
import type { SiteRole } from "../../db/generated/enums.ts";
import type { Context } from "../../trpc.ts";
import { DomainError, said } from "../../errors.ts";

type SiteContext = Context & {
  user: SessionUser;
  sessionId: string;
  site: { id: string };
  role: SiteRole;
};

/**
 * A short-lived token to open the site's collab document without the session cookie. Pass a
 * function that calls this as the provider's `token`, so every reconnect gets a fresh one.
 */
export async function collabTokenHandler({ ctx }: { ctx: SiteContext }) {
  const session = await ctx.deps.db.prisma.session.findUnique({
    where: { id: ctx.sessionId },
    select: { tokenHash: true },
  });
  if (!session)
    throw new DomainError("UNAUTHORIZED", said("app.error.loginToContinue", "Log in to continue."));
  const { token, expiresAt } = signCollabToken(
    ctx.deps.sessionSecret,
    { id: ctx.sessionId, tokenHash: session.tokenHash },
    { userId: ctx.user.id, siteId: ctx.site.id },
    ctx.deps.now(),
  );
  const url = new URL(COLLAB_PATH, ctx.deps.config.publicUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    url: url.toString(),
    documentName: siteDocumentName(ctx.site.id),
    readOnly: isReadOnlyRole(ctx.role),
  };
}
