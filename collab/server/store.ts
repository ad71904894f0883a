/**
 * What the collab server needs of the host's document store, declared here so that collab depends
 * on no server code. The host's `SiteStore` port (server/sitestore/port.ts) satisfies it as it is:
 * server/collab/ passes its store in, and the type check there is what keeps the two in step.
 */

/** A site document as stored: any JSON object with a numeric `schemaVersion` (older ones migrate on read). */
export type StoredSiteJson = { schemaVersion: number; [key: string]: unknown };

/** Where a `loadUpdates` read the log up to. Opaque: only `compact` takes it back. */
export type UpdateLogCheckpoint = string & { readonly __brand: "UpdateLogCheckpoint" };

/** A site's compacted Yjs state plus the updates logged since, as `loadUpdates` returns them. */
export type SiteUpdateLog = {
  /** The document's version when it was read; `compact` is refused once it has moved on. */
  version: number;
  state: Uint8Array | null;
  /** Oldest first. */
  updates: Uint8Array[];
  checkpoint: UpdateLogCheckpoint;
};

/**
 * The store operations collab uses. Writes that name a version the document has moved past are
 * refused with an error whose `code` is `"stale_version"` (see `isStaleVersion`).
 */
export interface CollabStore {
  /** The document, or null when there is none. */
  get(
    siteId: string,
  ): Promise<{ version: number; doc: StoredSiteJson; yState: Uint8Array | null } | null>;
  /** Replaces the document and its Yjs state on top of `expectedVersion` (discarding the log). */
  update(
    siteId: string,
    expectedVersion: number,
    change: { doc?: StoredSiteJson; yState?: Uint8Array | null },
  ): Promise<unknown>;
  /** Appends one Yjs update to the site's log; resolves once it is stored. */
  appendUpdate(siteId: string, update: Uint8Array): Promise<void>;
  /** The stored state and every update in the log, oldest first. */
  loadUpdates(siteId: string): Promise<SiteUpdateLog>;
  /** Stores the merged state (and snapshot) and drops the updates behind `checkpoint`. */
  compact(
    siteId: string,
    input: { yState: Uint8Array; doc?: StoredSiteJson; checkpoint: UpdateLogCheckpoint },
  ): Promise<{ version: number }>;
  /**
   * Saves an automatic version of the document; the host labels and attributes the ones it takes
   * around a change it makes (an AI change's "Before …").
   */
  appendVersion(
    siteId: string,
    version: {
      kind: "auto";
      doc: StoredSiteJson;
      yState?: Uint8Array;
      label?: string;
      createdById?: string;
    },
  ): Promise<{ id: string }>;
}
