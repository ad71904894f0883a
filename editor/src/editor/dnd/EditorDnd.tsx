import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { useIntl } from "react-intl";
import { useBlockWords } from "../../i18n/blockWords.ts";
import { message } from "../../i18n/message.ts";
import type { Slot } from "../commands/commands.ts";
import { mark } from "../perf.ts";
import { useEditor } from "../state/hooks.ts";
import { BlockIcon } from "../panels/BlockIcon.tsx";
import {
  currentSlot,
  describeSlot,
  movingId,
  pageSlots,
  sameSlot,
  type DragItem,
} from "./targets.ts";

/**
 * A place blocks can be dropped on: the canvas, the layers tree. Each says whether a point on
 * screen is over it and which slot is there; the provider asks them on every pointer move.
 */
export type DropSurface = {
  contains(clientX: number, clientY: number): boolean;
  slotAt(clientX: number, clientY: number, item: DragItem): Slot | null;
  /** The element to scroll when the pointer nears its top or bottom edge. */
  scrollElement(): HTMLElement | null;
  /** Brings a slot into view (keyboard drags). */
  reveal?(slot: Slot, item: DragItem): void;
};

type DndController = {
  addSurface(surface: DropSurface): () => void;
};

const DndControllerContext = createContext<DndController | null>(null);

export function useDropSurface(surface: DropSurface | null): void {
  const controller = useContext(DndControllerContext);
  useEffect(
    () => (surface && controller ? controller.addSurface(surface) : undefined),
    [controller, surface],
  );
}

/** Makes an element a drag source (library card, layer row, canvas block). */
export function useDragSource(id: string, item: DragItem | null, disabled = false) {
  const intl = useIntl();
  return useDraggable({
    id,
    data: item ?? undefined,
    disabled: disabled || item === null,
    // @dnd-kit's own aria-roledescription is "draggable", in English.
    attributes: { roleDescription: intl.formatMessage(ROLE_DESCRIPTION) },
  });
}

const ROLE_DESCRIPTION = message({
  id: "editor.dnd.roleDescription",
  defaultMessage: "draggable",
});

const INSTRUCTIONS = message({
  id: "editor.dnd.instructions",
  defaultMessage:
    "To move a block, press Space to pick it up. Use the up and down arrow keys to choose where it goes, into and out of sections and columns. Press Space or Enter to drop it, or Escape to cancel.",
});

const SCROLL_EDGE = 56;

/**
 * Drag and drop for the whole editor (@dnd-kit/core). We do our own hit testing: blocks on the
 * canvas are not dnd-kit droppables (1,000 of them would be measured on every drag); the pointer
 * position is mapped to a slot by the surface under it. Keyboard drags step through the page's
 * slots with the arrow keys and are announced to screen readers.
 */
export function EditorDndProvider({ children }: { children: ReactNode }) {
  const session = useEditor();
  const { ui, store, commands } = session;
  const intl = useIntl();
  const blockWords = useBlockWords();
  const surfaces = useRef(new Set<DropSurface>());
  const active = useRef<{
    item: DragItem;
    start: { x: number; y: number };
    slots: Slot[];
    index: number;
    pointer: { x: number; y: number };
  } | null>(null);
  const scrollLoop = useRef(0);
  const [overlay, setOverlay] = useState<DragItem | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const lastAnnounced = useRef("");

  const controller = useMemo<DndController>(
    () => ({
      addSurface(surface) {
        surfaces.current.add(surface);
        return () => surfaces.current.delete(surface);
      },
    }),
    [],
  );

  const announce = (text: string) => {
    if (text === lastAnnounced.current) return;
    lastAnnounced.current = text;
    setAnnouncement(text);
  };

  const labelOf = (item: DragItem) => blockWords.name(item.type);

  const setSlot = (slot: Slot | null, item: DragItem) => {
    const own = item.kind === "move" ? currentSlot(store, item.id) : null;
    ui.set({ drop: slot });
    if (slot === null) return;
    if (sameSlot(slot, own))
      announce(
        intl.formatMessage(
          { id: "editor.dnd.backHere", defaultMessage: "{block}: back at its place, {slot}." },
          { block: labelOf(item), slot: describeSlot(intl, store, slot, movingId(item)) },
        ),
      );
    else
      announce(
        intl.formatMessage(
          { id: "editor.dnd.over", defaultMessage: "{block}: {slot}." },
          { block: labelOf(item), slot: describeSlot(intl, store, slot, movingId(item)) },
        ),
      );
  };

  const locate = (x: number, y: number) => {
    const drag = active.current;
    if (!drag) return;
    drag.pointer = { x, y };
    for (const surface of surfaces.current) {
      if (surface.contains(x, y)) {
        setSlot(surface.slotAt(x, y, drag.item), drag.item);
        return;
      }
    }
    ui.set({ drop: null });
  };

  // Auto-scroll: near the top or bottom edge of a surface, scroll it, and find the slot again.
  const autoScroll = () => {
    cancelAnimationFrame(scrollLoop.current);
    const step = () => {
      const drag = active.current;
      if (!drag) return;
      const { x, y } = drag.pointer;
      let scrolled = false;
      for (const surface of surfaces.current) {
        const element = surface.scrollElement();
        if (!element) continue;
        const rect = element.getBoundingClientRect();
        if (x < rect.left || x > rect.right) continue;
        const speed =
          y < rect.top + SCROLL_EDGE && y >= rect.top - 8
            ? -Math.ceil((rect.top + SCROLL_EDGE - y) / 3)
            : y > rect.bottom - SCROLL_EDGE && y <= rect.bottom + 8
              ? Math.ceil((y - (rect.bottom - SCROLL_EDGE)) / 3)
              : 0;
        if (speed !== 0) {
          const before = element.scrollTop;
          element.scrollTop += speed;
          if (element.scrollTop !== before) scrolled = true;
        }
      }
      if (scrolled) {
        locate(x, y);
        scrollLoop.current = requestAnimationFrame(step);
      }
    };
    scrollLoop.current = requestAnimationFrame(step);
  };

  const coordinateGetter: KeyboardCoordinateGetter = (event, { currentCoordinates }) => {
    const drag = active.current;
    if (!drag) return undefined;
    const delta =
      event.code === "ArrowDown" || event.code === "ArrowRight"
        ? 1
        : event.code === "ArrowUp" || event.code === "ArrowLeft"
          ? -1
          : 0;
    if (delta === 0) return undefined;
    event.preventDefault();
    const next = drag.index + delta;
    if (next < 0 || next >= drag.slots.length) {
      announce(
        intl.formatMessage(
          {
            id: "editor.dnd.edge",
            defaultMessage:
              "{block}: {top, select, yes {already at the top of the page} other {already at the end of the page}}.",
          },
          { block: labelOf(drag.item), top: delta < 0 ? "yes" : "no" },
        ),
      );
      return currentCoordinates;
    }
    drag.index = next;
    const slot = drag.slots[next]!;
    setSlot(slot, drag.item);
    for (const surface of surfaces.current) surface.reveal?.(slot, drag.item);
    return currentCoordinates;
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      keyboardCodes: { start: ["Space"], cancel: ["Escape"], end: ["Space", "Enter"] },
    }),
  );

  const onDragStart = (event: DragStartEvent) => {
    const item = event.active.data.current as DragItem | undefined;
    if (!item || session.readOnly) return;
    const keyboard = event.activatorEvent instanceof KeyboardEvent;
    const pageId = ui.get().pageId;
    const moving = movingId(item);
    const slots = keyboard && pageId ? pageSlots(store, pageId, item.type, moving) : [];
    // A block already on the page starts at its place; a new one next to the selection.
    const own = moving
      ? currentSlot(store, moving)
      : keyboard
        ? commands.slotNearSelection(item.type)
        : null;
    const index = own ? slots.findIndex((slot) => sameSlot(slot, own)) : -1;
    const pointer = pointerOf(event.activatorEvent);
    active.current = {
      item,
      start: pointer,
      slots,
      index: index >= 0 ? index : slots.length - 1,
      pointer,
    };
    if (moving) commands.select(moving);
    ui.set({
      drag: { label: labelOf(item), type: item.type, moving, keyboard },
      drop: keyboard ? own : null,
      inlineEdit: null,
    });
    setOverlay(keyboard ? null : item);
    lastAnnounced.current = "";
    announce(
      keyboard
        ? intl.formatMessage(
            {
              id: "editor.dnd.pickedKeyboard",
              defaultMessage:
                "Picked up {block}. {where, select, is {It is {slot}. } would {It would go {slot}. } other {}}Use the arrow keys to move it, Space to drop it, Escape to cancel.",
            },
            {
              block: labelOf(item),
              where: own ? (moving ? "is" : "would") : "none",
              slot: own ? describeSlot(intl, store, own, moving) : "",
            },
          )
        : intl.formatMessage(
            { id: "editor.dnd.picked", defaultMessage: "Picked up {block}." },
            { block: labelOf(item) },
          ),
    );
    mark("pegasus:drag-start");
  };

  const onDragMove = (event: DragMoveEvent) => {
    const drag = active.current;
    if (!drag || ui.get().drag?.keyboard) return;
    const x = drag.start.x + event.delta.x;
    const y = drag.start.y + event.delta.y;
    locate(x, y);
    autoScroll();
  };

  const finish = (drop: boolean) => {
    const drag = active.current;
    active.current = null;
    cancelAnimationFrame(scrollLoop.current);
    const slot = ui.get().drop;
    const keyboardDrag = ui.get().drag?.keyboard === true;
    ui.set({ drag: null, drop: null });
    setOverlay(null);
    if (!drag) return;
    const label = labelOf(drag.item);
    if (!drop || !slot) {
      announce(
        drop
          ? intl.formatMessage(
              {
                id: "editor.dnd.nowhere",
                defaultMessage: "{block} was not moved: there is no place for it there.",
              },
              { block: label },
            )
          : intl.formatMessage(
              {
                id: "editor.dnd.cancelled",
                defaultMessage: "Cancelled. {block} is back where it was.",
              },
              { block: label },
            ),
      );
      return;
    }
    if (drag.item.kind === "new") {
      const id = commands.insertNew(drag.item.type, slot);
      if (id)
        announce(
          intl.formatMessage(
            { id: "editor.dnd.added", defaultMessage: "Added {block} {slot}." },
            { block: label, slot: describeSlot(intl, store, slot, null) },
          ),
        );
    } else {
      const own = currentSlot(store, drag.item.id);
      if (sameSlot(own, slot)) {
        announce(
          intl.formatMessage(
            { id: "editor.dnd.stays", defaultMessage: "{block} stays where it was." },
            { block: label },
          ),
        );
        return;
      }
      if (commands.move(drag.item.id, slot)) {
        announce(
          intl.formatMessage(
            { id: "editor.dnd.dropped", defaultMessage: "Dropped {block} {slot}." },
            { block: label, slot: describeSlot(intl, store, slot, drag.item.id) },
          ),
        );
        commands.select(drag.item.id);
        // The row moved in the layers tree (and lost the focus on the way): give it back.
        if (keyboardDrag) refocusLayer(drag.item.id);
      }
    }
  };

  return (
    <DndControllerContext.Provider value={controller}>
      <DndContext
        sensors={sensors}
        autoScroll={false}
        onDragStart={onDragStart}
        onDragMove={onDragMove}
        onDragEnd={(_event: DragEndEvent) => finish(true)}
        onDragCancel={() => finish(false)}
        accessibility={{
          announcements: {
            onDragStart: () => undefined,
            onDragOver: () => undefined,
            onDragEnd: () => undefined,
            onDragCancel: () => undefined,
          },
          screenReaderInstructions: { draggable: intl.formatMessage(INSTRUCTIONS) },
        }}
      >
        {children}
        {/* Never under the pointer for hit testing: the layers tree looks at what is there. */}
        <DragOverlay dropAnimation={null} style={{ pointerEvents: "none" }}>
          {overlay ? (
            <div className="drag-chip">
              <BlockIcon type={overlay.type} />
              {labelOf(overlay)}
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      <div
        id="editor-announcements"
        className="visually-hidden"
        role="status"
        aria-live="assertive"
        aria-atomic="true"
      >
        {announcement}
      </div>
    </DndControllerContext.Provider>
  );
}

function refocusLayer(id: string): void {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`[data-layer-id="${id}"]`)?.focus(),
  );
}

function pointerOf(event: Event): { x: number; y: number } {
  if ("clientX" in event && typeof (event as PointerEvent).clientX === "number") {
    return { x: (event as PointerEvent).clientX, y: (event as PointerEvent).clientY };
  }
  const target = event.target as HTMLElement | null;
  const rect = target?.getBoundingClientRect();
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : { x: 0, y: 0 };
}
