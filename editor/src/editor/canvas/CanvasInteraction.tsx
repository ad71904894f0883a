import { useMemo, useRef, type MouseEvent, type PointerEvent } from "react";
import { useDragSource, useDropSurface, type DropSurface } from "../dnd/EditorDnd.tsx";
import { canvasSlot, type DragItem } from "../dnd/targets.ts";
import { mark } from "../perf.ts";
import { useEditor, useUi } from "../state/hooks.ts";
import {
  findEditable,
  firstEditable,
  startInlineText,
  type EditableTarget,
} from "./inlineEditing.ts";
import { useCanvasRuntime, type CanvasRuntime } from "./runtime.ts";
import type { EditorSession } from "../session/EditorSession.ts";

/**
 * A transparent layer over the canvas that turns pointer input into editor actions: hover shows a
 * block's outline, a click selects it, a double click edits its text in place, a drag moves it,
 * a right click opens the block menu. Being in the editor's own document, drags that start here,
 * in the library or in the layers tree all share one pointer stream.
 */
export function CanvasInteraction({ ready }: { ready: boolean }) {
  const session = useEditor();
  const runtime = useCanvasRuntime();
  const editing = useUi((state) => state.inlineEdit !== null);
  const hoverFrame = useRef(0);
  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  // Mutated at pointer down: dnd-kit reads it when the drag starts, a few pixels later.
  const item = useMemo(() => ({ kind: "move" as const, id: "", type: "" }), []);
  const { listeners, setNodeRef } = useDragSource(
    "canvas-block",
    item as DragItem,
    session.readOnly,
  );

  const surface = useMemo<DropSurface>(
    () => ({
      contains: (x, y) => runtime.contains(x, y),
      slotAt: (x, y, dragged) => {
        const pageId = session.ui.get().pageId;
        const point = runtime.toFrame(x, y);
        if (!pageId || !point) return null;
        return canvasSlot(
          session.store,
          runtime,
          pageId,
          point,
          dragged.type,
          dragged.kind === "move" ? dragged.id : null,
        );
      },
      scrollElement: () => runtime.stage?.closest<HTMLElement>(".editor__canvas") ?? null,
      reveal: (slot) => revealSlot(session, runtime, slot),
    }),
    [runtime, session],
  );
  useDropSurface(surface);

  const hit = (event: { clientX: number; clientY: number }) => {
    const point = runtime.toFrame(event.clientX, event.clientY);
    if (!point) return null;
    const found = runtime.blockAt(point.x, point.y);
    if (!found || !session.store.isShown(found.id)) return null;
    return found;
  };

  const onPointerMove = (event: PointerEvent) => {
    if (session.ui.get().drag) return;
    const { clientX, clientY } = event;
    cancelAnimationFrame(hoverFrame.current);
    hoverFrame.current = requestAnimationFrame(() => {
      session.ui.set({ hoveredId: hit({ clientX, clientY })?.id ?? null });
    });
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    pressedAt.current = { x: event.clientX, y: event.clientY };
    event.currentTarget.focus({ preventScroll: true });
    const found = hit(event);
    if (!found || session.readOnly) return;
    item.id = found.id;
    item.type = session.store.getBlock(found.id)?.type ?? "";
    listeners?.onPointerDown?.(event);
  };

  const onClick = (event: MouseEvent) => {
    // The click that ends a drag is not a selection (the dropped block is selected already).
    const start = pressedAt.current;
    if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > 4) return;
    mark("pegasus:select-click");
    const found = hit(event);
    session.commands.select(found?.id ?? null);
  };

  const onDoubleClick = (event: MouseEvent) => {
    const found = hit(event);
    if (!found || session.readOnly) return;
    startEditingAt(session, runtime, found.id, found.element);
  };

  const onContextMenu = (event: MouseEvent) => {
    event.preventDefault();
    const found = hit(event);
    if (!found) return;
    session.commands.select(found.id);
    session.ui.set({ menu: { blockId: found.id, x: event.clientX, y: event.clientY } });
  };

  return (
    <div
      ref={setNodeRef}
      className="canvas__input"
      data-ready={ready || undefined}
      style={{ pointerEvents: editing || !ready ? "none" : undefined }}
      tabIndex={-1}
      aria-hidden="true"
      onPointerMove={onPointerMove}
      onPointerLeave={() => session.ui.set({ hoveredId: null })}
      onPointerDown={onPointerDown}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
      onContextMenu={onContextMenu}
    />
  );
}

/** Starts editing the text (or rich text) of a block in place, at an element of it. */
export function startEditingAt(
  session: EditorSession,
  runtime: CanvasRuntime,
  blockId: string,
  target: Element,
): boolean {
  const snapshot = session.store.getBlock(blockId);
  const blockElement = runtime.elementOf(blockId);
  if (!snapshot || !blockElement) return false;
  return startEditing(session, runtime, blockId, findEditable(snapshot, blockElement, target));
}

/** Starts editing the first text of a block in place (Enter on a selected block). */
export function startEditingFirst(
  session: EditorSession,
  runtime: CanvasRuntime,
  blockId: string,
): boolean {
  const snapshot = session.store.getBlock(blockId);
  const blockElement = runtime.elementOf(blockId);
  if (!snapshot || !blockElement) return false;
  return startEditing(session, runtime, blockId, firstEditable(snapshot, blockElement));
}

function startEditing(
  session: EditorSession,
  runtime: CanvasRuntime,
  blockId: string,
  editable: EditableTarget | null,
): boolean {
  if (!editable || session.readOnly) return false;
  session.commands.select(blockId);
  if (editable.kind === "text") {
    startInlineText(session, runtime, blockId, editable);
  } else {
    session.ui.set({ inlineEdit: { blockId, kind: "richtext", path: editable.path } });
  }
  return true;
}

/** Scrolls the editor so that a keyboard drag's slot is in view. */
function revealSlot(
  session: EditorSession,
  runtime: CanvasRuntime,
  slot: { parentKey: string; index: number },
): void {
  const siblings = session.store
    .getChildren(slot.parentKey)
    .filter((id) => id !== session.ui.get().drag?.moving);
  const anchor =
    siblings[Math.min(slot.index, siblings.length - 1)] ??
    (slot.parentKey.startsWith("page:") ? null : slot.parentKey);
  const rect = anchor ? runtime.rectOf(anchor) : null;
  const scroller = runtime.stage?.closest<HTMLElement>(".editor__canvas");
  if (!rect || !scroller || !runtime.stage) return;
  const stageTop =
    runtime.stage.getBoundingClientRect().top -
    scroller.getBoundingClientRect().top +
    scroller.scrollTop;
  const top = stageTop + rect.top * runtime.scale;
  const bottom = top + Math.min(rect.height * runtime.scale, scroller.clientHeight / 2);
  if (top < scroller.scrollTop + 40 || bottom > scroller.scrollTop + scroller.clientHeight - 40) {
    scroller.scrollTo({ top: Math.max(0, top - scroller.clientHeight / 3) });
  }
}
