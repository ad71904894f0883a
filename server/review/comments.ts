import type { Block, SiteDoc } from "../../blocks/doc/schema.ts";
import type { AppDeps } from "../deps.ts";
import { badRequest, forbidden, notFound, said, type Said } from "../errors.ts";
import type { Comment, CommentThread } from "../db/generated/client.ts";
import {
  mayComment,
  mayEditComment,
  type CommentAction,
  type CommentActor,
} from "./permissions.ts";

/**
 * Comment threads: each is pinned to one block of one page of a site. Members write from the
 * editor (tRPC `comments.*`), reviewers through a preview link that allows comments (the routes
 * in ./preview-routes.ts). Permissions come from ./permissions.ts, nowhere else.
 */

export const MAX_COMMENT_LENGTH = 5_000;
export const MAX_THREADS_LISTED = 500;

export type ThreadWithComments = CommentThread & { comments: Comment[] };

export type CommentAuthor =
  | { kind: "member"; id: string; name: string }
  | { kind: "reviewer"; name: string; email: string | null };

export type PublicComment = {
  id: string;
  author: CommentAuthor;
  body: string;
  mentions: { id: string; name: string }[];
  createdAt: string;
  editedAt: string | null;
  can: { edit: boolean; delete: boolean };
};

export type PublicThread = {
  id: string;
  pageId: string;
  blockId: string;
  /** The block is no longer in the draft: the thread stays, shown apart from the canvas. */
  detached: boolean;
  pageTitle: string | null;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedBy: { id: string; name: string } | null;
  previewLink: { id: string; label: string } | null;
  createdAt: string;
  updatedAt: string;
  comments: PublicComment[];
  can: { reply: boolean; resolve: boolean; delete: boolean };
};

/** Where each block of a document sits: block id -> page id. */
export function blockPages(doc: SiteDoc): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (blocks: readonly Block[], pageId: string) => {
    for (const block of blocks) {
      out.set(block.id, pageId);
      if (block.children) walk(block.children, pageId);
    }
  };
  for (const page of doc.pages) walk(page.blocks, page.id);
  return out;
}

export function refuse(action: CommentAction | "edit" | "reply-resolved"): never {
  const messages: Record<typeof action, Said> = {
    read: said("app.error.commentCannotRead", "You cannot see comments here."),
    create: said("app.error.commentCannotCreate", "You cannot comment here."),
    reply: said("app.error.commentCannotReply", "You cannot reply here."),
    editOwn: said("app.error.commentEditOwnOnly", "You can only edit your own comments."),
    edit: said("app.error.commentEditOwnOnly", "You can only edit your own comments."),
    editAny: said(
      "app.error.commentEditAnyRole",
      "Only owners and admins can edit other people's comments.",
    ),
    resolve: said(
      "app.error.commentResolveRole",
      "Only editors, admins and owners can resolve or reopen a thread.",
    ),
    delete: said("app.error.commentDeleteRole", "Only owners and admins can delete comments."),
    "reply-resolved": said(
      "app.error.commentThreadResolved",
      "This thread was resolved. Ask the team to reopen it.",
    ),
  };
  throw forbidden(messages[action]);
}

function demand(actor: CommentActor, action: CommentAction): void {
  if (!mayComment(actor, action)) refuse(action);
}

type Deps = Pick<AppDeps, "db" | "now" | "mailer" | "config" | "log">;

export type CommentInput = { body: string; mentions?: string[] };
export type ReviewerIdentity = { name: string; email: string };

/** Starts a thread on a block. The block must be in `doc` (the document the author is looking at). */
export async function startThread(
  deps: Deps,
  site: { id: string; name: string },
  doc: SiteDoc,
  actor: CommentActor,
  input: CommentInput & {
    blockId: string;
    /**
     * Where the author sees the block. Used only when the block is not in `doc` yet: the editor's
     * draft runs a few seconds ahead of the stored snapshot, and a block just added is not in it.
     */
    pageId?: string;
    reviewer?: ReviewerIdentity;
    authorName?: string;
  },
): Promise<ThreadWithComments> {
  demand(actor, "create");
  const pageId =
    blockPages(doc).get(input.blockId) ??
    (actor.kind === "member" && doc.pages.some((page) => page.id === input.pageId)
      ? input.pageId
      : undefined);
  if (!pageId) {
    throw badRequest(
      said(
        "app.error.commentNoSuchBlock",
        "There is no such block on this site. Pick a block on the page to comment on.",
      ),
    );
  }
  const mentions = await validMentions(deps, site.id, actor, input.mentions);
  const thread = await deps.db.prisma.commentThread.create({
    data: {
      siteId: site.id,
      pageId,
      blockId: input.blockId,
      previewLinkId: actor.kind === "reviewer" ? actor.linkId : null,
      comments: { create: commentData(actor, input, mentions) },
    },
    include: { comments: { orderBy: { createdAt: "asc" } } },
  });
  await notifyMentions(deps, site, thread.id, mentions, input.authorName ?? authorLabel(input));
  return thread;
}

export async function replyToThread(
  deps: Deps,
  site: { id: string; name: string },
  actor: CommentActor,
  input: CommentInput & { threadId: string; reviewer?: ReviewerIdentity; authorName?: string },
): Promise<ThreadWithComments> {
  demand(actor, "reply");
  const thread = await findThread(deps, site.id, input.threadId, actor);
  if (actor.kind === "reviewer" && thread.resolvedAt) refuse("reply-resolved");
  const mentions = await validMentions(deps, site.id, actor, input.mentions);
  const updated = await deps.db.prisma.commentThread.update({
    where: { id: thread.id },
    data: { updatedAt: deps.now(), comments: { create: commentData(actor, input, mentions) } },
    include: { comments: { orderBy: { createdAt: "asc" } } },
  });
  await notifyMentions(deps, site, thread.id, mentions, input.authorName ?? authorLabel(input));
  return updated;
}

export async function editComment(
  deps: Deps,
  site: { id: string; name: string },
  actor: CommentActor,
  input: CommentInput & { commentId: string; authorName?: string },
): Promise<Comment> {
  const comment = await findComment(deps, site.id, input.commentId);
  if (!mayEditComment(actor, comment)) refuse(comment.authorId ? "edit" : "editAny");
  const mentions = await validMentions(deps, site.id, actor, input.mentions);
  const updated = await deps.db.prisma.comment.update({
    where: { id: comment.id },
    data: { body: input.body, mentions, editedAt: deps.now() },
  });
  // Only people newly mentioned hear about it; an edit does not mail everyone again.
  const added = mentions.filter((id) => !comment.mentions.includes(id));
  await notifyMentions(deps, site, comment.threadId, added, input.authorName ?? "Someone");
  return updated;
}

export async function setResolved(
  deps: Deps,
  siteId: string,
  actor: CommentActor,
  threadId: string,
  resolved: boolean,
): Promise<CommentThread> {
  demand(actor, "resolve");
  const thread = await findThread(deps, siteId, threadId, actor);
  return deps.db.prisma.commentThread.update({
    where: { id: thread.id },
    data: resolved
      ? {
          resolvedAt: deps.now(),
          resolvedById: actor.kind === "member" ? actor.userId : null,
        }
      : { resolvedAt: null, resolvedById: null },
  });
}

/** Deletes one comment; deleting the first comment of a thread deletes the whole thread. */
export async function deleteComment(
  deps: Deps,
  siteId: string,
  actor: CommentActor,
  commentId: string,
): Promise<{ threadDeleted: boolean }> {
  demand(actor, "delete");
  const comment = await findComment(deps, siteId, commentId);
  const first = await deps.db.prisma.comment.findFirst({
    where: { threadId: comment.threadId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (first?.id === comment.id) {
    await deps.db.prisma.commentThread.delete({ where: { id: comment.threadId } });
    return { threadDeleted: true };
  }
  await deps.db.prisma.comment.delete({ where: { id: comment.id } });
  return { threadDeleted: false };
}

export async function deleteThread(
  deps: Deps,
  siteId: string,
  actor: CommentActor,
  threadId: string,
): Promise<void> {
  demand(actor, "delete");
  const thread = await findThread(deps, siteId, threadId, actor);
  await deps.db.prisma.commentThread.delete({ where: { id: thread.id } });
}

/**
 * The threads `actor` may read, newest activity first: every thread of the site for members, the
 * threads opened through their own link for reviewers.
 */
export async function listThreads(
  deps: Pick<AppDeps, "db">,
  siteId: string,
  actor: CommentActor,
  filter: { pageId?: string; status?: "open" | "resolved" | "all" } = {},
): Promise<ThreadWithComments[]> {
  demand(actor, "read");
  return deps.db.prisma.commentThread.findMany({
    where: {
      siteId,
      ...(actor.kind === "reviewer" ? { previewLinkId: actor.linkId } : {}),
      ...(filter.status === "open" ? { resolvedAt: null } : {}),
      ...(filter.status === "resolved" ? { resolvedAt: { not: null } } : {}),
    },
    include: { comments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: MAX_THREADS_LISTED,
  });
}

/**
 * Threads as members see them: authors' names, reviewers' emails, whether the block is still in
 * the draft, and what the caller may do with each. `pageId` filters on the page the block is on
 * now (a moved block takes its thread along).
 */
export async function presentThreads(
  deps: Pick<AppDeps, "db">,
  threads: ThreadWithComments[],
  draft: SiteDoc,
  actor: CommentActor & { kind: "member" },
  pageId?: string,
): Promise<PublicThread[]> {
  const locations = blockPages(draft);
  const pageTitles = new Map(draft.pages.map((page) => [page.id, page.title]));
  const people = await namesOf(
    deps,
    threads.flatMap((t) => [
      ...(t.resolvedById ? [t.resolvedById] : []),
      ...t.comments.flatMap((c) => [...(c.authorId ? [c.authorId] : []), ...c.mentions]),
    ]),
  );
  const linkIds = [...new Set(threads.flatMap((t) => (t.previewLinkId ? [t.previewLinkId] : [])))];
  const links = new Map(
    (
      await deps.db.prisma.previewLink.findMany({
        where: { id: { in: linkIds } },
        select: { id: true, label: true },
      })
    ).map((link) => [link.id, link]),
  );
  const out: PublicThread[] = [];
  for (const thread of threads) {
    const currentPage = locations.get(thread.blockId);
    const shownPage = currentPage ?? thread.pageId;
    if (pageId && shownPage !== pageId) continue;
    out.push({
      id: thread.id,
      pageId: shownPage,
      blockId: thread.blockId,
      detached: currentPage === undefined,
      pageTitle: pageTitles.get(shownPage) ?? null,
      resolved: thread.resolvedAt !== null,
      resolvedAt: thread.resolvedAt?.toISOString() ?? null,
      resolvedBy: thread.resolvedById
        ? { id: thread.resolvedById, name: people.get(thread.resolvedById) ?? FORMER_MEMBER }
        : null,
      previewLink: thread.previewLinkId ? (links.get(thread.previewLinkId) ?? null) : null,
      createdAt: thread.createdAt.toISOString(),
      updatedAt: thread.updatedAt.toISOString(),
      comments: thread.comments.map((comment) => ({
        id: comment.id,
        author: comment.authorId
          ? {
              kind: "member",
              id: comment.authorId,
              name: people.get(comment.authorId) ?? FORMER_MEMBER,
            }
          : {
              kind: "reviewer",
              name: comment.reviewerName ?? "Reviewer",
              email: comment.reviewerEmail,
            },
        body: comment.body,
        mentions: comment.mentions.map((id) => ({ id, name: people.get(id) ?? FORMER_MEMBER })),
        createdAt: comment.createdAt.toISOString(),
        editedAt: comment.editedAt?.toISOString() ?? null,
        can: { edit: mayEditComment(actor, comment), delete: mayComment(actor, "delete") },
      })),
      can: {
        reply: mayComment(actor, "reply"),
        resolve: mayComment(actor, "resolve"),
        delete: mayComment(actor, "delete"),
      },
    });
  }
  return out;
}

/** What a reviewer sees of a thread: names only (no member's or other reviewer's email). */
export type ReviewerThread = {
  id: string;
  blockId: string;
  pageId: string;
  resolved: boolean;
  comments: { id: string; name: string; team: boolean; body: string; createdAt: string }[];
};

export async function presentThreadsToReviewer(
  deps: Pick<AppDeps, "db">,
  threads: ThreadWithComments[],
): Promise<ReviewerThread[]> {
  const people = await namesOf(
    deps,
    threads.flatMap((t) => t.comments.flatMap((c) => (c.authorId ? [c.authorId] : []))),
  );
  return threads.map((thread) => ({
    id: thread.id,
    blockId: thread.blockId,
    pageId: thread.pageId,
    resolved: thread.resolvedAt !== null,
    comments: thread.comments.map((comment) => ({
      id: comment.id,
      name: comment.authorId
        ? (people.get(comment.authorId) ?? FORMER_MEMBER)
        : (comment.reviewerName ?? "Reviewer"),
      team: comment.authorId !== null,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
    })),
  }));
}

const FORMER_MEMBER = "Former member";

async function namesOf(deps: Pick<AppDeps, "db">, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await deps.db.prisma.user.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user.name]));
}

function commentData(
  actor: CommentActor,
  input: CommentInput & { reviewer?: ReviewerIdentity },
  mentions: string[],
) {
  return actor.kind === "member"
    ? { authorId: actor.userId, body: input.body, mentions }
    : {
        previewLinkId: actor.linkId,
        reviewerName: input.reviewer?.name ?? "Reviewer",
        reviewerEmail: input.reviewer?.email ?? null,
        body: input.body,
        mentions: [],
      };
}

function authorLabel(input: { reviewer?: ReviewerIdentity }): string {
  return input.reviewer?.name ?? "Someone";
}

/** A thread of the site that `actor` may see; NOT_FOUND otherwise (reviewers learn nothing). */
async function findThread(
  deps: Pick<AppDeps, "db">,
  siteId: string,
  threadId: string,
  actor: CommentActor,
): Promise<CommentThread> {
  const thread = await deps.db.prisma.commentThread.findUnique({ where: { id: threadId } });
  if (
    !thread ||
    thread.siteId !== siteId ||
    (actor.kind === "reviewer" && thread.previewLinkId !== actor.linkId)
  ) {
    throw notFound(said("app.error.noSuchThread", "There is no such comment thread."));
  }
  return thread;
}

async function findComment(deps: Pick<AppDeps, "db">, siteId: string, commentId: string) {
  const comment = await deps.db.prisma.comment.findUnique({
    where: { id: commentId },
    include: { thread: { select: { siteId: true } } },
  });
  if (!comment || comment.thread.siteId !== siteId) {
    throw notFound(said("app.error.noSuchComment", "There is no such comment."));
  }
  return comment;
}

/** Mentions are members of the site other than the author; reviewers cannot mention anyone. */
async function validMentions(
  deps: Pick<AppDeps, "db">,
  siteId: string,
  actor: CommentActor,
  requested: string[] | undefined,
): Promise<string[]> {
  if (actor.kind === "reviewer" || !requested?.length) return [];
  const unique = [...new Set(requested)].filter((id) => id !== actor.userId);
  if (unique.length === 0) return [];
  const members = await deps.db.prisma.siteMember.findMany({
    where: { siteId, userId: { in: unique } },
    select: { userId: true },
  });
  const found = new Set(members.map((m) => m.userId));
  const strangers = unique.filter((id) => !found.has(id));
  if (strangers.length > 0) {
    throw badRequest(
      said("app.error.mentionTeamOnly", "You can only mention people on this site's team."),
    );
  }
  return unique;
}

/** One mail per mentioned member, with a link that opens the thread in the editor. */
async function notifyMentions(
  deps: Deps,
  site: { id: string; name: string },
  threadId: string,
  userIds: string[],
  authorName: string,
): Promise<void> {
  if (userIds.length === 0) return;
  const [users, comment] = await Promise.all([
    deps.db.prisma.user.findMany({
      where: { id: { in: userIds } },
      select: { email: true, name: true },
    }),
    deps.db.prisma.comment.findFirst({
      where: { threadId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { body: true },
    }),
  ]);
  const link = `${deps.config.publicUrl}/sites/${site.id}/editor?thread=${threadId}`;
  const excerpt = (comment?.body ?? "").slice(0, 500);
  for (const user of users) {
    try {
      await deps.mailer.send({
        to: user.email,
        subject: `${authorName} mentioned you in a comment on “${site.name}”`,
        text: `${authorName} mentioned you in a comment on “${site.name}”:\n\n${excerpt
          .split("\n")
          .map((line) => `> ${line}`)
          .join("\n")}\n\nOpen the thread:\n\n${link}\n`,
      });
    } catch (error) {
      // The comment is saved; a mail that could not go out must not turn that into an error.
      deps.log.warn({ err: error, threadId }, "mention mail failed");
    }
  }
}
