/**
 * Presence: what each person in a site's editor shows the others (Yjs awareness, one state per
 * open editor). The editor sets `pageId`, `selection` and `cursor`; the collab server sets `user`
 * (and the top-level `name` and `color` that Lexical's cursor rendering reads) from the
 * authenticated account on every awareness message, so nobody can appear as someone else.
 *
 * No server, no DOM: the editor imports this file.
 */

/** Who the person is, as the server states it. Whatever a client claims here is replaced. */
export type PresenceUser = {
  readonly id: string;
  readonly name: string;
  /** A CSS colour (`#rrggbb`), stable per person: see `presenceColor`. */
  readonly color: string;
  /** True for people who may only look (viewers, preview reviewers). */
  readonly readOnly: boolean;
};

/** A position inside a rich-text prop, as `Y.relativePositionToJSON` writes it. */
export type RelativePositionJson = {
  readonly type?: { readonly client: number; readonly clock: number } | null;
  readonly tname?: string | null;
  readonly item?: { readonly client: number; readonly clock: number } | null;
  readonly assoc?: number;
};

/** The text caret (anchor = head) or text selection of a person inside one rich-text prop. */
export type TextCursor = {
  readonly blockId: string;
  readonly prop: string;
  readonly anchor: RelativePositionJson;
  readonly head: RelativePositionJson;
};

/** One awareness state of the site document `site:<siteId>`. */
export type PresenceState = {
  readonly user: PresenceUser;
  /** Mirrors `user.name` and `user.color` for Lexical's collaboration cursors. */
  readonly name: string;
  readonly color: string;
  /** The page the person has open. */
  readonly pageId?: string | null;
  /** The block ids the person has selected, in selection order. */
  readonly selection?: readonly string[];
  /** Where the person is typing, if they are. */
  readonly cursor?: TextCursor | null;
};

/** What the editor sets with `awareness.setLocalState` (the server adds the rest). */
export type PresenceInput = Pick<PresenceState, "pageId" | "selection" | "cursor">;

/** The largest awareness state (JSON) the server relays; larger ones close the connection. */
export const MAX_PRESENCE_BYTES = 8 * 1024;

/** Readable on white and on dark canvases; one is picked per person from their id. */
export const PRESENCE_COLORS = [
  "#d9480f",
  "#1971c2",
  "#2f9e44",
  "#9c36b5",
  "#e8590c",
  "#0c8599",
  "#c2255c",
  "#5f3dc4",
  "#3b5bdb",
  "#087f5b",
  "#a61e4d",
  "#5c940d",
] as const;

/** A person's colour: the same on every replica and in every session (FNV-1a of the user id). */
export function presenceColor(userId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length]!;
}

/** The awareness state the server relays for `input` from `user`. */
export function presenceState(user: PresenceUser, input: Record<string, unknown>): PresenceState {
  return { ...input, user, name: user.name, color: user.color } as PresenceState;
}

/** The document name of a site on the collab server. */
export function siteDocumentName(siteId: string): string {
  return `site:${siteId}`;
}

// Lower case only: one site must never be open under two names (two live documents would diverge).
const DOCUMENT_NAME = /^site:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The site id of a document name, or null when it does not name a site. */
export function siteIdOfDocument(documentName: string): string | null {
  return DOCUMENT_NAME.exec(documentName)?.[1] ?? null;
}
