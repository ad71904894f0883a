import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { COMMENT_MATRIX } from "../../server/review/permissions.ts";
import { call, registerUser, useTestApp } from "../helpers/app.ts";
import { freshIp, previewLink, reviewerPost } from "./helpers.ts";

/**
 * The permission matrix for comments, cell by cell: every member role and the reviewer, against
 * every action, each allow and each refusal; a refusal changes nothing. Members act through the
 * tRPC API, reviewers through their preview link.
 */
const { app, deps } = await useTestApp();
const people = {
  owner: await registerUser(app),
  admin: await registerUser(app),
  editor: await registerUser(app),
  viewer: await registerUser(app),
  stranger: await registerUser(app),
};
const author = await registerUser(app, { name: "Another editor" });
type Member = keyof typeof people;
const ROLES = ["owner", "admin", "editor", "viewer"] as const;

type Cell = {
  siteId: string;
  heroId: string;
  /** A thread by another editor: its first comment and a reply. */
  threadId: string;
  firstCommentId: string;
  replyId: string;
  /** A thread a reviewer opened through the link. */
  reviewerThreadId: string;
  reviewerCommentId: string;
  linkPath: string;
  closedLinkPath: string;
};

async function freshSite(): Promise<Cell> {
  const site = await deps.db.prisma.site.create({
    data: {
      name: "Matrix",
      slug: `cm-${randomUUID().slice(0, 8)}`,
      members: {
        create: [
          ...ROLES.map((role) => ({ userId: people[role].user.id, role })),
          { userId: author.user.id, role: "editor" as const },
        ],
      },
    },
  });
  await deps.siteDocuments.initialise(site.id, { name: site.name });
  const { doc } = await deps.siteDocuments.draft(site.id);
  const page = doc.pages[0]!;
  const heroId = page.blocks.find((b) => b.type === "hero")!.id;
  const thread = await deps.db.prisma.commentThread.create({
    data: {
      siteId: site.id,
      pageId: page.id,
      blockId: heroId,
      comments: {
        create: [
          { authorId: author.user.id, body: "First", createdAt: new Date(Date.now() - 2000) },
          { authorId: author.user.id, body: "Reply", createdAt: new Date(Date.now() - 1000) },
        ],
      },
    },
    include: { comments: { orderBy: { createdAt: "asc" } } },
  });
  const link = await previewLink(app, people.owner, site.id, { allowComments: true });
  const closed = await previewLink(app, people.owner, site.id, { allowComments: false });
  const reviewerThread = await deps.db.prisma.commentThread.create({
    data: {
      siteId: site.id,
      pageId: page.id,
      blockId: heroId,
      previewLinkId: link.linkId,
      comments: {
        create: {
          previewLinkId: link.linkId,
          reviewerName: "Rita",
          reviewerEmail: "rita@example.com",
          body: "From the client",
        },
      },
    },
    include: { comments: true },
  });
  return {
    siteId: site.id,
    heroId,
    threadId: thread.id,
    firstCommentId: thread.comments[0]!.id,
    replyId: thread.comments[1]!.id,
    reviewerThreadId: reviewerThread.id,
    reviewerCommentId: reviewerThread.comments[0]!.id,
    linkPath: link.path,
    closedLinkPath: closed.path,
  };
}

async function snapshot(siteId: string) {
  return deps.db.prisma.commentThread.findMany({
    where: { siteId },
    orderBy: { id: "asc" },
    include: { comments: { orderBy: { id: "asc" } } },
  });
}

type Action = {
  kind: "query" | "mutation";
  procedure: string;
  input: (cell: Cell, actor: Member) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: Record<Member, 200 | 403 | 404>;
};

/** A comment of the actor's own, made straight in the database (so only `edit` is under test). */
async function ownComment(cell: Cell, actor: Member): Promise<string> {
  const comment = await deps.db.prisma.comment.create({
    data: { threadId: cell.threadId, authorId: people[actor].user.id, body: "Mine" },
  });
  return comment.id;
}

const allow = (roles: readonly (typeof ROLES)[number][]) =>
  Object.fromEntries([
    ...ROLES.map((role) => [role, roles.includes(role) ? 200 : 403]),
    ["stranger", 404],
  ]) as Record<Member, 200 | 403 | 404>;

const actions: Record<string, Action> = {
  "read threads": {
    kind: "query",
    procedure: "comments.list",
    input: (c) => ({ siteId: c.siteId }),
    expect: allow(ROLES),
  },
  "start a thread": {
    kind: "mutation",
    procedure: "comments.create",
    input: (c) => ({ siteId: c.siteId, blockId: c.heroId, body: "Make it pop" }),
    expect: allow(ROLES),
  },
  reply: {
    kind: "mutation",
    procedure: "comments.reply",
    input: (c) => ({ siteId: c.siteId, threadId: c.threadId, body: "Agreed" }),
    expect: allow(ROLES),
  },
  "edit own comment": {
    kind: "mutation",
    procedure: "comments.edit",
    input: async (c, actor) => ({
      siteId: c.siteId,
      commentId: actor === "stranger" ? c.replyId : await ownComment(c, actor),
      body: "Mine, edited",
    }),
    expect: allow(ROLES),
  },
  "edit someone else's comment": {
    kind: "mutation",
    procedure: "comments.edit",
    input: (c) => ({ siteId: c.siteId, commentId: c.replyId, body: "Rewritten" }),
    expect: allow(["owner", "admin"]),
  },
  "edit a reviewer's comment": {
    kind: "mutation",
    procedure: "comments.edit",
    input: (c) => ({ siteId: c.siteId, commentId: c.reviewerCommentId, body: "Redacted" }),
    expect: allow(["owner", "admin"]),
  },
  resolve: {
    kind: "mutation",
    procedure: "comments.resolve",
    input: (c) => ({ siteId: c.siteId, threadId: c.threadId }),
    expect: allow(["owner", "admin", "editor"]),
  },
  reopen: {
    kind: "mutation",
    procedure: "comments.reopen",
    input: async (c) => {
      await deps.db.prisma.commentThread.update({
        where: { id: c.threadId },
        data: { resolvedAt: new Date(), resolvedById: author.user.id },
      });
      return { siteId: c.siteId, threadId: c.threadId };
    },
    expect: allow(["owner", "admin", "editor"]),
  },
  "delete a comment": {
    kind: "mutation",
    procedure: "comments.deleteComment",
    input: (c) => ({ siteId: c.siteId, commentId: c.replyId }),
    expect: allow(["owner", "admin"]),
  },
  "delete a thread": {
    kind: "mutation",
    procedure: "comments.deleteThread",
    input: (c) => ({ siteId: c.siteId, threadId: c.threadId }),
    expect: allow(["owner", "admin"]),
  },
};

const cells = Object.entries(actions).flatMap(([name, action]) =>
  (Object.keys(people) as Member[]).map((role) => [name, role, action.expect[role]] as const),
);

describe("comments by member role", () => {
  it.each(cells)("%s as %s -> %i", async (name, role, expected) => {
    const action = actions[name]!;
    const cell = await freshSite();
    const input = await action.input(cell, role);
    const before = await snapshot(cell.siteId);
    const result = await call(app, action.kind, action.procedure, input, {
      cookie: people[role].cookie,
    });
    expect(result.status, JSON.stringify(result.error)).toBe(expected);
    if (expected !== 200) expect(await snapshot(cell.siteId)).toEqual(before);
    if (expected === 200 && action.kind === "mutation") {
      expect(await snapshot(cell.siteId)).not.toEqual(before);
    }
  });

  it("agrees with the permission table the editor mirrors", () => {
    for (const role of ROLES) {
      expect(COMMENT_MATRIX[role].create).toBe(actions["start a thread"]!.expect[role] === 200);
      expect(COMMENT_MATRIX[role].editAny).toBe(
        actions["edit someone else's comment"]!.expect[role] === 200,
      );
      expect(COMMENT_MATRIX[role].resolve).toBe(actions.resolve!.expect[role] === 200);
      expect(COMMENT_MATRIX[role].delete).toBe(actions["delete a thread"]!.expect[role] === 200);
    }
  });

  it("covers every comments procedure of the API", async () => {
    const { appRouter } = await import("../../server/routers/_app.ts");
    const procedures = Object.keys(appRouter._def.procedures).filter((p) =>
      p.startsWith("comments."),
    );
    const tested = new Set(Object.values(actions).map((a) => a.procedure));
    expect(procedures.sort()).toEqual([...tested].sort());
  });
});

describe("comments by a reviewer through a preview link", () => {
  const reviewer = { name: "Rita Reviewer", email: "rita@example.com" };

  it("may read its link's threads, start threads and reply when the link allows comments", async () => {
    const cell = await freshSite();
    const ip = freshIp();
    const list = await app.inject({ url: `${cell.linkPath}_review/threads`, remoteAddress: ip });
    expect(list.statusCode).toBe(200);
    // Only the threads opened through this link: the team's own stay internal.
    expect(list.json().threads.map((t: { id: string }) => t.id)).toEqual([cell.reviewerThreadId]);

    const created = await reviewerPost(
      app,
      `${cell.linkPath}_review/threads`,
      { blockId: cell.heroId, body: "Bigger, please", ...reviewer },
      { ip },
    );
    expect(created.status).toBe(200);
    const reply = await reviewerPost(
      app,
      `${cell.linkPath}_review/threads/${cell.reviewerThreadId}/replies`,
      { body: "And bolder", ...reviewer },
      { ip },
    );
    expect(reply.status).toBe(200);
    expect(reply.body.thread.comments).toHaveLength(2);
  });

  it("may do nothing else: no replies to the team's threads, no edits, no resolving, no deleting", async () => {
    const cell = await freshSite();
    const before = await snapshot(cell.siteId);
    const ip = freshIp();
    // The team's own thread is not the reviewer's to see.
    const replyToTeam = await reviewerPost(
      app,
      `${cell.linkPath}_review/threads/${cell.threadId}/replies`,
      { body: "Sneaky", ...reviewer },
      { ip },
    );
    expect(replyToTeam.status).toBe(404);
    // There is no reviewer route for changing or removing anything...
    for (const path of [
      `_review/comments/${cell.reviewerCommentId}`,
      `_review/threads/${cell.reviewerThreadId}/resolve`,
      `_review/threads/${cell.reviewerThreadId}/delete`,
    ]) {
      const answer = await reviewerPost(app, `${cell.linkPath}${path}`, { body: "x" }, { ip });
      expect(answer.status).toBe(404);
    }
    // ...and the members' API wants an account.
    for (const [procedure, input] of [
      ["comments.edit", { siteId: cell.siteId, commentId: cell.reviewerCommentId, body: "x" }],
      ["comments.resolve", { siteId: cell.siteId, threadId: cell.reviewerThreadId }],
      ["comments.deleteThread", { siteId: cell.siteId, threadId: cell.reviewerThreadId }],
      ["comments.create", { siteId: cell.siteId, blockId: cell.heroId, body: "x" }],
    ] as const) {
      expect((await call(app, "mutation", procedure, input)).status).toBe(401);
    }
    expect(await snapshot(cell.siteId)).toEqual(before);
  });

  it("may not comment at all through a link that does not allow comments", async () => {
    const cell = await freshSite();
    const before = await snapshot(cell.siteId);
    const ip = freshIp();
    const list = await app.inject({
      url: `${cell.closedLinkPath}_review/threads`,
      remoteAddress: ip,
    });
    expect(list.statusCode).toBe(403);
    const created = await reviewerPost(
      app,
      `${cell.closedLinkPath}_review/threads`,
      { blockId: cell.heroId, body: "Hello", ...reviewer },
      { ip },
    );
    expect(created.status).toBe(403);
    const reply = await reviewerPost(
      app,
      `${cell.closedLinkPath}_review/threads/${cell.reviewerThreadId}/replies`,
      { body: "Hello", ...reviewer },
      { ip },
    );
    expect(reply.status).toBe(403);
    expect(await snapshot(cell.siteId)).toEqual(before);
  });
});
