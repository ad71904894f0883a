/** React hooks over the editor session: each reads exactly the slice a component draws. */
import { createContext, useCallback, useContext, useSyncExternalStore } from "react";
import type { NavItem, SiteSettings, Theme } from "../../../../blocks/doc/schema.ts";
import type { Collaborator } from "../session/presence.ts";
import type { EditorSession } from "../session/EditorSession.ts";
import type { BlockSnapshot, PageInfo } from "./docStore.ts";
import { useUiSelector, type UiState } from "./uiStore.ts";

export const EditorContext = createContext<EditorSession | null>(null);

export function useEditor(): EditorSession {
  const session = useContext(EditorContext);
  if (!session) throw new Error("useEditor() is only available inside the editor.");
  return session;
}

export function useBlock(id: string | null): BlockSnapshot | null {
  const { store } = useEditor();
  const subscribe = useCallback(
    (listener: () => void) => (id ? store.subscribeBlock(id, listener) : () => {}),
    [store, id],
  );
  const get = useCallback(() => (id ? store.getBlock(id) : null), [store, id]);
  return useSyncExternalStore(subscribe, get, get);
}

export function useChildren(parentKey: string): readonly string[] {
  const { store } = useEditor();
  const subscribe = useCallback(
    (listener: () => void) => store.subscribeChildren(parentKey, listener),
    [store, parentKey],
  );
  const get = useCallback(() => store.getChildren(parentKey), [store, parentKey]);
  return useSyncExternalStore(subscribe, get, get);
}

export function usePages(): readonly PageInfo[] {
  const { store } = useEditor();
  return useSyncExternalStore(store.subscribePages, store.getPages, store.getPages);
}

export function useTheme(): Theme {
  const { store } = useEditor();
  return useSyncExternalStore(store.subscribeTheme, store.getTheme, store.getTheme);
}

export function useSettings(): SiteSettings {
  const { store } = useEditor();
  return useSyncExternalStore(store.subscribeSite, store.getSettings, store.getSettings);
}

export function useNav(): readonly NavItem[] {
  const { store } = useEditor();
  return useSyncExternalStore(store.subscribeSite, store.getNav, store.getNav);
}

/** Re-renders whenever the block tree changes shape (moves, inserts, removals). */
export function useTreeVersion(): number {
  const { store } = useEditor();
  return useSyncExternalStore(store.subscribeTree, store.getTreeVersion, store.getTreeVersion);
}

export function useUi<T>(selector: (state: UiState) => T): T {
  const { ui } = useEditor();
  return useUiSelector(ui, selector);
}

export function useCollaborators(): readonly Collaborator[] {
  const { presence } = useEditor();
  return useSyncExternalStore(presence.subscribe, presence.getOthers, presence.getOthers);
}

/** Whether undo and redo have anything to do, as "u|r" flags. */
export function useUndoState(): { canUndo: boolean; canRedo: boolean } {
  const { undo } = useEditor();
  const subscribe = useCallback(
    (listener: () => void) => {
      const events = ["stack-item-added", "stack-item-popped", "stack-cleared"] as const;
      for (const event of events) undo.on(event, listener);
      return () => {
        for (const event of events) undo.off(event, listener);
      };
    },
    [undo],
  );
  const get = useCallback(
    () => `${undo.undoStack.length > 0 ? 1 : 0}${undo.redoStack.length > 0 ? 1 : 0}`,
    [undo],
  );
  const flags = useSyncExternalStore(subscribe, get, get);
  return { canUndo: flags[0] === "1", canRedo: flags[1] === "1" };
}
