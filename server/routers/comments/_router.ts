import { MIN_ROLE_FOR } from "../../review/permissions.ts";
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
 * The role each procedure requires comes from the one permission table (server/review/permissions.ts);
 * "edit own or anyone's" is decided in the handler.
 */
export const commentsRouter = router({
  list: siteProcedure(MIN_ROLE_FOR.read).input(ZListCommentsInput).query(listCommentsHandler),
  create: siteProcedure(MIN_ROLE_FOR.create)
    .input(ZCreateThreadInput)
    .mutation(createThreadHandler),
  reply: siteProcedure(MIN_ROLE_FOR.reply).input(ZReplyInput).mutation(replyHandler),
  edit: siteProcedure(MIN_ROLE_FOR.editOwn).input(ZEditCommentInput).mutation(editCommentHandler),
  resolve: siteProcedure(MIN_ROLE_FOR.resolve).input(ZThreadRef).mutation(resolveThreadHandler),
  reopen: siteProcedure(MIN_ROLE_FOR.resolve).input(ZThreadRef).mutation(reopenThreadHandler),
  deleteComment: siteProcedure(MIN_ROLE_FOR.delete)
    .input(ZCommentRef)
    .mutation(deleteCommentHandler),
  deleteThread: siteProcedure(MIN_ROLE_FOR.delete).input(ZThreadRef).mutation(deleteThreadHandler),
});
