/**
 * The `SiteStore` port: where site documents (the JSON block tree), their Yjs state, the Yjs
 * update log and saved versions live. Two adapters implement it, PostgreSQL (./postgres.ts, the
 * embedded default) and MongoDB (./mongodb.ts); ./contract.ts is the test suite both must pass.
 *
 * What every adapter promises:
 * - A site document is keyed by its site id and carries a `version` that starts at 1 and grows by
 *   one on every write (`update`, `compact`). Writes name the version they were based on and are
 *   refused with `SiteStoreStaleVersionError`, changing nothing, when it is no longer current.
 * - Documents are stored as given. The store checks only that a document is a JSON object with a
 *   whole `schemaVersion` >= 1 that JSON can represent exactly; block content is the caller's to
 *   validate (blocks/doc/schema.ts), and older `schemaVersion`s are the caller's to migrate on read.
 * - Yjs updates are appended to a per-site log as they arrive and folded into the stored state by
 *   `compact`, which never drops an update it was not shown.
 * - Failures the caller can act on are `SiteStoreError`s (./errors.ts); anything else (the database
 *   is down) is the driver's error, unchanged.
 */
import type { SiteUpdateLog, UpdateLogCheckpoint } from "../../collab/server/store.ts";

/**
 * A site document as the store keeps it: any JSON object with a numeric `schemaVersion`.
 * Callers write a `SiteDoc` (blocks/doc/schema.ts), which is assignable to this; what they read back
 * may be an older shape, to be migrated before it is parsed as a `SiteDoc`.
 */
export type SiteDocJson = { schemaVersion: number; [key: string]: unknown };

export type StoredSiteDocument = {
  siteId: string;
  /** 1 on create, +1 on every `update` and `compact`. */
  version: number;
  doc: SiteDocJson;
  /** The Yjs state (`Y.encodeStateAsUpdate`) the document was last compacted to, if any. */
  yState: Uint8Array | null;
  createdAt: Date;
  updatedAt: Date;
};

export type SiteDocumentChange = {
  doc?: SiteDocJson;
  /**
   * Replaces the Yjs state (null removes it) and discards the update log, which only makes sense
   * on top of the state it was appended to. Collab folds updates in with `compact`, not with this.
   */
  yState?: Uint8Array | null;
};

// What collab needs to rebuild a site's Y.Doc (the compacted state plus the updates since, and an
// opaque checkpoint that only `compact` takes back) is collab's to say: the SiteStore satisfies
// `CollabStore` (collab/server/store.ts) as it is.
export type { SiteUpdateLog, UpdateLogCheckpoint };

export type CompactInput = {
  /** The merged state: `state` and every update that `loadUpdates` returned, plus anything else. */
  yState: Uint8Array;
  /** The JSON snapshot of that state, when the caller materialised one. */
  doc?: SiteDocJson;
  checkpoint: UpdateLogCheckpoint;
};

export const SITE_VERSION_KINDS = ["auto", "named", "published"] as const;
export type SiteVersionKind = (typeof SITE_VERSION_KINDS)[number];

export type NewSiteVersion = {
  kind: SiteVersionKind;
  label?: string;
  doc: SiteDocJson;
  yState?: Uint8Array;
  /** The user who saved it; none for versions the system takes on its own. */
  createdById?: string;
};

/** A saved version without its payload, for lists. */
export type SiteVersionInfo = {
  /** Sortable by creation time (a UUIDv7). */
  id: string;
  siteId: string;
  kind: SiteVersionKind;
  label: string | null;
  createdById: string | null;
  createdAt: Date;
};

export type SiteVersion = SiteVersionInfo & { doc: SiteDocJson; yState: Uint8Array | null };

export type ListVersionsOptions = {
  kind?: SiteVersionKind;
  /** 1 to `SITE_STORE_LIMITS.versionsPage`; default 50. */
  limit?: number;
  /** A version id from the previous page: returns the versions saved before it. */
  before?: string;
};

export interface SiteStore {
  /** Which adapter this is; PGlite counts as "postgres". */
  readonly kind: "postgres" | "mongodb";

  /** Stores a new document at version 1. An existing site id is refused (SiteStoreConflictError). */
  create(input: {
    siteId: string;
    doc: SiteDocJson;
    yState?: Uint8Array;
  }): Promise<StoredSiteDocument>;

  /** The document, or null when there is none. */
  get(siteId: string): Promise<StoredSiteDocument | null>;

  /** The documents that exist among `siteIds`, in the order asked, each once. */
  listBySiteIds(siteIds: readonly string[]): Promise<StoredSiteDocument[]>;

  /**
   * Writes `change` on top of `expectedVersion` and returns the result at version + 1. Refused with
   * SiteStoreStaleVersionError (nothing written) when the document is at another version, and with
   * SiteStoreNotFoundError when there is none. Of several writers holding the same version, exactly
   * one succeeds.
   */
  update(
    siteId: string,
    expectedVersion: number,
    change: SiteDocumentChange,
  ): Promise<StoredSiteDocument>;

  /** Removes the document, its update log and its versions. Deleting nothing is not an error. */
  delete(siteId: string): Promise<void>;

  /**
   * Appends one Yjs update to the site's log. Collab calls this for every update as it arrives, so
   * it is one short write. SiteStoreNotFoundError when the document does not exist.
   */
  appendUpdate(siteId: string, update: Uint8Array): Promise<void>;

  /**
   * The stored state and every update in the log, oldest first. Updates already folded into
   * `state` may appear again (applying a Yjs update twice is harmless); none is ever missing.
   * SiteStoreNotFoundError when the document does not exist.
   */
  loadUpdates(siteId: string): Promise<SiteUpdateLog>;

  /**
   * Stores `yState` (and `doc`, when given) and removes from the log exactly the updates that the
   * `loadUpdates` behind `checkpoint` returned; updates appended since are kept. No reader sees the
   * log shortened before the state holds what was removed. Refused with SiteStoreStaleVersionError
   * (nothing changed) when the document was written since that `loadUpdates`, for instance by
   * another compaction: load again and retry. Returns the new version.
   */
  compact(siteId: string, input: CompactInput): Promise<{ version: number }>;

  /** Saves a copy of a document. SiteStoreNotFoundError when the site's document does not exist. */
  appendVersion(siteId: string, version: NewSiteVersion): Promise<SiteVersionInfo>;

  /** Saved versions, newest first, without their payloads. Empty for an unknown site. */
  listVersions(siteId: string, options?: ListVersionsOptions): Promise<SiteVersionInfo[]>;

  /** One saved version with its payload, or null (also when it belongs to another site). */
  getVersion(siteId: string, versionId: string): Promise<SiteVersion | null>;

  /** The newest saved version (of `kind`, when given) with its payload, or null. */
  getLatestVersion(siteId: string, kind?: SiteVersionKind): Promise<SiteVersion | null>;

  /** Resolves when the backing database answers; rejects otherwise. For /readyz. */
  ping(): Promise<void>;

  /**
   * Releases what the store opened itself (the MongoDB client). The PostgreSQL adapter borrows the
   * app's Database and leaves it open.
   */
  close(): Promise<void>;
}
