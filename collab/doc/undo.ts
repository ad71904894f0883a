/**
 * Per-user undo. One Y.UndoManager per person over every shared type of the site, tracking only that
 * person's origins (their own edits, the AI actions they asked for, the restores they made), so their
 * undo never reverts someone else's change.
 */
import * as Y from "yjs";
import { sharedTypes } from "./layout.ts";
import { editOrigin, isEditOrigin, originsOfUser, type EditOrigin } from "./origin.ts";

export type UndoOptions = {
  /** Edits closer together than this (ms) become one undo step. Default 500, as in Yjs. */
  readonly captureTimeout?: number;
};

/**
 * Creates the undo manager of the person behind `origin` (any of their origins will do). AI actions
 * and restores are always undo steps of their own. The editor must also track each Lexical binding
 * it creates, since rich-text typing runs with the binding as origin:
 * `undoManager.addTrackedOrigin(binding)`.
 */
export function createUndoManager(
  ydoc: Y.Doc,
  origin: EditOrigin,
  options: UndoOptions = {},
): Y.UndoManager {
  const tracked: EditOrigin[] =
    "userId" in origin && origin.userId !== undefined
      ? originsOfUser(origin.userId)
      : [editOrigin(origin)];
  const undoManager = new Y.UndoManager(sharedTypes(ydoc), {
    trackedOrigins: new Set<unknown>(tracked),
    captureTimeout: options.captureTimeout ?? 500,
  });
  const standalone = (value: unknown): boolean =>
    isEditOrigin(value) &&
    (value.kind === "ai" || value.kind === "restore") &&
    undoManager.trackedOrigins.has(value);
  const beforeTransaction = (transaction: Y.Transaction): void => {
    if (standalone(transaction.origin)) undoManager.stopCapturing();
  };
  ydoc.on("beforeTransaction", beforeTransaction);
  undoManager.on("stack-item-added", (event: { origin: unknown }) => {
    if (standalone(event.origin)) undoManager.stopCapturing();
  });
  const destroy = undoManager.destroy;
  undoManager.destroy = () => {
    ydoc.off("beforeTransaction", beforeTransaction);
    destroy();
  };
  return undoManager;
}
