import { useEffect } from "react";
import { pageIdOfParent } from "../../../../collab/doc/layout.ts";
import { useCanvasRuntime, type CanvasRuntime } from "../canvas/runtime.ts";
import { startEditingFirst } from "../canvas/CanvasInteraction.tsx";
import type { EditorSession } from "../session/EditorSession.ts";
import { useEditor } from "../state/hooks.ts";
import { CLIPBOARD_MIME } from "./clipboard.ts";

/** Inputs where keys type text: our shortcuts leave them alone (except undo in document fields). */
function typingIn(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const element = target.closest<HTMLElement>("input, textarea, select, [contenteditable]");
  if (!element) return null;
  if (
    element instanceof HTMLInputElement &&
    ["checkbox", "radio", "range", "color", "button"].includes(element.type)
  )
    return null;
  return element;
}

/**
 * The editor's shortcuts, on the whole editor (not while typing in a field):
 *
 *   Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y   undo, redo (this person's changes only; also in fields
 *                                       that edit the document)
 *   Ctrl/⌘+C, X, V                      copy, cut, paste blocks (the system clipboard, as JSON)
 *   Ctrl/⌘+D                            duplicate
 *   Delete, Backspace                   delete
 *   Alt+↑, Alt+↓                        move up, move down
 *   Enter                               edit the selected block's text in place
 *   Escape                              close the menu, else select the parent, else nothing
 */
export function KeyboardShortcuts() {
  const session = useEditor();
  const runtime = useCanvasRuntime();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => handleKey(session, event, () => runtime);
    const onCopy = (event: ClipboardEvent) => handleClipboard(session, event, "copy");
    const onCut = (event: ClipboardEvent) => handleClipboard(session, event, "cut");
    const onPaste = (event: ClipboardEvent) => handleClipboard(session, event, "paste");
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("copy", onCopy);
    document.addEventListener("cut", onCut);
    document.addEventListener("paste", onPaste);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("copy", onCopy);
      document.removeEventListener("cut", onCut);
      document.removeEventListener("paste", onPaste);
    };
  }, [session, runtime]);
  return null;
}

export function handleKey(
  session: EditorSession,
  event: KeyboardEvent,
  canvas: () => CanvasRuntime | null,
): void {
  const { ui, commands } = session;
  if (event.defaultPrevented || ui.get().drag) return;
  const mod = event.metaKey || event.ctrlKey;
  const key = event.key.toLowerCase();
  const typing = typingIn(event.target);

  if (mod && (key === "z" || key === "y")) {
    // In fields that edit the document, undo is the document's (per person), not the input's.
    if (typing && !typing.hasAttribute("data-doc-field")) return;
    if (typing?.closest("[contenteditable]")) return; // Lexical routes its own undo to ours.
    event.preventDefault();
    if (key === "y" || event.shiftKey) commands.redo();
    else commands.undo();
    return;
  }
  if (typing) return;
  // Keys inside menus, dialogs and tab lists belong to them.
  if ((event.target as Element | null)?.closest?.('[role="menu"], dialog, [role="tablist"]'))
    return;

  const selected = ui.get().selectedId;
  if (event.key === "Escape") {
    if (ui.get().menu) {
      ui.set({ menu: null });
      return;
    }
    if (!selected) return;
    const parent = session.store.getTree().parentOf.get(selected);
    commands.select(parent && pageIdOfParent(parent) === null ? parent : null);
    event.preventDefault();
    return;
  }
  if (!selected || session.readOnly) return;
  if (event.key === "Delete" || event.key === "Backspace") {
    event.preventDefault();
    commands.remove(selected);
  } else if (mod && key === "d") {
    event.preventDefault();
    commands.duplicate(selected);
  } else if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
    event.preventDefault();
    commands.moveBy(selected, event.key === "ArrowUp" ? -1 : 1);
    // Keep the focus on the moved row in the layers tree.
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`[data-layer-id="${selected}"]`)
        ?.focus({ preventScroll: false }),
    );
  } else if (
    event.key === "Enter" &&
    !(event.target as Element | null)?.closest?.('[role="tree"], button, a')
  ) {
    const runtime = canvas();
    if (runtime && startEditingFirst(session, runtime, selected)) event.preventDefault();
  }
}

function handleClipboard(
  session: EditorSession,
  event: ClipboardEvent,
  kind: "copy" | "cut" | "paste",
): void {
  if (typingIn(event.target) || session.ui.get().inlineEdit) return;
  // A text selection on the page (in a panel) copies text, as usual.
  if (kind !== "paste" && (document.getSelection()?.toString() ?? "") !== "") return;
  const { commands, ui } = session;
  const selected = ui.get().selectedId;
  if (kind === "paste") {
    if (session.readOnly) return;
    const data = event.clipboardData;
    const text = data?.getData(CLIPBOARD_MIME) || data?.getData("text/plain") || null;
    event.preventDefault();
    commands.paste(text);
    return;
  }
  if (!selected) return;
  const text = commands.copy(selected);
  if (!text) return;
  event.preventDefault();
  event.clipboardData?.setData("text/plain", text);
  event.clipboardData?.setData(CLIPBOARD_MIME, text);
  if (kind === "cut" && !session.readOnly) commands.remove(selected);
}
