/**
 * Where a dragged block lands. A drop target is a slot: an index among the children of a page
 * (`page:<id>`) or of a container block, counted without the block being moved (the index
 * `moveBlock` takes). Pointer drags find the slot under the pointer on the canvas or in the layers
 * tree; keyboard drags step through every slot of the page in reading order.
 */
import type { IntlShape } from "react-intl";
import { canContain, getBlockDefinition } from "../../../../blocks/registry.ts";
import { pageIdOfParent, pageParent } from "../../../../collab/doc/layout.ts";
import type { Slot } from "../commands/commands.ts";
import type { FrameRect } from "../canvas/runtime.ts";
import type { DocStore } from "../state/docStore.ts";

/** What is being dragged: a new block from the library, or a block already on the page. */
export type DragItem =
  | { readonly kind: "new"; readonly type: string }
  | { readonly kind: "move"; readonly id: string; readonly type: string };

export function movingId(item: DragItem | null): string | null {
  return item?.kind === "move" ? item.id : null;
}

/** The children of a parent without the moved block: the list a slot index counts in. */
export function siblingsFor(
  store: DocStore,
  parentKey: string,
  moving: string | null,
): readonly string[] {
  const children = store.getChildren(parentKey);
  return moving && children.includes(moving) ? children.filter((id) => id !== moving) : children;
}

function isContainer(type: string): boolean {
  const allowed = getBlockDefinition(type)?.allowedChildren;
  return allowed !== undefined && allowed !== "none";
}

/** True when `candidate` is `ancestor` or below it. */
function within(store: DocStore, ancestor: string, candidate: string): boolean {
  const tree = store.getTree();
  for (
    let current: string | undefined = candidate;
    current !== undefined;
    current = tree.parentOf.get(current)
  ) {
    if (current === ancestor) return true;
  }
  return false;
}

/** What the canvas knows about where blocks are drawn, in frame coordinates. */
export type CanvasGeometry = {
  rectOf(id: string): FrameRect | null;
  blockAt(x: number, y: number): { id: string } | null;
};

/** Whether a parent lays its children out side by side (columns on a wide screen). */
export function axisOf(geometry: CanvasGeometry, childIds: readonly string[]): "x" | "y" {
  if (childIds.length < 2) return "y";
  const a = geometry.rectOf(childIds[0]!);
  const b = geometry.rectOf(childIds[1]!);
  if (!a || !b) return "y";
  return Math.abs(a.top - b.top) < 4 && b.left >= a.left + a.width - 1 ? "x" : "y";
}

/** The slot among `siblings` of `parentKey` nearest to a point, by their midpoints. */
function slotAmong(
  geometry: CanvasGeometry,
  parentKey: string,
  siblings: readonly string[],
  x: number,
  y: number,
): Slot {
  const axis = axisOf(geometry, siblings);
  for (let i = 0; i < siblings.length; i++) {
    const rect = geometry.rectOf(siblings[i]!);
    if (!rect) continue;
    const before = axis === "y" ? y < rect.top + rect.height / 2 : x < rect.left + rect.width / 2;
    if (before) return { parentKey, index: i };
  }
  return { parentKey, index: siblings.length };
}

/**
 * The slot under a point of the canvas for a block of `type` (`moving` = the id of a block being
 * moved, or null for a new one). Near the top or bottom edge of a container the block goes beside
 * it; inside, among its children. Places the block may not go (by `canContain`) are skipped by
 * climbing to the nearest parent that takes it.
 */
export function canvasSlot(
  store: DocStore,
  geometry: CanvasGeometry,
  pageId: string,
  point: { x: number; y: number },
  type: string,
  moving: string | null,
): Slot | null {
  const pageKey = pageParent(pageId);
  const tree = store.getTree();
  let hit = geometry.blockAt(point.x, point.y)?.id ?? null;
  if (hit !== null && tree.pageOf.get(hit) !== pageId) hit = null;
  // Over the moved block itself: aim at its own place (dropping there changes nothing).
  if (hit !== null && moving !== null && within(store, moving, hit)) hit = moving;

  const pageSlot = (): Slot | null =>
    canContain("page", type)
      ? slotAmong(geometry, pageKey, siblingsFor(store, pageKey, moving), point.x, point.y)
      : null;
  if (hit === null) return pageSlot();

  let current: string = hit;
  for (;;) {
    const node = tree.nodes.get(current);
    const parent = tree.parentOf.get(current);
    if (!node || parent === undefined) return pageSlot();
    const parentType = store.typeOf(parent);
    const parentTakes = canContain(parentType, type);
    if (current !== moving && isContainer(node.type) && canContain(node.type, type)) {
      const rect = geometry.rectOf(current);
      const edge = rect ? Math.min(16, rect.height * 0.2) : 0;
      const inEdge =
        rect !== null && (point.y < rect.top + edge || point.y > rect.top + rect.height - edge);
      if (!parentTakes || !inEdge) {
        return slotAmong(geometry, current, siblingsFor(store, current, moving), point.x, point.y);
      }
    }
    if (parentTakes) {
      const siblings = siblingsFor(store, parent, moving);
      if (current === moving) {
        const index = store.getChildren(parent).indexOf(moving);
        return { parentKey: parent, index };
      }
      const rect = geometry.rectOf(current);
      const index = siblings.indexOf(current);
      if (!rect || index < 0) return { parentKey: parent, index: siblings.length };
      const axis = axisOf(geometry, siblings);
      const before =
        axis === "y" ? point.y < rect.top + rect.height / 2 : point.x < rect.left + rect.width / 2;
      return { parentKey: parent, index: before ? index : index + 1 };
    }
    if (pageIdOfParent(parent) !== null) return pageSlot();
    current = parent;
  }
}

/**
 * Every slot of a page a block of `type` may go to, in reading order: before each child of each
 * parent that takes it, and at the end of each. The block's own subtree is left out.
 */
export function pageSlots(
  store: DocStore,
  pageId: string,
  type: string,
  moving: string | null,
): Slot[] {
  const slots: Slot[] = [];
  const visit = (parentKey: string) => {
    const takes = canContain(store.typeOf(parentKey), type);
    const children = siblingsFor(store, parentKey, moving);
    children.forEach((child, index) => {
      if (takes) slots.push({ parentKey, index });
      const childType = store.typeOf(child);
      if (isContainer(childType)) visit(child);
    });
    if (takes) slots.push({ parentKey, index: children.length });
  };
  visit(pageParent(pageId));
  return slots;
}

/** The slot a moved block sits in now (its own place). */
export function currentSlot(store: DocStore, id: string): Slot | null {
  const parent = store.getTree().parentOf.get(id);
  if (parent === undefined) return null;
  return { parentKey: parent, index: store.getChildren(parent).indexOf(id) };
}

export function sameSlot(a: Slot | null, b: Slot | null): boolean {
  return a !== null && b !== null && a.parentKey === b.parentKey && a.index === b.index;
}

/** A slot in words, for screen readers: "Inside Section, position 2 of 3". */
export function describeSlot(
  intl: IntlShape,
  store: DocStore,
  slot: Slot,
  moving: string | null,
): string {
  const count = siblingsFor(store, slot.parentKey, moving).length + 1;
  const onPage = pageIdOfParent(slot.parentKey) !== null;
  return intl.formatMessage(
    {
      id: "editor.dnd.slot",
      defaultMessage:
        "{onPage, select, yes {on the page} other {inside {parent}}}, position {position} of {count}",
    },
    {
      onPage: onPage ? "yes" : "no",
      parent: onPage ? "" : store.describeBlock(slot.parentKey),
      position: slot.index + 1,
      count,
    },
  );
}
