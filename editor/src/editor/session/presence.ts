/**
 * Who else is in this site's editor, from Yjs awareness (collab/presence.ts has the shape). We set
 * our page, selection and text cursor; the server stamps each state with the person's name and
 * colour, so nobody can pose as someone else.
 */
import type { Awareness } from "y-protocols/awareness";
import {
  presenceColor,
  type PresenceInput,
  type PresenceState,
  type TextCursor,
} from "../../../../collab/presence.ts";

export type Collaborator = {
  readonly clientId: number;
  readonly userId: string;
  readonly name: string;
  readonly color: string;
  readonly pageId: string | null;
  readonly selection: readonly string[];
  readonly typingIn: string | null;
};

const EMPTY: readonly Collaborator[] = Object.freeze([]);

export class Presence {
  private others: readonly Collaborator[] = EMPTY;
  private readonly listeners = new Set<() => void>();
  private local: PresenceInput = { pageId: null, selection: [], cursor: null };
  private readonly onChange = () => this.refresh();

  constructor(private readonly awareness: Awareness | null) {
    awareness?.on("change", this.onChange);
    this.refresh();
  }

  destroy(): void {
    this.awareness?.off("change", this.onChange);
    this.listeners.clear();
  }

  getOthers = (): readonly Collaborator[] => this.others;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setPage(pageId: string | null): void {
    this.publish({ pageId });
  }

  setSelection(ids: readonly string[]): void {
    this.publish({ selection: ids });
  }

  /** Where we are typing (a block's prop), or null when we stopped. */
  setTyping(cursor: Pick<TextCursor, "blockId" | "prop"> | null): void {
    const current = this.local.cursor;
    if (
      cursor === null
        ? current === null
        : current?.blockId === cursor.blockId && current.prop === cursor.prop
    )
      return;
    this.publish({ cursor: cursor ? { ...cursor, anchor: {}, head: {} } : null });
  }

  private publish(patch: Partial<PresenceInput>): void {
    this.local = { ...this.local, ...patch };
    this.awareness?.setLocalState({ ...this.local });
  }

  private refresh(): void {
    const awareness = this.awareness;
    if (!awareness) return;
    const out: Collaborator[] = [];
    for (const [clientId, raw] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const state = raw as Partial<PresenceState>;
      const userId = state.user?.id ?? `client-${clientId}`;
      out.push({
        clientId,
        userId,
        name: state.user?.name ?? state.name ?? "Someone",
        color: state.user?.color ?? state.color ?? presenceColor(userId),
        pageId: state.pageId ?? null,
        selection: Array.isArray(state.selection)
          ? state.selection.filter((id): id is string => typeof id === "string")
          : [],
        typingIn: typeof state.cursor?.blockId === "string" ? state.cursor.blockId : null,
      });
    }
    out.sort((a, b) => a.clientId - b.clientId);
    this.others = out.length === 0 ? EMPTY : out;
    for (const listener of [...this.listeners]) listener();
  }
}
