import {
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
} from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { FieldDefinition } from "../../../../blocks/fields/types.ts";
import { canContain, getBlockDefinition } from "../../../../blocks/registry.ts";
import { pageIdOfParent, pageParent } from "../../../../collab/doc/layout.ts";
import type { Slot } from "../commands/commands.ts";
import { useDragSource, useDropSurface, type DropSurface } from "../dnd/EditorDnd.tsx";
import { currentSlot, siblingsFor, type DragItem } from "../dnd/targets.ts";
import { useBlockWords } from "../../i18n/blockWords.ts";
import { ChevronRightIcon } from "../icons.tsx";
import type { EditorSession } from "../session/EditorSession.ts";
import type { BlockSnapshot } from "../state/docStore.ts";
import {
  useBlock,
  useChildren,
  useCollaborators,
  useEditor,
  usePages,
  useUi,
} from "../state/hooks.ts";
import { BlockIcon } from "./BlockIcon.tsx";

const SUMMARY_KEYS = ["heading", "title", "text", "label", "name", "question"];

/** A short text that tells two blocks of the same type apart: their main text. */
export function blockSummary(snapshot: BlockSnapshot | null): string {
  if (!snapshot?.parsed.ok) return "";
  const definition = getBlockDefinition(snapshot.type);
  if (!definition) return "";
  const texts = Object.entries(definition.fields as Record<string, FieldDefinition>)
    .filter(([key, field]) => {
      const value = snapshot.parsed.ok ? snapshot.parsed.props[key] : undefined;
      return (
        (field.kind === "text" || field.kind === "textarea") &&
        typeof value === "string" &&
        value.trim() !== ""
      );
    })
    .map(([key]) => key);
  // The main text first: a hero is told apart by its heading, not by the small text above it.
  const key = SUMMARY_KEYS.find((candidate) => texts.includes(candidate)) ?? texts[0];
  if (!key) return "";
  const text = String(snapshot.parsed.props[key]).trim();
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

function isContainer(type: string): boolean {
  const allowed = getBlockDefinition(type)?.allowedChildren;
  return allowed !== undefined && allowed !== "none";
}

/**
 * The page's blocks as a tree: click or arrow keys to select, the chevron (or Left/Right) to open
 * and close containers, drag a row (or pick it up with Space, move with the arrows, drop with
 * Space) to move a block, also into and out of containers.
 */
export function LayersTree() {
  const session = useEditor();
  const pageId = useUi((state) => state.pageId);
  const pages = usePages();
  const page = pages.find((candidate) => candidate.id === pageId);
  const pageKey = pageId ? pageParent(pageId) : "";
  const ids = useChildren(pageKey);
  const tree = useRef<HTMLDivElement>(null);
  const intl = useIntl();

  const surface = useMemo<DropSurface>(
    () => ({
      contains: (x, y) => {
        const rect = tree.current?.closest(".editor__panel")?.getBoundingClientRect();
        return !!rect && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
      },
      slotAt: (x, y, item) => layersSlot(session, tree.current, x, y, item),
      scrollElement: () => tree.current?.closest<HTMLElement>(".editor__panel") ?? null,
      reveal: (slot) => {
        if (pageIdOfParent(slot.parentKey) === null)
          session.ui.expandTo([slot.parentKey, ...session.store.ancestorsOf(slot.parentKey)]);
      },
    }),
    [session],
  );
  useDropSurface(surface);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (session.ui.get().drag || event.altKey || event.metaKey || event.ctrlKey) return;
    const rows = Array.from(tree.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? []);
    const current = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    const index = current ? rows.indexOf(current) : -1;
    const id = current?.dataset.layerId ?? null;
    const focusRow = (row: HTMLElement | undefined) => {
      if (!row) return;
      row.focus();
      session.commands.select(row.dataset.layerId ?? null);
    };
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        focusRow(rows[index + 1]);
        break;
      case "ArrowUp":
        event.preventDefault();
        focusRow(rows[index - 1]);
        break;
      case "Home":
        event.preventDefault();
        focusRow(rows[0]);
        break;
      case "End":
        event.preventDefault();
        focusRow(rows[rows.length - 1]);
        break;
      case "ArrowRight": {
        if (!id) return;
        event.preventDefault();
        const children = session.store.getChildren(id);
        if (!isContainer(session.store.typeOf(id)) || children.length === 0) return;
        if (!session.ui.get().expanded.has(id)) session.ui.toggleExpanded(id, true);
        else focusRow(rows[index + 1]);
        break;
      }
      case "ArrowLeft": {
        if (!id) return;
        event.preventDefault();
        if (session.ui.get().expanded.has(id) && session.store.getChildren(id).length > 0) {
          session.ui.toggleExpanded(id, false);
          return;
        }
        const parent = session.store.getTree().parentOf.get(id);
        if (parent && pageIdOfParent(parent) === null)
          focusRow(rows.find((row) => row.dataset.layerId === parent));
        break;
      }
      case "Enter":
        if (!id) return;
        event.preventDefault();
        session.commands.select(id);
        break;
    }
  };

  return (
    <div className="layers">
      <p className="layers__page">
        {page ? (
          <FormattedMessage
            id="editor.layers.of"
            defaultMessage="Layers of <strong>{page}</strong>"
            values={{ page: page.title, strong: (words) => <strong>{words}</strong> }}
          />
        ) : null}
      </p>
      {ids.length === 0 ? (
        <p className="layers__empty">
          <FormattedMessage
            id="editor.layers.empty"
            defaultMessage="No blocks on this page yet. Drag one here or onto the page from <strong>Add</strong>."
            values={{ strong: (words) => <strong>{words}</strong> }}
          />
        </p>
      ) : null}
      <div
        ref={tree}
        className="layers__tree"
        role="tree"
        aria-label={
          page
            ? intl.formatMessage(
                { id: "editor.layers.ofPlain", defaultMessage: "Layers of {page}" },
                { page: page.title },
              )
            : intl.formatMessage({ id: "editor.left.layers", defaultMessage: "Layers" })
        }
        onKeyDown={onKeyDown}
      >
        {ids.map((id, index) => (
          <LayerItem key={id} id={id} depth={1} first={index === 0} />
        ))}
        <LayersDropIndicator container={tree} />
      </div>
    </div>
  );
}

const LayerItem = memo(function LayerItem({
  id,
  depth,
  first,
}: {
  id: string;
  depth: number;
  first: boolean;
}) {
  const session = useEditor();
  const block = useBlock(id);
  const children = useChildren(id);
  const selected = useUi((state) => state.selectedId === id);
  const hasSelection = useUi((state) => state.selectedId !== null);
  const expanded = useUi((state) => state.expanded.has(id));
  const others = useCollaborators();
  const intl = useIntl();
  const type = block?.type ?? "";
  const blockWords = useBlockWords();
  const container = isContainer(type);
  const item: DragItem | null = block ? { kind: "move", id, type } : null;
  const { attributes, listeners, setNodeRef, isDragging } = useDragSource(
    `layer-${id}`,
    item,
    session.readOnly,
  );
  const row = useRef<HTMLDivElement | null>(null);
  const seenBy = others.filter((person) => person.selection.includes(id));

  // The selected row is scrolled into view (when the selection came from the canvas).
  useLayoutEffect(() => {
    if (selected && row.current && row.current.ownerDocument.activeElement !== row.current) {
      row.current.scrollIntoView?.({ block: "nearest" });
    }
  }, [selected]);

  if (!block) return null;
  const summary = blockSummary(block);
  const label = blockWords.name(type);
  return (
    <div role="none" className="layer" data-layer-item={id}>
      <div
        ref={(element) => {
          row.current = element;
          setNodeRef(element);
        }}
        {...attributes}
        {...listeners}
        role="treeitem"
        aria-roledescription={undefined}
        aria-level={depth}
        aria-selected={selected}
        aria-expanded={container && children.length > 0 ? expanded : undefined}
        aria-label={
          summary
            ? intl.formatMessage(
                { id: "editor.layers.summary", defaultMessage: "{block}: {summary}" },
                { block: label, summary },
              )
            : label
        }
        tabIndex={selected || (!hasSelection && first) ? 0 : -1}
        className="layer__row"
        data-layer-id={id}
        data-depth={depth}
        data-dragging={isDragging || undefined}
        style={{ paddingLeft: 8 + (depth - 1) * 16 }}
        onClick={() => session.commands.select(id)}
        onContextMenu={(event) => {
          event.preventDefault();
          session.commands.select(id);
          session.ui.set({ menu: { blockId: id, x: event.clientX, y: event.clientY } });
        }}
      >
        {container && children.length > 0 ? (
          <button
            type="button"
            className="layer__toggle"
            aria-label={intl.formatMessage(
              {
                id: "editor.layers.toggle",
                defaultMessage: "{open, select, yes {Close {block}} other {Open {block}}}",
              },
              { open: expanded ? "yes" : "no", block: label },
            )}
            tabIndex={-1}
            data-open={expanded || undefined}
            onPointerDown={(event) => event.stopPropagation()}
            onClick={(event) => {
              event.stopPropagation();
              session.ui.toggleExpanded(id);
            }}
          >
            <ChevronRightIcon size={14} />
          </button>
        ) : (
          <span className="layer__toggle-space" />
        )}
        <span className="layer__icon">
          <BlockIcon type={type} size={15} />
        </span>
        <span className="layer__label">{label}</span>
        {summary ? <span className="layer__summary">{summary}</span> : null}
        {seenBy.map((person) => (
          <span
            key={person.clientId}
            className="layer__person"
            style={{ background: person.color }}
            title={intl.formatMessage(
              { id: "editor.layers.seenBy", defaultMessage: "{name} has this selected" },
              { name: person.name },
            )}
          />
        ))}
      </div>
      {container && expanded && children.length > 0 ? (
        <div role="group">
          {children.map((childId) => (
            <LayerItem key={childId} id={childId} depth={depth + 1} first={false} />
          ))}
        </div>
      ) : null}
    </div>
  );
});

/** The slot under a point of the layers tree. */
function layersSlot(
  session: EditorSession,
  tree: HTMLElement | null,
  x: number,
  y: number,
  item: DragItem,
): Slot | null {
  const pageId = session.ui.get().pageId;
  if (!tree || !pageId) return null;
  const { store } = session;
  const moving = item.kind === "move" ? item.id : null;
  const pageKey = pageParent(pageId);
  const element = tree.ownerDocument.elementFromPoint(x, y);
  const row = element?.closest<HTMLElement>("[data-layer-id]");
  if (!row || !tree.contains(row)) {
    // Below the last row: the end of the page.
    return canContain("page", item.type)
      ? { parentKey: pageKey, index: siblingsFor(store, pageKey, moving).length }
      : null;
  }
  const id = row.dataset.layerId!;
  const rect = row.getBoundingClientRect();
  const rel = (y - rect.top) / Math.max(1, rect.height);
  const blockTree = store.getTree();
  if (moving) {
    for (let current: string | undefined = id; current; current = blockTree.parentOf.get(current)) {
      if (current === moving) return currentSlot(store, moving);
    }
  }
  const type = store.typeOf(id);
  if (isContainer(type) && canContain(type, item.type)) {
    const expanded = session.ui.get().expanded.has(id);
    const kids = siblingsFor(store, id, moving);
    if (rel >= 0.25 && rel <= 0.75) return { parentKey: id, index: kids.length };
    if (rel > 0.75 && expanded && kids.length > 0) return { parentKey: id, index: 0 };
  }
  let current = id;
  for (;;) {
    const parent = blockTree.parentOf.get(current);
    if (parent === undefined) return null;
    if (canContain(store.typeOf(parent), item.type)) {
      const siblings = siblingsFor(store, parent, moving);
      const index = siblings.indexOf(current);
      return { parentKey: parent, index: rel < 0.5 ? index : index + 1 };
    }
    if (pageIdOfParent(parent) !== null) return null;
    current = parent;
  }
}

function LayersDropIndicator({ container }: { container: RefObject<HTMLDivElement | null> }) {
  const session = useEditor();
  const drop = useUi((state) => state.drop);
  const moving = useUi((state) => state.drag?.moving ?? null);
  const [shown, setShown] = useState<{ inside: boolean; style: CSSProperties } | null>(null);
  useLayoutEffect(() => {
    const root = container.current;
    if (!drop || !root) return setShown(null);
    const box = root.getBoundingClientRect();
    const siblings = siblingsFor(session.store, drop.parentKey, moving);
    if (siblings.length === 0) {
      if (pageIdOfParent(drop.parentKey) !== null) {
        return setShown({ inside: false, style: { top: 0, left: 8, right: 8, height: 3 } });
      }
      const parentRow = root.querySelector<HTMLElement>(`[data-layer-id="${drop.parentKey}"]`);
      if (!parentRow) return setShown(null);
      const rect = parentRow.getBoundingClientRect();
      return setShown({
        inside: true,
        style: { top: rect.top - box.top, left: 0, right: 0, height: rect.height },
      });
    }
    const after = drop.index >= siblings.length;
    const anchorId = siblings[after ? siblings.length - 1 : drop.index]!;
    const anchor = root.querySelector<HTMLElement>(`[data-layer-item="${anchorId}"]`);
    const row = anchor?.querySelector<HTMLElement>("[data-layer-id]");
    if (!anchor || !row) return setShown(null);
    const rect = anchor.getBoundingClientRect();
    const depth = Number(row.dataset.depth ?? 1);
    setShown({
      inside: false,
      style: {
        top: (after ? rect.bottom : rect.top) - box.top - 1,
        left: 8 + (depth - 1) * 16,
        right: 8,
        height: 3,
      },
    });
  }, [drop, moving, session, container]);
  if (!shown) return null;
  return (
    <div
      className={shown.inside ? "layers__drop-inside" : "layers__drop-line"}
      style={shown.style}
      aria-hidden="true"
      data-drop-indicator=""
    />
  );
}
