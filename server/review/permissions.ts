import { can, SITE_ROLES, type SiteAction, type SiteRole } from "../../domain/permissions.ts";

/**
 * Who may do what with comments. Members may do what the site permission table
 * (domain/permissions.ts) allows their role; reviewers (no account, a preview link) have their
 * own row here. Checked cell by cell in tests/review/comment-matrix.test.ts.
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

/** The site action each comment action is for a member. */
const SITE_ACTION_FOR: Readonly<Record<CommentAction, SiteAction>> = {
  read: "comments.list",
  create: "comments.create",
  reply: "comments.reply",
  editOwn: "comments.edit",
  editAny: "comments.editAny",
  resolve: "comments.resolve",
  delete: "comments.deleteThread",
};

function memberRow(role: SiteRole): Record<CommentAction, boolean> {
  return Object.fromEntries(
    COMMENT_ACTIONS.map((action) => [action, can(role, SITE_ACTION_FOR[action])]),
  ) as Record<CommentAction, boolean>;
}

export const COMMENT_MATRIX: Readonly<
  Record<CommentActorKind, Readonly<Record<CommentAction, boolean>>>
> = {
  ...(Object.fromEntries(SITE_ROLES.map((role) => [role, memberRow(role)])) as Record<
    SiteRole,
    Record<CommentAction, boolean>
  >),
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
