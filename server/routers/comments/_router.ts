import { router, siteProcedure } from "../../trpc.ts";
import {
  createThreadHandler,
  deleteCommentHandler,
  deleteThreadHandler,
  editCommentHandler,
  listCommentsHandler,
  reopenThreadHandler,
  replyHandler,
  resolveThreadHandler,
} from "./comments.handler.ts";
import {
  ZCommentRef,
  ZCreateThreadInput,
  ZEditCommentInput,
  ZListCommentsInput,
  ZReplyInput,
  ZThreadRef,
} from "./comments.schema.ts";

/**
 * Members' comments (reviewers comment through their preview link: server/review/preview-routes.ts).
 * The role each procedure requires comes from the site permission table (domain/permissions.ts);
 * "edit own or anyone's" is decided in the handler (server/review/permissions.ts).
 */
export const commentsRouter = router({
  list: siteProcedure("comments.list").input(ZListCommentsInput).query(listCommentsHandler),
  create: siteProcedure("comments.create").input(ZCreateThreadInput).mutation(createThreadHandler),
  reply: siteProcedure("comments.reply").input(ZReplyInput).mutation(replyHandler),
  edit: siteProcedure("comments.edit").input(ZEditCommentInput).mutation(editCommentHandler),
  resolve: siteProcedure("comments.resolve").input(ZThreadRef).mutation(resolveThreadHandler),
  reopen: siteProcedure("comments.reopen").input(ZThreadRef).mutation(reopenThreadHandler),
  deleteComment: siteProcedure("comments.deleteComment")
    .input(ZCommentRef)
    .mutation(deleteCommentHandler),
  deleteThread: siteProcedure("comments.deleteThread")
    .input(ZThreadRef)
    .mutation(deleteThreadHandler),
});
