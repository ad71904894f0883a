import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useIntl } from "react-intl";
import { useCanvasRuntime } from "../editor/canvas/runtime.ts";
import { useEditor, useUi } from "../editor/state/hooks.ts";
import { useReview, useThreads, type CommentThread } from "./useComments.ts";
import "./review.css";

/**
 * Pins on the canvas: one per block of the open page that has open comment threads (or the thread
 * open in the sidebar), at the block's top right corner, numbered with its open threads. Drawn in
 * the canvas stage above the frame (through the canvas runtime, which tells when layout changes),
 * so the canvas itself knows nothing about comments. Clicking a pin opens the thread in the
 * Comments tab and selects the block.
 */
export function CommentPins() {
  const session = useEditor();
  const intl = useIntl();
  const runtime = useCanvasRuntime();
  const threads = useThreads(session.site.id);
  const pageId = useUi((state) => state.pageId);
  const { activeThreadId, openThread } = useReview();
  const [stage, setStage] = useState<HTMLElement | null>(runtime.stage);
  const [, setLayout] = useState(0);

  useEffect(() => {
    setStage(runtime.stage);
    return runtime.subscribeLayout(() => {
      setStage(runtime.stage);
      setLayout((n) => n + 1);
    });
  }, [runtime]);

  if (!stage || !threads.data) return null;
  const byBlock = new Map<string, CommentThread[]>();
  for (const thread of threads.data.threads) {
    if (thread.detached || thread.pageId !== pageId) continue;
    if (thread.resolved && thread.id !== activeThreadId) continue;
    const list = byBlock.get(thread.blockId) ?? [];
    list.push(thread);
    byBlock.set(thread.blockId, list);
  }
  const pins = [...byBlock].flatMap(([blockId, list]) => {
    const rect = runtime.rectOf(blockId);
    if (!rect) return [];
    const scale = runtime.scale;
    const first = list[0]!;
    const active = list.some((t) => t.id === activeThreadId);
    const label = intl.formatMessage(
      {
        id: "review.pins.label",
        defaultMessage: "{count, plural, one {# comment thread} other {# comment threads}}: {text}",
      },
      { count: list.length, text: first.comments[0]?.body.slice(0, 80) ?? "" },
    );
    return [
      <button
        key={blockId}
        type="button"
        className={`comment-pin${active ? " comment-pin--active" : ""}`}
        data-block-id={blockId}
        aria-label={label}
        title={label}
        style={{
          transform: `translate(${(rect.left + rect.width) * scale - 18}px, ${rect.top * scale + 6}px)`,
        }}
        onPointerDown={(event) => event.stopPropagation()}
        onClick={(event) => {
          event.stopPropagation();
          openThread(first.id);
          session.commands.select(blockId);
          session.ui.set({ rightTab: "comments" });
        }}
      >
        {list.length}
      </button>,
    ];
  });
  return createPortal(<div className="comment-pins">{pins}</div>, stage);
}
