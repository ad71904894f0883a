/**
 * Who made a change. Every operation takes one and runs as one `ydoc.transact(fn, origin)`, so
 * collaborators see the change live and the author's undo manager can track it.
 *
 * Origins are interned: `editOrigin({ kind: "user", userId: "u1" })` returns the same frozen object
 * every time, because Yjs' undo manager recognises its tracked origins by identity. Every operation
 * interns the origin it is given, so callers may pass fresh literals.
 */
export type EditOrigin =
  /** A person editing in the editor. */
  | { readonly kind: "user"; readonly userId: string }
  /** An AI action; `userId` is the person who asked for it (their undo reverts it). */
  | { readonly kind: "ai"; readonly userId?: string }
  /** A version restore; `userId` is the person who restored. */
  | { readonly kind: "restore"; readonly userId?: string }
  /** The server itself: seeding, migrations, repairs. Nobody's undo reverts these. */
  | { readonly kind: "system" };

export type EditKind = EditOrigin["kind"];

const interned = new Map<string, EditOrigin>();

export function editOrigin(origin: EditOrigin): EditOrigin {
  const userId = "userId" in origin ? origin.userId : undefined;
  const key = `${origin.kind}\u0000${userId ?? ""}`;
  let found = interned.get(key);
  if (found === undefined) {
    found = Object.freeze(
      userId === undefined ? { kind: origin.kind } : { kind: origin.kind, userId },
    ) as EditOrigin;
    interned.set(key, found);
  }
  return found;
}

/** The interned origins of every kind of change a person makes: what their undo manager tracks. */
export function originsOfUser(userId: string): EditOrigin[] {
  return [
    editOrigin({ kind: "user", userId }),
    editOrigin({ kind: "ai", userId }),
    editOrigin({ kind: "restore", userId }),
  ];
}

export function isEditOrigin(value: unknown): value is EditOrigin {
  if (typeof value !== "object" || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === "user" || kind === "ai" || kind === "restore" || kind === "system";
}
