import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";

export type CommentThread = RouterOutputs["comments"]["list"]["threads"][number];
export type ThreadComment = CommentThread["comments"][number];

/** How often the editor asks for new comments (reviewers' and teammates'), while it is open. */
export const COMMENTS_POLL_MS = 4_000;

/** Every thread of the site, kept fresh while the editor is open; pins and the sidebar share it. */
export function useThreads(siteId: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.comments.list.queryOptions({ siteId, status: "all" }),
    refetchInterval: COMMENTS_POLL_MS,
    staleTime: 0,
  });
}

/** The comment mutations, each refreshing the thread list when it lands. */
export function useCommentActions(siteId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.comments.list.pathKey() });
  return {
    create: useMutation(trpc.comments.create.mutationOptions({ onSuccess: refresh })),
    reply: useMutation(trpc.comments.reply.mutationOptions({ onSuccess: refresh })),
    edit: useMutation(trpc.comments.edit.mutationOptions({ onSuccess: refresh })),
    resolve: useMutation(trpc.comments.resolve.mutationOptions({ onSuccess: refresh })),
    reopen: useMutation(trpc.comments.reopen.mutationOptions({ onSuccess: refresh })),
    deleteComment: useMutation(trpc.comments.deleteComment.mutationOptions({ onSuccess: refresh })),
    deleteThread: useMutation(trpc.comments.deleteThread.mutationOptions({ onSuccess: refresh })),
    siteId,
  };
}

/** Which thread is open in the sidebar (a pin click or a mailed link opens one). */
export type ReviewState = {
  activeThreadId: string | null;
  openThread(threadId: string | null): void;
};

export const ReviewContext = createContext<ReviewState>({
  activeThreadId: null,
  openThread: () => {},
});

export function useReview(): ReviewState {
  return useContext(ReviewContext);
}

/** "@Name" for each mentioned member still named in the text: the ids to send. */
export function mentionedIds(body: string, picked: ReadonlyMap<string, string>): string[] {
  return [...picked].filter(([, name]) => body.includes(`@${name}`)).map(([id]) => id);
}
