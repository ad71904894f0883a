import type { z } from "zod";
import type { SessionUser } from "../../auth/sessions.ts";
import type { Site } from "../../db/generated/client.ts";
import type { SiteRole } from "../../db/generated/enums.ts";
import {
  deleteComment,
  deleteThread,
  editComment,
  listThreads,
  presentThreads,
  replyToThread,
  setResolved,
  startThread,
} from "../../review/comments.ts";
import type { CommentActor } from "../../review/permissions.ts";
import type { Context } from "../../trpc.ts";
import type {
  ZCommentRef,
  ZCreateThreadInput,
  ZEditCommentInput,
  ZListCommentsInput,
  ZReplyInput,
  ZThreadRef,
} from "./comments.schema.ts";

type SiteContext = Context & { user: SessionUser; site: Site; role: SiteRole };
type Args<T extends z.ZodType> = { ctx: SiteContext; input: z.infer<T> };

function member(ctx: SiteContext): CommentActor & { kind: "member" } {
  return { kind: "member", userId: ctx.user.id, role: ctx.role };
}

/** Every thread of the site (or of one page, by where its block is now), with what the caller may do. */
export async function listCommentsHandler({ ctx, input }: Args<typeof ZListCommentsInput>) {
  const actor = member(ctx);
  const [threads, draft] = await Promise.all([
    listThreads(ctx.deps, ctx.site.id, actor, { status: input.status }),
    ctx.deps.siteDocuments.draft(ctx.site.id),
  ]);
  return { threads: await presentThreads(ctx.deps, threads, draft.doc, actor, input.pageId) };
}

export async function createThreadHandler({ ctx, input }: Args<typeof ZCreateThreadInput>) {
  const { doc } = await ctx.deps.siteDocuments.draft(ctx.site.id);
  const thread = await startThread(ctx.deps, ctx.site, doc, member(ctx), {
    ...input,
    authorName: ctx.user.name,
  });
  return { threadId: thread.id, commentId: thread.comments[0]!.id };
}

export async function replyHandler({ ctx, input }: Args<typeof ZReplyInput>) {
  const thread = await replyToThread(ctx.deps, ctx.site, member(ctx), {
    ...input,
    authorName: ctx.user.name,
  });
  return { threadId: thread.id, commentId: thread.comments.at(-1)!.id };
}

export async function editCommentHandler({ ctx, input }: Args<typeof ZEditCommentInput>) {
  const comment = await editComment(ctx.deps, ctx.site, member(ctx), {
    ...input,
    authorName: ctx.user.name,
  });
  return { commentId: comment.id, editedAt: comment.editedAt?.toISOString() ?? null };
}

export async function resolveThreadHandler({ ctx, input }: Args<typeof ZThreadRef>) {
  const thread = await setResolved(ctx.deps, ctx.site.id, member(ctx), input.threadId, true);
  return { threadId: thread.id, resolved: true };
}

export async function reopenThreadHandler({ ctx, input }: Args<typeof ZThreadRef>) {
  const thread = await setResolved(ctx.deps, ctx.site.id, member(ctx), input.threadId, false);
  return { threadId: thread.id, resolved: false };
}

export async function deleteCommentHandler({ ctx, input }: Args<typeof ZCommentRef>) {
  return deleteComment(ctx.deps, ctx.site.id, member(ctx), input.commentId);
}

export async function deleteThreadHandler({ ctx, input }: Args<typeof ZThreadRef>) {
  await deleteThread(ctx.deps, ctx.site.id, member(ctx), input.threadId);
  return { ok: true as const };
}
