/**
 * The live connection of one open editor to its site: the Y.Doc, kept in sync with the collab
 * server (Hocuspocus at /collab, document `site:<siteId>`, authenticated by the session cookie)
 * and saved in IndexedDB, so edits made offline survive a reload and merge on reconnect.
 *
 * The editor talks to the `SiteConnection` interface only; tests and the benchmark hand it a
 * local doc instead (`localConnection`).
 */
import { HocuspocusProvider } from "@hocuspocus/provider";
import { IndexeddbPersistence } from "y-indexeddb";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { applyNotice, parseNotice } from "../../../../collab/notices.ts";
import { siteDocumentName } from "../../../../collab/presence.ts";
import { mark } from "../perf.ts";

export type ConnectionStatus = "connecting" | "online" | "offline";

export type ConnectionState = {
  readonly status: ConnectionStatus;
  /** The server's copy has been received at least once. */
  readonly synced: boolean;
  /** The copy saved in this browser has been loaded (or there is none). */
  readonly localLoaded: boolean;
  /** Local changes the server has not confirmed yet. */
  readonly unsaved: boolean;
  /** The server refused us (not a member any more, logged out). */
  readonly denied: string | null;
};

export interface SiteConnection {
  readonly siteId: string;
  readonly ydoc: Y.Doc;
  /** Presence of everyone in this site's editor; null when working alone (tests). */
  readonly awareness: Awareness | null;
  getState(): ConnectionState;
  subscribe(listener: () => void): () => void;
  /** Resolves true once the server has every local change, false after `timeoutMs`. */
  whenSaved(timeoutMs: number): Promise<boolean>;
  /** The server's reports of blocks it could not keep (they are left out of the saved site). */
  onProblems(listener: (messages: readonly string[]) => void): () => void;
  /** Keeps the document in this browser too, for this person (offline work, reloads). */
  keepLocalCopy(userId: string): void;
  destroy(): void;
}

function collabUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}/collab`;
}

/** How long the editor waits for the server before it shows the copy saved in this browser. */
const LOCAL_COPY_DELAY_MS = 1500;

export function connectToSite(siteId: string, userId?: string): SiteConnection {
  const ydoc = new Y.Doc();
  const listeners = new Set<() => void>();
  const problemListeners = new Set<(messages: readonly string[]) => void>();
  let state: ConnectionState = {
    status: "connecting",
    synced: false,
    localLoaded: false,
    unsaved: false,
    denied: null,
  };
  const update = (patch: Partial<ConnectionState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };

  // The copy in this browser (per person as well as per site: on a shared computer, nobody loads
  // someone else's drafts). Opened once the server's copy is in, so the stored state is not sent
  // back to the server as if it were new; or after a moment without the server (offline), so
  // the edits saved here show.
  let local: IndexeddbPersistence | null = null;
  let destroyed = false;
  let owner = userId ?? null;
  let serverSynced = false;
  let waited = false;
  const openLocal = () => {
    if (local || destroyed || !owner || typeof indexedDB === "undefined") return;
    local = new IndexeddbPersistence(`pegasus:${siteDocumentName(siteId)}:${owner}`, ydoc);
    void local.whenSynced.then(
      () => update({ localLoaded: true }),
      () => update({ localLoaded: true }),
    );
  };
  const offlineTimer = setTimeout(() => {
    waited = true;
    openLocal();
  }, LOCAL_COPY_DELAY_MS);

  mark("pegasus:connecting");
  const provider = new HocuspocusProvider({
    url: collabUrl(),
    name: siteDocumentName(siteId),
    document: ydoc,
    // The session cookie travels with the WebSocket upgrade; no token is needed on our origin.
    token: "",
    onStatus: ({ status }) =>
      update({
        status:
          status === "connected" ? "online" : status === "connecting" ? "connecting" : "offline",
      }),
    onSynced: ({ state: synced }) => {
      if (!synced) return;
      mark("pegasus:synced");
      serverSynced = true;
      update({ synced: true });
      clearTimeout(offlineTimer);
      openLocal();
    },
    onUnsyncedChanges: ({ number }) => update({ unsaved: number > 0 }),
    onAuthenticationFailed: ({ reason }) =>
      update({ denied: reason || "You no longer have access to this site.", status: "offline" }),
    // A restore or an AI change made for this person arrives as a notice first, so it is one step
    // of their undo; problems the server found in the document are reported.
    onStateless: ({ payload }) => {
      if (applyNotice(ydoc, payload, owner)) return;
      const notice = parseNotice(payload);
      if (notice?.type === "problems" && notice.problems.length > 0) {
        const messages = notice.problems.map((problem) => problem.message);
        for (const listener of [...problemListeners]) listener(messages);
      }
    },
  });

  return {
    siteId,
    ydoc,
    awareness: provider.awareness,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenSaved(timeoutMs) {
      if (!provider.hasUnsyncedChanges && state.status === "online") return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          provider.off("unsyncedChanges", check);
          resolve(false);
        }, timeoutMs);
        const check = () => {
          if (!provider.hasUnsyncedChanges && state.status === "online") {
            clearTimeout(timer);
            provider.off("unsyncedChanges", check);
            resolve(true);
          }
        };
        provider.on("unsyncedChanges", check);
        check();
      });
    },
    onProblems(listener) {
      problemListeners.add(listener);
      return () => problemListeners.delete(listener);
    },
    keepLocalCopy(id) {
      owner = id;
      if (serverSynced || waited) openLocal();
    },
    destroy() {
      destroyed = true;
      clearTimeout(offlineTimer);
      provider.destroy();
      void local?.destroy();
      ydoc.destroy();
      listeners.clear();
    },
  };
}

/** A connection to a doc that lives only here: component tests, the benchmark's local mode. */
export function localConnection(
  ydoc: Y.Doc,
  awareness: Awareness | null = null,
  siteId = "local",
): SiteConnection {
  const state: ConnectionState = {
    status: "online",
    synced: true,
    localLoaded: true,
    unsaved: false,
    denied: null,
  };
  return {
    siteId,
    ydoc,
    awareness,
    getState: () => state,
    subscribe: () => () => {},
    whenSaved: async () => true,
    onProblems: () => () => {},
    keepLocalCopy: () => {},
    destroy: () => {},
  };
}
