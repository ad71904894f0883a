import type { SiteRole } from "../db/generated/enums.ts";

/**
 * Who may do what with comments. One table, read by the tRPC handlers, the reviewer routes and
 * (mirrored) the editor, and checked cell by cell in tests/review/comment-matrix.test.ts.
 *
 * | action              | owner | admin | editor | viewer | reviewer (link allows comments) |
 * | ------------------- | ----- | ----- | ------ | ------ | ------------------------------- |
 * | read threads        | yes   | yes   | yes    | yes    | threads opened through its link |
 * | start a thread      | yes   | yes   | yes    | yes    | yes                             |
 * | reply               | yes   | yes   | yes    | yes    | yes (its link's open threads)   |
 * | edit own comment    | yes   | yes   | yes    | yes    | no                              |
 * | edit anyone's       | yes   | yes   | no     | no     | no                              |
 * | resolve / reopen    | yes   | yes   | yes    | no     | no                              |
 * | delete (any)        | yes   | yes   | no     | no     | no                              |
 *
 * Owners and admins moderate (edit or delete anything); a reviewer with a link that does not allow
 * comments sees no comments at all.
 */
export const COMMENT_ACTIONS = [
  "read",
  "create",
  "reply",
  "editOwn",
  "editAny",
  "resolve",
  "delete",
] as const;
export type CommentAction = (typeof COMMENT_ACTIONS)[number];
export type CommentActorKind = SiteRole | "reviewer";

const ALL: Record<CommentAction, boolean> = {
  read: true,
  create: true,
  reply: true,
  editOwn: true,
  editAny: true,
  resolve: true,
  delete: true,
};

export const COMMENT_MATRIX: Readonly<
  Record<CommentActorKind, Readonly<Record<CommentAction, boolean>>>
> = {
  owner: ALL,
  admin: ALL,
  editor: { ...ALL, editAny: false, delete: false },
  viewer: { ...ALL, editAny: false, resolve: false, delete: false },
  reviewer: {
    read: true,
    create: true,
    reply: true,
    editOwn: false,
    editAny: false,
    resolve: false,
    delete: false,
  },
};

/** The minimum site role for each member action (what the tRPC procedure checks first). */
export const MIN_ROLE_FOR: Readonly<Record<CommentAction, SiteRole>> = {
  read: "viewer",
  create: "viewer",
  reply: "viewer",
  editOwn: "viewer",
  editAny: "admin",
  resolve: "editor",
  delete: "admin",
};

export type CommentActor =
  | { kind: "member"; userId: string; role: SiteRole }
  | { kind: "reviewer"; linkId: string; allowComments: boolean };

export function actorKind(actor: CommentActor): CommentActorKind {
  return actor.kind === "member" ? actor.role : "reviewer";
}

/** May `actor` do `action`? For reviewers the link must allow comments at all. */
export function mayComment(actor: CommentActor, action: CommentAction): boolean {
  if (actor.kind === "reviewer" && !actor.allowComments) return false;
  return COMMENT_MATRIX[actorKind(actor)][action];
}

/** May `actor` edit this comment: their own (members only), or anyone's when they moderate. */
export function mayEditComment(actor: CommentActor, comment: { authorId: string | null }): boolean {
  if (mayComment(actor, "editAny")) return true;
  return (
    actor.kind === "member" && comment.authorId === actor.userId && mayComment(actor, "editOwn")
  );
}
