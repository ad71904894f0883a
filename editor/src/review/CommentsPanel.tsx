import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { toProblem } from "../api/errors.ts";
import { useBlockWords } from "../i18n/blockWords.ts";
import { useTime } from "../lib/time.ts";
import { Avatar } from "../ui/Avatar.tsx";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { CheckIcon, PencilIcon, RestoreIcon, TrashIcon } from "../ui/icons.tsx";
import { Notice } from "../ui/Notice.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { CommentComposer } from "./CommentComposer.tsx";
import {
  useCommentActions,
  useReview,
  useThreads,
  type CommentThread,
  type ThreadComment,
} from "./useComments.ts";
import "./review.css";

/** What the comments panel needs from the editor around it (the editor session, or a test). */
export type CommentsHost = {
  siteId: string;
  currentUserId: string;
  /** The page open on the canvas. */
  pageId: string | null;
  /** The selected block and the page it is on, if any. */
  selected: { blockId: string; type: string; pageId: string | null } | null;
  /** The type of a block still in the document, or null when it is gone. */
  blockType(blockId: string): string | null;
  /** Shows a block: opens its page and selects it. */
  selectBlock(blockId: string): void;
};

type Filter = "page" | "all";

/**
 * The comments sidebar: threads on the open page (or every page), detached threads (their block
 * was deleted) apart, resolved ones on request; start a thread on the selected block, reply,
 * mention teammates, edit, resolve, reopen and delete, as the server allows each (`can`).
 */
export function CommentsPanel({ host }: { host: CommentsHost }) {
  const threads = useThreads(host.siteId);
  const [filter, setFilter] = useState<Filter>("page");
  const [showResolved, setShowResolved] = useState(false);
  const { activeThreadId } = useReview();
  const intl = useIntl();

  if (threads.isPending) {
    return (
      <div className="comments-panel">
        <Skeleton height={80} radius={8} />
      </div>
    );
  }
  if (threads.isError) {
    return (
      <div className="comments-panel">
        <Notice
          tone="danger"
          title={intl.formatMessage({
            id: "review.comments.loadFailed",
            defaultMessage: "Comments could not be loaded",
          })}
        >
          {toProblem(threads.error).message}
        </Notice>
      </div>
    );
  }
  const all = threads.data.threads;
  const visible = all.filter(
    (t) =>
      (showResolved || !t.resolved || t.id === activeThreadId) &&
      (filter === "all" || t.pageId === host.pageId || t.id === activeThreadId),
  );
  const attached = visible.filter((t) => !t.detached);
  const detached = visible.filter((t) => t.detached);
  const open = all.filter((t) => !t.resolved).length;

  return (
    <div className="comments-panel">
      <div className="comments-panel__head">
        <p className="comments-panel__count">
          <FormattedMessage
            id="review.comments.openCount"
            defaultMessage="{count, plural, =0 {No open comments} one {# open comment} other {# open comments}}"
            values={{ count: open }}
          />
        </p>
        <div className="comments-panel__filters">
          <label>
            <span className="visually-hidden">
              <FormattedMessage
                id="review.comments.filterLabel"
                defaultMessage="Show comments from"
              />
            </span>
            <select value={filter} onChange={(event) => setFilter(event.target.value as Filter)}>
              <option value="page">
                {intl.formatMessage({
                  id: "review.comments.thisPage",
                  defaultMessage: "This page",
                })}
              </option>
              <option value="all">
                {intl.formatMessage({
                  id: "review.comments.allPages",
                  defaultMessage: "All pages",
                })}
              </option>
            </select>
          </label>
          <label className="review-checkbox">
            <input
              type="checkbox"
              checked={showResolved}
              onChange={(event) => setShowResolved(event.target.checked)}
            />
            <span>
              <FormattedMessage id="review.comments.showResolved" defaultMessage="Resolved" />
            </span>
          </label>
        </div>
      </div>
      <NewThread host={host} />
      {attached.length === 0 && detached.length === 0 ? (
        <p className="comments-panel__empty">
          {filter === "page" ? (
            <FormattedMessage
              id="review.comments.emptyPage"
              defaultMessage="No comments on this page."
            />
          ) : (
            <FormattedMessage id="review.comments.empty" defaultMessage="No comments yet." />
          )}
        </p>
      ) : null}
      <ol
        className="comments-panel__threads"
        aria-label={intl.formatMessage({
          id: "review.comments.threads",
          defaultMessage: "Comment threads",
        })}
      >
        {attached.map((thread) => (
          <ThreadCard key={thread.id} thread={thread} host={host} showPage={filter === "all"} />
        ))}
      </ol>
      {detached.length > 0 ? (
        <section aria-labelledby="detached-threads">
          <h3 id="detached-threads" className="comments-panel__section">
            <FormattedMessage
              id="review.comments.detachedTitle"
              defaultMessage="Detached: their block was deleted"
            />
          </h3>
          <ol
            className="comments-panel__threads"
            aria-label={intl.formatMessage({
              id: "review.comments.detachedThreads",
              defaultMessage: "Detached threads",
            })}
          >
            {detached.map((thread) => (
              <ThreadCard key={thread.id} thread={thread} host={host} showPage />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

/** A thread's block in the app's language (the "blocks" area is loaded by the editor route). */
function useBlockLabel(): (type: string | null) => string {
  const intl = useIntl();
  const words = useBlockWords();
  return (type) =>
    type
      ? words.name(type)
      : intl.formatMessage({ id: "review.comments.deletedBlock", defaultMessage: "Deleted block" });
}

function NewThread({ host }: { host: CommentsHost }) {
  const actions = useCommentActions(host.siteId);
  const { openThread } = useReview();
  const blockLabel = useBlockLabel();
  const intl = useIntl();
  if (!host.selected) {
    return (
      <p className="comments-panel__hint">
        <FormattedMessage
          id="review.comments.selectHint"
          defaultMessage="Select a block on the canvas to comment on it."
        />
      </p>
    );
  }
  const { blockId, type, pageId } = host.selected;
  return (
    <div className="comments-panel__new">
      <p className="comments-panel__target">
        <FormattedMessage
          id="review.comments.newOn"
          defaultMessage="New comment on <strong>{block}</strong>"
          values={{ block: blockLabel(type), strong: (chunks) => <strong>{chunks}</strong> }}
        />
      </p>
      <CommentComposer
        key={blockId}
        siteId={host.siteId}
        currentUserId={host.currentUserId}
        label={intl.formatMessage(
          { id: "review.comments.newPlaceholder", defaultMessage: "Comment on the {block}" },
          { block: blockLabel(type) },
        )}
        submitLabel={intl.formatMessage({
          id: "review.comments.submit",
          defaultMessage: "Comment",
        })}
        onSubmit={async ({ body, mentions }) => {
          const created = await actions.create.mutateAsync({
            siteId: host.siteId,
            blockId,
            ...(pageId ? { pageId } : {}),
            body,
            mentions,
          });
          openThread(created.threadId);
        }}
      />
    </div>
  );
}

function ThreadCard({
  thread,
  host,
  showPage,
}: {
  thread: CommentThread;
  host: CommentsHost;
  showPage: boolean;
}) {
  const { activeThreadId, openThread } = useReview();
  const actions = useCommentActions(host.siteId);
  const blockLabel = useBlockLabel();
  const intl = useIntl();
  const active = activeThreadId === thread.id;
  const type = host.blockType(thread.blockId);
  const [error, setError] = useState<string | null>(null);
  const run = (promise: Promise<unknown>) =>
    promise.then(
      () => setError(null),
      (failure: unknown) => setError(toProblem(failure).message),
    );

  return (
    <li
      className={`comment-thread${active ? " comment-thread--active" : ""}${thread.resolved ? " comment-thread--resolved" : ""}`}
      aria-label={intl.formatMessage(
        {
          id: "review.comments.threadLabel",
          defaultMessage:
            "{resolved, select, yes {Comment on {block} (resolved)} other {Comment on {block}}}",
        },
        { block: blockLabel(type), resolved: thread.resolved ? "yes" : "no" },
      )}
      data-thread-id={thread.id}
    >
      <div className="comment-thread__head">
        <button
          type="button"
          className="comment-thread__target"
          disabled={thread.detached}
          onClick={() => {
            openThread(thread.id);
            if (!thread.detached) host.selectBlock(thread.blockId);
          }}
        >
          {blockLabel(thread.detached ? null : type)}
          {showPage && thread.pageTitle ? (
            <span className="comment-thread__page">{thread.pageTitle}</span>
          ) : null}
        </button>
        {thread.resolved ? (
          <Badge tone="success">
            <FormattedMessage id="review.comments.resolvedBadge" defaultMessage="Resolved" />
          </Badge>
        ) : null}
        {thread.previewLink ? (
          <Badge tone="neutral">
            {thread.previewLink.label ? (
              <FormattedMessage
                id="review.comments.via"
                defaultMessage="Via {link}"
                values={{ link: thread.previewLink.label }}
              />
            ) : (
              <FormattedMessage
                id="review.comments.viaPreviewLink"
                defaultMessage="Via a preview link"
              />
            )}
          </Badge>
        ) : null}
      </div>
      <ol className="comment-thread__comments">
        {thread.comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} host={host} run={run} />
        ))}
      </ol>
      {error ? (
        <p className="comment-thread__error" role="alert">
          {error}
        </p>
      ) : null}
      {active || thread.comments.length === 1 ? (
        thread.can.reply ? (
          <CommentComposer
            siteId={host.siteId}
            currentUserId={host.currentUserId}
            label={intl.formatMessage({ id: "review.comments.reply", defaultMessage: "Reply" })}
            submitLabel={intl.formatMessage({
              id: "review.comments.replySubmit",
              defaultMessage: "Reply",
            })}
            onSubmit={({ body, mentions }) =>
              actions.reply.mutateAsync({
                siteId: host.siteId,
                threadId: thread.id,
                body,
                mentions,
              })
            }
          />
        ) : null
      ) : (
        <button
          type="button"
          className="comment-thread__more"
          onClick={() => openThread(thread.id)}
        >
          <FormattedMessage id="review.comments.openReply" defaultMessage="Reply" />
        </button>
      )}
      <div className="comment-thread__actions">
        {thread.can.resolve ? (
          thread.resolved ? (
            <Button
              size="sm"
              variant="ghost"
              icon={<RestoreIcon size={14} />}
              onClick={() =>
                void run(actions.reopen.mutateAsync({ siteId: host.siteId, threadId: thread.id }))
              }
            >
              <FormattedMessage id="review.comments.reopen" defaultMessage="Reopen" />
            </Button>
          ) : (
            <Button
              size="sm"
              variant="secondary"
              icon={<CheckIcon size={14} />}
              onClick={() =>
                void run(actions.resolve.mutateAsync({ siteId: host.siteId, threadId: thread.id }))
              }
            >
              <FormattedMessage id="review.comments.resolve" defaultMessage="Resolve" />
            </Button>
          )
        ) : null}
        {thread.can.delete ? (
          <Button
            size="sm"
            variant="danger-ghost"
            icon={<TrashIcon size={14} />}
            onClick={() => {
              if (
                window.confirm(
                  intl.formatMessage({
                    id: "review.comments.confirmDeleteThread",
                    defaultMessage: "Delete this thread and all its replies?",
                  }),
                )
              ) {
                void run(
                  actions.deleteThread.mutateAsync({ siteId: host.siteId, threadId: thread.id }),
                );
              }
            }}
          >
            <FormattedMessage id="review.comments.deleteThread" defaultMessage="Delete" />
          </Button>
        ) : null}
      </div>
    </li>
  );
}

function CommentItem({
  comment,
  host,
  run,
}: {
  comment: ThreadComment;
  host: CommentsHost;
  run: (promise: Promise<unknown>) => Promise<void>;
}) {
  const actions = useCommentActions(host.siteId);
  const [editing, setEditing] = useState(false);
  const reviewer = comment.author.kind === "reviewer";
  const intl = useIntl();
  const { timeFrom } = useTime();
  const author = comment.author.name;
  return (
    <li className="comment">
      <div className="comment__head">
        <Avatar name={comment.author.name} size="sm" />
        <span className="comment__author">{comment.author.name}</span>
        {comment.author.kind === "reviewer" ? (
          <span className="comment__reviewer" title={comment.author.email ?? undefined}>
            {comment.author.email ? (
              <FormattedMessage
                id="review.comments.reviewerWithEmail"
                defaultMessage="Reviewer · {email}"
                values={{ email: comment.author.email }}
              />
            ) : (
              <FormattedMessage id="review.comments.reviewer" defaultMessage="Reviewer" />
            )}
          </span>
        ) : null}
        <time
          className="comment__time"
          dateTime={comment.createdAt}
          title={intl.formatDate(comment.createdAt, { dateStyle: "medium", timeStyle: "short" })}
        >
          {timeFrom(comment.createdAt)}
        </time>
      </div>
      {editing ? (
        <CommentComposer
          siteId={host.siteId}
          currentUserId={host.currentUserId}
          label={intl.formatMessage({
            id: "review.comments.editLabel",
            defaultMessage: "Edit comment",
          })}
          submitLabel={intl.formatMessage({
            id: "review.comments.save",
            defaultMessage: "Save",
          })}
          initialBody={comment.body}
          initialMentions={comment.mentions}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async ({ body, mentions }) => {
            await actions.edit.mutateAsync({
              siteId: host.siteId,
              commentId: comment.id,
              body,
              mentions,
            });
            setEditing(false);
          }}
        />
      ) : (
        <p className="comment__body">
          {comment.body}
          {comment.editedAt ? (
            <span className="comment__edited">
              <FormattedMessage id="review.comments.edited" defaultMessage="(edited)" />
            </span>
          ) : null}
        </p>
      )}
      {!editing && (comment.can.edit || comment.can.delete) ? (
        <div className="comment__actions">
          {comment.can.edit ? (
            <button
              type="button"
              onClick={() => setEditing(true)}
              aria-label={intl.formatMessage(
                { id: "review.comments.editBy", defaultMessage: "Edit comment by {author}" },
                { author },
              )}
            >
              <PencilIcon size={12} />
              <FormattedMessage id="review.comments.edit" defaultMessage="Edit" />
            </button>
          ) : null}
          {comment.can.delete ? (
            <button
              type="button"
              aria-label={intl.formatMessage(
                { id: "review.comments.deleteBy", defaultMessage: "Delete comment by {author}" },
                { author },
              )}
              onClick={() => {
                if (
                  window.confirm(
                    reviewer
                      ? intl.formatMessage({
                          id: "review.comments.confirmDeleteReviewer",
                          defaultMessage: "Delete this reviewer’s comment?",
                        })
                      : intl.formatMessage({
                          id: "review.comments.confirmDelete",
                          defaultMessage: "Delete this comment?",
                        }),
                  )
                ) {
                  void run(
                    actions.deleteComment.mutateAsync({
                      siteId: host.siteId,
                      commentId: comment.id,
                    }),
                  );
                }
              }}
            >
              <TrashIcon size={12} />
              <FormattedMessage id="review.comments.delete" defaultMessage="Delete" />
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
