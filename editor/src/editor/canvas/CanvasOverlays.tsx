import { useLayoutEffect, useState, type CSSProperties } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { shared } from "../i18n/messages.ts";
import { MoreIcon, TrashIcon } from "../../ui/icons.tsx";
import { useDragSource } from "../dnd/EditorDnd.tsx";
import { axisOf, siblingsFor } from "../dnd/targets.ts";
import { ArrowDownIcon, ArrowUpIcon, DuplicateIcon, GripIcon } from "../icons.tsx";
import type { Collaborator } from "../session/presence.ts";
import { useBlock, useCollaborators, useEditor, useUi } from "../state/hooks.ts";
import { useBlockWords } from "../../i18n/blockWords.ts";
import { useCanvasRuntime, type CanvasRuntime, type FrameRect } from "./runtime.ts";

/** A frame rect in stage coordinates (the frame is scaled to fit). */
function onStage(rect: FrameRect, scale: number): CSSProperties {
  return {
    transform: `translate(${rect.left * scale}px, ${rect.top * scale}px)`,
    width: rect.width * scale,
    height: rect.height * scale,
  };
}

/**
 * Measures something on the canvas before the browser paints, and again whenever the canvas'
 * layout may have changed; re-renders only when the measure changes.
 */
function useMeasured<T>(measure: () => T | null, deps: readonly unknown[]): T | null {
  const runtime = useCanvasRuntime();
  const [value, setValue] = useState<T | null>(null);
  useLayoutEffect(() => {
    const update = () => {
      const next = measure();
      setValue((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
    };
    update();
    return runtime.subscribeLayout(update);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what `measure` reads
  }, [runtime, ...deps]);
  return value;
}

function useBlockRect(id: string | null): FrameRect | null {
  const runtime = useCanvasRuntime();
  const rect = useMeasured(() => (id ? runtime.rectOf(id) : null), [id]);
  return id ? rect : null;
}

/**
 * What the editor draws over the canvas: the hovered block's outline, the selected block's frame
 * and toolbar, the blocks collaborators have selected (in their colour, with their name), and the
 * drop indicator while dragging.
 */
export function CanvasOverlays() {
  const dragging = useUi((state) => state.drag !== null);
  return (
    <div className="canvas__overlays" aria-hidden={dragging || undefined}>
      <HoverOutline />
      <CollaboratorOutlines />
      <SelectionFrame />
      <DropIndicator />
    </div>
  );
}

function HoverOutline() {
  const runtime = useCanvasRuntime();
  const hovered = useUi((state) => (state.drag || state.inlineEdit ? null : state.hoveredId));
  const selected = useUi((state) => state.selectedId);
  const id = hovered !== selected ? hovered : null;
  const rect = useBlockRect(id);
  const block = useBlock(id);
  const blockWords = useBlockWords();
  if (!id || !rect || !block) return null;
  return (
    <div className="canvas-box canvas-box--hover" style={onStage(rect, runtime.scale)}>
      <span className="canvas-box__label">{blockWords.name(block.type)}</span>
    </div>
  );
}

function SelectionFrame() {
  const session = useEditor();
  const intl = useIntl();
  const runtime = useCanvasRuntime();
  const selected = useUi((state) => state.selectedId);
  const editing = useUi((state) => state.inlineEdit?.blockId === state.selectedId);
  const dragging = useUi((state) => state.drag !== null);
  const rect = useBlockRect(selected);
  const block = useBlock(selected);
  const item =
    selected && block ? ({ kind: "move", id: selected, type: block.type } as const) : null;
  const handle = useDragSource("selection-handle", item, session.readOnly);
  const blockWords = useBlockWords();
  if (!selected || !rect || !block) return null;
  const label = blockWords.name(block.type);
  const { commands } = session;
  return (
    <div
      className={`canvas-box canvas-box--selected${editing ? " canvas-box--editing" : ""}`}
      style={onStage(rect, runtime.scale)}
      data-selected-block={selected}
    >
      {dragging || editing ? null : (
        <div
          className="canvas-toolbar"
          role="toolbar"
          aria-label={intl.formatMessage(
            { id: "editor.menu.label", defaultMessage: "{block} actions" },
            { block: label },
          )}
          data-flip={rect.top * runtime.scale < 34 || undefined}
        >
          <span className="canvas-toolbar__name">{label}</span>
          {session.readOnly ? null : (
            <>
              <button
                ref={handle.setNodeRef}
                type="button"
                className="canvas-toolbar__button canvas-toolbar__grip"
                aria-label={intl.formatMessage(
                  { id: "editor.canvas.drag", defaultMessage: "Drag {block}" },
                  { block: label },
                )}
                title={intl.formatMessage({
                  id: "editor.canvas.dragTitle",
                  defaultMessage: "Drag to move",
                })}
                {...handle.listeners}
              >
                <GripIcon size={14} />
              </button>
              <button
                type="button"
                className="canvas-toolbar__button"
                aria-label={intl.formatMessage(shared.moveUp)}
                title={intl.formatMessage({
                  id: "editor.canvas.moveUpTitle",
                  defaultMessage: "Move up (Alt+↑)",
                })}
                onClick={() => commands.moveBy(selected, -1)}
              >
                <ArrowUpIcon size={14} />
              </button>
              <button
                type="button"
                className="canvas-toolbar__button"
                aria-label={intl.formatMessage(shared.moveDown)}
                title={intl.formatMessage({
                  id: "editor.canvas.moveDownTitle",
                  defaultMessage: "Move down (Alt+↓)",
                })}
                onClick={() => commands.moveBy(selected, 1)}
              >
                <ArrowDownIcon size={14} />
              </button>
              <button
                type="button"
                className="canvas-toolbar__button"
                aria-label={intl.formatMessage({
                  id: "editor.menu.duplicate",
                  defaultMessage: "Duplicate",
                })}
                title={intl.formatMessage({
                  id: "editor.canvas.duplicateTitle",
                  defaultMessage: "Duplicate (Ctrl+D)",
                })}
                onClick={() => commands.duplicate(selected)}
              >
                <DuplicateIcon size={14} />
              </button>
              <button
                type="button"
                className="canvas-toolbar__button"
                aria-label={intl.formatMessage({
                  id: "editor.menu.delete",
                  defaultMessage: "Delete",
                })}
                title={intl.formatMessage({
                  id: "editor.canvas.deleteTitle",
                  defaultMessage: "Delete (Del)",
                })}
                onClick={() => commands.remove(selected)}
              >
                <TrashIcon size={14} />
              </button>
              <button
                type="button"
                className="canvas-toolbar__button"
                aria-label={intl.formatMessage({
                  id: "editor.canvas.more",
                  defaultMessage: "More actions",
                })}
                title={intl.formatMessage({
                  id: "editor.canvas.more",
                  defaultMessage: "More actions",
                })}
                onClick={(event) => {
                  const box = event.currentTarget.getBoundingClientRect();
                  session.ui.set({ menu: { blockId: selected, x: box.left, y: box.bottom + 4 } });
                }}
              >
                <MoreIcon size={14} />
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}

function CollaboratorOutlines() {
  const pageId = useUi((state) => state.pageId);
  const others = useCollaborators();
  const here = others.filter(
    (person) => person.pageId === pageId && (person.selection.length > 0 || person.typingIn),
  );
  return (
    <>
      {here.map((person) => (
        <CollaboratorOutline key={person.clientId} person={person} />
      ))}
    </>
  );
}

function CollaboratorOutline({ person }: { person: Collaborator }) {
  const runtime = useCanvasRuntime();
  const id = person.typingIn ?? person.selection[0] ?? null;
  const rect = useBlockRect(id);
  if (!id || !rect) return null;
  return (
    <div
      className="canvas-box canvas-box--remote"
      style={{ ...onStage(rect, runtime.scale), "--person": person.color } as CSSProperties}
      data-remote-selection={id}
      data-person={person.name}
    >
      <span className="canvas-box__person">
        {person.name}
        {person.typingIn === id ? (
          <span className="canvas-box__typing">
            <FormattedMessage id="editor.canvas.typing" defaultMessage=" is typing…" />
          </span>
        ) : null}
      </span>
    </div>
  );
}

function DropIndicator() {
  const session = useEditor();
  const runtime = useCanvasRuntime();
  const drop = useUi((state) => state.drop);
  const moving = useUi((state) => state.drag?.moving ?? null);
  const style = useMeasured(() => {
    const rt = runtime;
    if (!drop) return null;
    const siblings = siblingsFor(session.store, drop.parentKey, moving);
    if (siblings.length === 0) {
      const container = drop.parentKey.startsWith("page:")
        ? frameRectOf(rt, rt.doc?.querySelector("[data-canvas-empty]") ?? null)
        : rt.rectOf(drop.parentKey);
      return container ? { kind: "inside" as const, rect: container } : null;
    }
    const axis = axisOf(rt, siblings);
    const after = drop.index >= siblings.length;
    const anchor = siblings[after ? siblings.length - 1 : drop.index]!;
    const rect = rt.rectOf(anchor);
    if (!rect) return null;
    const line: FrameRect =
      axis === "y"
        ? {
            left: rect.left,
            top: (after ? rect.top + rect.height : rect.top) - 2,
            width: rect.width,
            height: 4,
          }
        : {
            left: (after ? rect.left + rect.width : rect.left) - 2,
            top: rect.top,
            width: 4,
            height: rect.height,
          };
    return { kind: "line" as const, rect: line };
  }, [drop, moving]);
  if (!drop || !style) return null;
  return (
    <div
      className={style.kind === "line" ? "canvas-drop-line" : "canvas-drop-inside"}
      style={onStage(style.rect, runtime.scale)}
      data-drop-indicator=""
    />
  );
}

function frameRectOf(_runtime: CanvasRuntime, element: Element | null): FrameRect | null {
  if (!element) return null;
  const rect = element.getBoundingClientRect();
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}
