import { useEffect, useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useCurrentUser } from "../api/session.ts";
import type { EditorExtension } from "../editor/extensions.ts";
import { useEditor, useUi } from "../editor/state/hooks.ts";
import { Button } from "../ui/Button.tsx";
import { Dialog, DialogBody } from "../ui/Dialog.tsx";
import { GlobeIcon } from "../ui/icons.tsx";
import { message } from "../i18n/message.ts";
import { CommentPins } from "./CommentPins.tsx";
import { CommentsPanel, type CommentsHost } from "./CommentsPanel.tsx";
import { PreviewLinksPanel } from "./PreviewLinks.tsx";
import { can } from "../../../domain/permissions.ts";
import { ReviewContext, useThreads } from "./useComments.ts";

/**
 * Review in the editor, through its extension points (editor/src/editor/extensions.ts): a
 * "Comments" tab in the right panel, a "Share" button in the top bar (preview links), and a
 * provider that holds the open thread, draws the pins on the canvas and opens the thread a mailed
 * link names (`?thread=<id>`).
 */
export const reviewExtension: EditorExtension = {
  id: "review",
  rightPanelTabs: [
    {
      id: "comments",
      label: message({ id: "review.tab.comments", defaultMessage: "Comments" }),
      order: 30,
      Panel: CommentsTab,
    },
  ],
  topBarItems: [{ id: "share", Item: ShareButton }],
  Provider: ReviewProvider,
};

function ReviewProvider({ children }: { children: ReactNode }) {
  const session = useEditor();
  const [activeThreadId, setActive] = useState<string | null>(null);
  const [linked, setLinked] = useState<string | null>(null);
  const threads = useThreads(session.site.id);
  useEffect(() => {
    const thread = new URLSearchParams(window.location.search).get("thread");
    if (thread) {
      setActive(thread);
      setLinked(thread);
      session.ui.set({ rightTab: "comments" });
    }
  }, [session]);
  // A mailed link names a thread: once it is known, show its block (its page opens with it).
  useEffect(() => {
    if (!linked || !threads.data) return;
    const thread = threads.data.threads.find((t) => t.id === linked);
    if (thread && !thread.detached) session.commands.select(thread.blockId);
    setLinked(null);
  }, [linked, threads.data, session]);
  return (
    <ReviewContext.Provider value={{ activeThreadId, openThread: setActive }}>
      {children}
      <CommentPins />
    </ReviewContext.Provider>
  );
}

function CommentsTab() {
  const session = useEditor();
  const user = useCurrentUser();
  const pageId = useUi((state) => state.pageId);
  const selectedId = useUi((state) => state.selectedId);
  const selectedType = selectedId ? (session.store.getBlock(selectedId)?.type ?? null) : null;
  const host: CommentsHost = {
    siteId: session.site.id,
    currentUserId: user.id,
    pageId,
    selected:
      selectedId && selectedType
        ? {
            blockId: selectedId,
            type: selectedType,
            pageId: session.store.getTree().pageOf.get(selectedId) ?? null,
          }
        : null,
    blockType: (blockId) =>
      session.store.isShown(blockId) ? (session.store.getBlock(blockId)?.type ?? null) : null,
    selectBlock: (blockId) => session.commands.select(blockId),
  };
  return <CommentsPanel host={host} />;
}

function ShareButton() {
  const session = useEditor();
  const [open, setOpen] = useState(false);
  const intl = useIntl();
  if (!can(session.site.role, "preview.create")) return null;
  return (
    <>
      <Button
        size="sm"
        variant="secondary"
        icon={<GlobeIcon size={14} />}
        onClick={() => setOpen(true)}
      >
        <FormattedMessage id="review.share.button" defaultMessage="Share preview" />
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={intl.formatMessage({ id: "review.share.title", defaultMessage: "Share a preview" })}
        description={intl.formatMessage({
          id: "review.share.description",
          defaultMessage:
            "Anyone with the link can look at the site (and comment, if you allow it), without an account. Nobody can change it.",
        })}
      >
        <DialogBody>
          <PreviewLinksPanel siteId={session.site.id} />
        </DialogBody>
      </Dialog>
    </>
  );
}
