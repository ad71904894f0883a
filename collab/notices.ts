/**
 * Stateless messages the collab server sends to an editor (`provider.on("stateless")`), and what the
 * editor does with them. No server, no DOM: the editor imports this file.
 */
import { fromBase64, toBase64 } from "lib0/buffer";
import * as Y from "yjs";
import { editOrigin, type EditOrigin } from "./doc/origin.ts";

/**
 * A version restore made by this person. It reaches the person's editor just before the restore
 * itself is broadcast, so the editor applies it as a local `{ kind: "restore", userId }`
 * transaction: it lands on that person's undo stack as one step (everyone else sees it live).
 */
export type RestoreNotice = {
  readonly type: "restore";
  readonly versionId: string;
  readonly userId: string;
  /** The Yjs update of the restore, base64. */
  readonly update: string;
};

/**
 * Parts of the document that do not validate (say, a block whose props its type rejects). They stay
 * in the Y.Doc, so they can be fixed, but are left out of the snapshot the storefront publishes.
 * Sent after a compaction whenever the list changes (an empty list: all fixed).
 */
export type ProblemsNotice = {
  readonly type: "problems";
  readonly problems: ReadonlyArray<{
    readonly kind: string;
    readonly message: string;
    readonly blockId?: string;
    readonly pageId?: string;
  }>;
};

/**
 * A change the server made on this person's behalf (an AI action they asked for), sent to their
 * editors just before it is broadcast: applied with `origin`, it is one step of their undo.
 */
export type ChangeNotice = {
  readonly type: "change";
  readonly origin: { readonly kind: "ai" | "restore" | "user"; readonly userId: string };
  /** What it was, for the editor's undo history ("Rewrite the hero", ...). */
  readonly label?: string;
  /** The Yjs update, base64. */
  readonly update: string;
};

export type CollabNotice = RestoreNotice | ChangeNotice | ProblemsNotice;

export function encodeNotice(notice: CollabNotice): string {
  return JSON.stringify(notice);
}

export function restoreNotice(
  versionId: string,
  userId: string,
  update: Uint8Array,
): RestoreNotice {
  return { type: "restore", versionId, userId, update: toBase64(update) };
}

export function changeNotice(origin: EditOrigin, update: Uint8Array, label?: string): ChangeNotice {
  if (origin.kind === "system" || origin.userId === undefined) {
    throw new Error("a change notice needs the person the change was made for");
  }
  return {
    type: "change",
    origin: { kind: origin.kind, userId: origin.userId },
    ...(label ? { label } : {}),
    update: toBase64(update),
  };
}

/** The notice in a stateless payload, or null for anything else. */
export function parseNotice(payload: string): CollabNotice | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const notice = value as Record<string, unknown>;
  if (
    notice.type === "restore" &&
    typeof notice.versionId === "string" &&
    typeof notice.userId === "string" &&
    typeof notice.update === "string"
  ) {
    return notice as RestoreNotice;
  }
  if (notice.type === "problems" && Array.isArray(notice.problems)) return notice as ProblemsNotice;
  const origin = notice.origin as Record<string, unknown> | null | undefined;
  if (
    notice.type === "change" &&
    typeof notice.update === "string" &&
    typeof origin === "object" &&
    origin !== null &&
    (origin.kind === "ai" || origin.kind === "restore" || origin.kind === "user") &&
    typeof origin.userId === "string"
  ) {
    return notice as ChangeNotice;
  }
  return null;
}

/**
 * Applies a restore or change notice to the editor's Y.Doc with the origin of the person it was
 * made for, so their undo manager (`createUndoManager`) records it as one step. Call it from the
 * provider's `stateless` event with the editor's own person: a notice for someone else (with Redis,
 * other processes pass a person's notices to every editor of the document) is left alone, since
 * the change itself arrives as a regular update. Returns false for any other payload.
 */
export function applyNotice(ydoc: Y.Doc, payload: string, userId?: string | null): boolean {
  const notice = parseNotice(payload);
  if (notice === null || notice.type === "problems") return false;
  const origin =
    notice.type === "restore"
      ? ({ kind: "restore", userId: notice.userId } as const)
      : notice.origin;
  if (userId && origin.userId !== userId) return true;
  Y.applyUpdate(ydoc, fromBase64(notice.update), editOrigin(origin));
  return true;
}
