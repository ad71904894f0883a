/**
 * What the merchant is doing, as opposed to what the site is: the open page, the selected and the
 * hovered block, the preview device, the drop indicator. Kept outside React state and outside the
 * document, so a hover or a selection never re-renders a block on the canvas: only the overlays and
 * panels that read these fields.
 */
import { useCallback, useSyncExternalStore } from "react";

export type Device = "desktop" | "tablet" | "mobile";
export type LeftTab = "add" | "layers" | "pages" | "theme";

/** A prop edited in place on the canvas. `path` is the prop, or list, index, item prop. */
export type InlineEdit = {
  readonly blockId: string;
  readonly kind: "text" | "richtext";
  readonly path: readonly (string | number)[];
};

/** Where a dragged block would land: at `index` among the children of `parentKey`. */
export type DropSlot = { readonly parentKey: string; readonly index: number };

/** A block being dragged, by pointer or keyboard. `moving` is null for a new block. */
export type DragState = {
  readonly label: string;
  readonly type: string;
  readonly moving: string | null;
  readonly keyboard: boolean;
};

export type UiState = {
  readonly pageId: string | null;
  readonly selectedId: string | null;
  readonly hoveredId: string | null;
  readonly device: Device;
  readonly leftTab: LeftTab;
  readonly rightTab: string;
  readonly inlineEdit: InlineEdit | null;
  /** Set while a block is dragged (by pointer or keyboard). */
  readonly drag: DragState | null;
  readonly drop: DropSlot | null;
  /** Containers the layers tree shows open. */
  readonly expanded: ReadonlySet<string>;
  /** The block menu, opened by a right click or the "More" button, at a point on screen. */
  readonly menu: { readonly blockId: string; readonly x: number; readonly y: number } | null;
};

type Listener = () => void;

export class UiStore {
  private state: UiState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: Partial<UiState> = {}) {
    this.state = {
      pageId: null,
      selectedId: null,
      hoveredId: null,
      device: "desktop",
      leftTab: "add",
      rightTab: "block",
      inlineEdit: null,
      drag: null,
      drop: null,
      expanded: new Set(),
      menu: null,
      ...initial,
    };
  }

  get = (): UiState => this.state;

  set(patch: Partial<UiState>): void {
    let changed = false;
    for (const key of Object.keys(patch) as (keyof UiState)[]) {
      if (!Object.is(this.state[key], patch[key])) {
        changed = true;
        break;
      }
    }
    if (!changed) return;
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Opens the layers of every container above `id`, so a selected block is visible there. */
  expandTo(ids: readonly string[]): void {
    const missing = ids.filter((id) => !this.state.expanded.has(id));
    if (missing.length === 0) return;
    this.set({ expanded: new Set([...this.state.expanded, ...missing]) });
  }

  toggleExpanded(id: string, open?: boolean): void {
    const next = new Set(this.state.expanded);
    const shouldOpen = open ?? !next.has(id);
    if (shouldOpen) next.add(id);
    else next.delete(id);
    this.set({ expanded: next });
  }
}

/** Reads one slice of the UI state; re-renders only when that slice changes (Object.is). */
export function useUiSelector<T>(ui: UiStore, selector: (state: UiState) => T): T {
  const get = useCallback(() => selector(ui.get()), [ui, selector]);
  return useSyncExternalStore(ui.subscribe, get, get);
}
