import type { z } from "zod";
import { audit } from "../../audit.ts";
import {
  acceptSuggestions,
  rejectSuggestions,
  undoSuggestions,
  viewOf,
} from "../../ai/suggestions.ts";
import type { SiteContextOf } from "./common.ts";
import type { ZListSuggestionsInput, ZSuggestionIdsInput } from "./ai.schema.ts";

export async function listSuggestionsHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZListSuggestionsInput>;
}) {
  const rows = await ctx.deps.db.prisma.aiSuggestion.findMany({
    where: { siteId: ctx.site.id, userId: ctx.user.id, status: input.status },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return { suggestions: rows.map(viewOf) };
}

/** Applies the chosen suggestions as one AI transaction on the live document. */
export async function acceptHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZSuggestionIdsInput>;
}) {
  const result = await acceptSuggestions(ctx.deps, ctx.site.id, ctx.user.id, input.suggestionIds);
  await audit(ctx.deps, {
    action: "ai.suggestions_accepted",
    actorId: ctx.user.id,
    siteId: ctx.site.id,
    ip: ctx.ip,
    data: { suggestions: result.accepted },
  });
  return result;
}

export async function rejectHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZSuggestionIdsInput>;
}) {
  return rejectSuggestions(ctx.deps, ctx.site.id, input.suggestionIds);
}

export async function undoHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZSuggestionIdsInput>;
}) {
  const result = await undoSuggestions(ctx.deps, ctx.site.id, ctx.user.id, input.suggestionIds);
  await audit(ctx.deps, {
    action: "ai.suggestions_undone",
    actorId: ctx.user.id,
    siteId: ctx.site.id,
    ip: ctx.ip,
    data: { suggestions: result.undone },
  });
  return result;
}
