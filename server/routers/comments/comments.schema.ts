import { z } from "zod";
import { MAX_COMMENT_LENGTH } from "../../review/comments.ts";

const ZBody = z
  .string()
  .trim()
  .min(1, "Write a comment first.")
  .max(MAX_COMMENT_LENGTH, `Use at most ${MAX_COMMENT_LENGTH} characters.`);

/** Members' user ids; each gets a mail. */
const ZMentions = z
  .array(z.uuid("mentions are user ids"))
  .max(20, "Mention at most 20 people.")
  .default([]);

export const ZListCommentsInput = z.object({
  pageId: z.string().min(1).max(64).optional(),
  status: z.enum(["open", "resolved", "all"]).default("all"),
});

export const ZCreateThreadInput = z.object({
  blockId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Pick a block to comment on."),
  /** The page the block is on in the editor (for a block too new to be in the stored draft). */
  pageId: z.string().min(1).max(64).optional(),
  body: ZBody,
  mentions: ZMentions,
});

export const ZReplyInput = z.object({ threadId: z.uuid(), body: ZBody, mentions: ZMentions });
export const ZEditCommentInput = z.object({
  commentId: z.uuid(),
  body: ZBody,
  mentions: ZMentions,
});
export const ZThreadRef = z.object({ threadId: z.uuid("threadId must be a thread id") });
export const ZCommentRef = z.object({ commentId: z.uuid("commentId must be a comment id") });
