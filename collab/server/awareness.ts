/**
 * Presence from a client, made trustworthy before it is relayed: a connection may only speak for the
 * awareness client ids it owns, and every state it sends gets the server's idea of who the person
 * is (`PresenceState.user`, `name`, `color`), whatever the client claimed.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { MAX_PRESENCE_BYTES, presenceState, type PresenceUser } from "../presence.ts";

export type AwarenessEntry = {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
};

export class AwarenessError extends Error {}

/** At most this many awareness client ids per connection (a provider uses one per Y.Doc). */
export const MAX_CLIENT_IDS_PER_CONNECTION = 4;

export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > 64) throw new AwarenessError(`${count} presence states in one message`);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (json.length > MAX_PRESENCE_BYTES) {
      throw new AwarenessError(
        `a presence state of ${json.length} bytes (at most ${MAX_PRESENCE_BYTES})`,
      );
    }
    let state: unknown;
    try {
      state = JSON.parse(json);
    } catch {
      throw new AwarenessError("a presence state that is not JSON");
    }
    if (state !== null && (typeof state !== "object" || Array.isArray(state))) {
      throw new AwarenessError("a presence state that is not an object");
    }
    entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
  }
  if (decoding.hasContent(decoder))
    throw new AwarenessError("trailing bytes after the presence states");
  return entries;
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Who may set a presence client id, as the relaying server sees it:
 * - `mine`: the connection set it before (or it shows this same person: an editor that reconnects
 *   reuses its id before its old connection is noticed gone) — relay it, stamped;
 * - `free`: nobody holds it — the connection may claim it (up to MAX_CLIENT_IDS_PER_CONNECTION);
 * - `taken`: it shows someone else, or is not newer than what the server has (providers echo the
 *   presence they receive, so this is routine) — leave it out.
 */
export type ClientIdStatus = "mine" | "free" | "taken";

/**
 * The awareness update to relay for a connection: only entries it may set, each state stamped with
 * `user`; null when nothing is left to relay. Throws AwarenessError for input a well-behaved
 * editor never sends (malformed, oversized).
 */
export function stampAwarenessUpdate(
  update: Uint8Array,
  user: PresenceUser,
  owned: Set<number>,
  statusOf: (entry: AwarenessEntry) => ClientIdStatus,
): Uint8Array | null {
  const relayed: AwarenessEntry[] = [];
  for (const entry of decodeAwarenessUpdate(update)) {
    let status = owned.has(entry.clientId) ? "mine" : statusOf(entry);
    if (status === "free") {
      if (owned.size >= MAX_CLIENT_IDS_PER_CONNECTION) continue;
      owned.add(entry.clientId);
      status = "mine";
    }
    if (status !== "mine") continue;
    owned.add(entry.clientId);
    relayed.push(
      entry.state === null ? entry : { ...entry, state: presenceState(user, entry.state) },
    );
  }
  return relayed.length > 0 ? encodeAwarenessUpdate(relayed) : null;
}
