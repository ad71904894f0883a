import {
  Binary,
  MongoClient,
  MongoServerError,
  type Collection,
  type Db,
  type Filter,
} from "mongodb";
import {
  SiteStoreConflictError,
  SiteStoreInvalidInputError,
  SiteStoreNotFoundError,
  SiteStoreStaleVersionError,
} from "./errors.ts";
import {
  SITE_STORE_LIMITS,
  checkBytes,
  checkExpectedVersion,
  checkListVersionsOptions,
  checkNewVersion,
  checkSiteId,
  checkSiteIds,
  checkVersionKind,
  checkYState,
  parseStoredDoc,
  serializeSiteDoc,
} from "./input.ts";
import type {
  CompactInput,
  ListVersionsOptions,
  NewSiteVersion,
  SiteDocJson,
  SiteDocumentChange,
  SiteStore,
  SiteUpdateLog,
  SiteVersion,
  SiteVersionInfo,
  SiteVersionKind,
  StoredSiteDocument,
  UpdateLogCheckpoint,
} from "./port.ts";
import { newVersionId } from "./version-id.ts";

/**
 * The SiteStore on MongoDB, with single-document atomic operations only (no transactions), so it
 * runs on a standalone mongod as well as on a replica set.
 *
 * - `site_documents`: `_id` = site id, `version`, `doc` (the JSON text, see below), `yState`,
 *   `updateSeq` (the last sequence number handed to an appended update).
 * - `site_document_updates`: `{ siteId, seq, update }`, unique on (siteId, seq). An append takes
 *   its `seq` with `$inc` on the site document, then inserts; two steps, so an update with a
 *   smaller seq can land after a larger one was read. A checkpoint therefore lists the exact seq
 *   ranges that `loadUpdates` returned, and `compact` deletes those and nothing else.
 * - `site_versions`: `_id` = UUIDv7 version id.
 *
 * `doc` is kept as JSON text rather than a BSON object: block props and Lexical state may use keys
 * that MongoDB restricts (`$`-prefixed, dotted), nest past BSON's 100 levels, and must come back
 * exactly as written, as they do from the PostgreSQL adapter.
 */
export class MongoSiteStore implements SiteStore {
  readonly kind = "mongodb" as const;
  private readonly documents: Collection<SiteDocumentRecord>;
  private readonly updates: Collection<UpdateRecord>;
  private readonly versions: Collection<VersionRecord>;

  constructor(
    private readonly db: Db,
    private readonly options: { onClose?: () => Promise<void> } = {},
  ) {
    this.documents = db.collection<SiteDocumentRecord>("site_documents");
    this.updates = db.collection<UpdateRecord>("site_document_updates");
    this.versions = db.collection<VersionRecord>("site_versions");
  }

  /** Creates the indexes the queries rely on (idempotent). */
  async init(): Promise<void> {
    await this.updates.createIndex({ siteId: 1, seq: 1 }, { unique: true, name: "siteId_seq" });
    await this.versions.createIndex(
      { siteId: 1, createdAt: -1, _id: -1 },
      { name: "siteId_createdAt" },
    );
    await this.versions.createIndex(
      { siteId: 1, kind: 1, createdAt: -1, _id: -1 },
      { name: "siteId_kind_createdAt" },
    );
  }

  async create(input: {
    siteId: string;
    doc: SiteDocJson;
    yState?: Uint8Array;
  }): Promise<StoredSiteDocument> {
    const siteId = checkSiteId(input.siteId);
    const { json } = serializeSiteDoc(input.doc);
    const yState = input.yState === undefined ? null : toBinary(checkYState(input.yState));
    const now = new Date();
    const record: SiteDocumentRecord = {
      _id: siteId,
      version: 1,
      doc: json,
      yState,
      updateSeq: 0,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.documents.insertOne(record);
    } catch (error) {
      if (isDuplicateKey(error)) throw new SiteStoreConflictError(siteId);
      throw error;
    }
    return toStoredDocument(record);
  }

  async get(siteId: string): Promise<StoredSiteDocument | null> {
    const record = await this.documents.findOne({ _id: checkSiteId(siteId) });
    return record && toStoredDocument(record);
  }

  async listBySiteIds(siteIds: readonly string[]): Promise<StoredSiteDocument[]> {
    const ids = checkSiteIds(siteIds);
    if (ids.length === 0) return [];
    const records = await this.documents.find({ _id: { $in: ids } }).toArray();
    const bySiteId = new Map(records.map((record) => [record._id, record]));
    return ids.flatMap((id) => {
      const record = bySiteId.get(id);
      return record ? [toStoredDocument(record)] : [];
    });
  }

  async update(
    siteId: string,
    expectedVersion: number,
    change: SiteDocumentChange,
  ): Promise<StoredSiteDocument> {
    const id = checkSiteId(siteId);
    const expected = checkExpectedVersion(expectedVersion);
    const set = checkChange(change);
    const after = await this.documents.findOneAndUpdate(
      { _id: id, version: expected },
      { $set: { ...set, updatedAt: new Date() }, $inc: { version: 1 } },
      { returnDocument: "after" },
    );
    if (!after) throw await this.whyNotWritten(id, expected);
    if (set.yState !== undefined) {
      // The log was appended on top of the state just replaced; it means nothing on the new one.
      await this.updates.deleteMany({ siteId: id, seq: { $lte: after.updateSeq } });
    }
    return toStoredDocument(after);
  }

  async delete(siteId: string): Promise<void> {
    const id = checkSiteId(siteId);
    // The document first, so that appends and new versions are refused from here on.
    await this.documents.deleteOne({ _id: id });
    await this.updates.deleteMany({ siteId: id });
    await this.versions.deleteMany({ siteId: id });
  }

  async appendUpdate(siteId: string, update: Uint8Array): Promise<void> {
    const id = checkSiteId(siteId);
    const bytes = checkBytes(update, "update", SITE_STORE_LIMITS.updateBytes);
    const head = await this.documents.findOneAndUpdate(
      { _id: id },
      { $inc: { updateSeq: 1 } },
      { returnDocument: "after", projection: { updateSeq: 1 } },
    );
    if (!head) throw new SiteStoreNotFoundError(id);
    await this.updates.insertOne({
      siteId: id,
      seq: head.updateSeq,
      update: toBinary(bytes),
      createdAt: new Date(),
    });
  }

  async loadUpdates(siteId: string): Promise<SiteUpdateLog> {
    const id = checkSiteId(siteId);
    // The log before the state: a compaction stores its state before deleting from the log, so
    // whatever this read misses because it was deleted is in the state read second.
    const entries = await this.updates
      .find({ siteId: id }, { sort: { seq: 1 }, projection: { _id: 0, seq: 1, update: 1 } })
      .toArray();
    const head = await this.documents.findOne(
      { _id: id },
      { projection: { version: 1, yState: 1, createdAt: 1 } },
    );
    if (!head) throw new SiteStoreNotFoundError(id);
    const checkpoint: MongoCheckpoint = {
      version: head.version,
      createdAt: head.createdAt.getTime(),
      ranges: seqRanges(entries.map((entry) => entry.seq)),
    };
    return {
      version: head.version,
      state: head.yState && fromBinary(head.yState),
      updates: entries.map((entry) => fromBinary(entry.update)),
      checkpoint: encodeCheckpoint(checkpoint),
    };
  }

  async compact(siteId: string, input: CompactInput): Promise<{ version: number }> {
    const id = checkSiteId(siteId);
    const { version, createdAt, ranges } = decodeCheckpoint(input.checkpoint);
    const yState = toBinary(checkYState(input.yState));
    const set: Partial<SiteDocumentRecord> = { yState, updatedAt: new Date() };
    if (input.doc !== undefined) set.doc = serializeSiteDoc(input.doc).json;
    // createdAt tells this document from an earlier one under the same id (deleted, re-created).
    const after = await this.documents.findOneAndUpdate(
      { _id: id, version, createdAt: new Date(createdAt) },
      { $set: set, $inc: { version: 1 } },
      { returnDocument: "after", projection: { version: 1 } },
    );
    if (!after) throw await this.whyNotWritten(id, version, new Date(createdAt));
    // The state is stored; only now may the updates it contains leave the log. Stopping between
    // the two steps leaves updates that are also in the state, which is harmless.
    for (const filter of rangeFilters(id, ranges)) await this.updates.deleteMany(filter);
    return { version: after.version };
  }

  async appendVersion(siteId: string, version: NewSiteVersion): Promise<SiteVersionInfo> {
    const id = checkSiteId(siteId);
    const checked = checkNewVersion(version);
    const site = await this.documents.findOne({ _id: id }, { projection: { _id: 1 } });
    if (!site) throw new SiteStoreNotFoundError(id);
    const { id: versionId, createdAt } = newVersionId();
    const record: VersionRecord = {
      _id: versionId,
      siteId: id,
      kind: checked.kind,
      label: checked.label,
      doc: checked.json,
      yState: checked.yState && toBinary(checked.yState),
      createdById: checked.createdById,
      createdAt,
    };
    await this.versions.insertOne(record);
    return toVersionInfo(record);
  }

  async listVersions(siteId: string, options?: ListVersionsOptions): Promise<SiteVersionInfo[]> {
    const id = checkSiteId(siteId);
    const { kind, limit, before } = checkListVersionsOptions(options);
    const filter: Filter<VersionRecord> = { siteId: id };
    if (kind !== undefined) filter.kind = kind;
    if (before !== undefined) {
      const cursor = await this.versions.findOne(
        { _id: before, siteId: id },
        { projection: { createdAt: 1 } },
      );
      if (!cursor) {
        throw new SiteStoreInvalidInputError(`before: site ${id} has no version ${before}`);
      }
      filter.$or = [
        { createdAt: { $lt: cursor.createdAt } },
        { createdAt: cursor.createdAt, _id: { $lt: before } },
      ];
    }
    const records = await this.versions
      .find(filter, { sort: { createdAt: -1, _id: -1 }, limit, projection: VERSION_INFO })
      .toArray();
    return records.map(toVersionInfo);
  }

  async getVersion(siteId: string, versionId: string): Promise<SiteVersion | null> {
    const id = checkSiteId(siteId);
    if (typeof versionId !== "string") return null;
    const record = await this.versions.findOne({ _id: versionId, siteId: id });
    return record && toVersion(record);
  }

  async getLatestVersion(siteId: string, kind?: SiteVersionKind): Promise<SiteVersion | null> {
    const filter: Filter<VersionRecord> = { siteId: checkSiteId(siteId) };
    if (kind !== undefined) filter.kind = checkVersionKind(kind);
    const record = await this.versions.findOne(filter, { sort: { createdAt: -1, _id: -1 } });
    return record && toVersion(record);
  }

  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  async close(): Promise<void> {
    await this.options.onClose?.();
  }

  /** After a guarded write matched no document: tell a missing one from a stale version. */
  private async whyNotWritten(siteId: string, expected: number, createdAt?: Date) {
    const current = await this.documents.findOne(
      { _id: siteId },
      { projection: { version: 1, createdAt: 1 } },
    );
    if (!current) return new SiteStoreNotFoundError(siteId);
    const recreated =
      createdAt !== undefined && current.createdAt.getTime() !== createdAt.getTime();
    return new SiteStoreStaleVersionError(siteId, expected, current.version, recreated);
  }
}

export type MongoSiteStoreOptions = {
  /** A mongodb:// or mongodb+srv:// URL; its path names the database (default "pegasus"). */
  url: string;
  /** Overrides the database named in the URL (tests use a throwaway one). */
  databaseName?: string;
  /** How long to look for a server before giving up; a set but unreachable URL must fail. */
  serverSelectionTimeoutMS?: number;
};

/** Connects, creates the indexes, and returns a store that closes its client on close(). */
export async function openMongoSiteStore(options: MongoSiteStoreOptions): Promise<MongoSiteStore> {
  const client = new MongoClient(options.url, {
    appName: "pegasus",
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
  });
  await client.connect();
  try {
    const db = client.db(options.databaseName ?? databaseNameFromUrl(options.url));
    const store = new MongoSiteStore(db, { onClose: () => client.close() });
    await store.init();
    return store;
  } catch (error) {
    await client.close();
    throw error;
  }
}

/** The path of a MongoDB URL (mongodb://h1,h2/pegasus?...); the WHATWG URL parser rejects host lists. */
export function databaseNameFromUrl(url: string): string {
  const name = /^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]*)/.exec(url)?.[1];
  return name ? decodeURIComponent(name) : "pegasus";
}

type SiteDocumentRecord = {
  _id: string;
  version: number;
  /** JSON text. */
  doc: string;
  yState: Binary | null;
  /** The last seq handed to an appended update. */
  updateSeq: number;
  createdAt: Date;
  updatedAt: Date;
};

type UpdateRecord = { siteId: string; seq: number; update: Binary; createdAt: Date };

type VersionRecord = {
  _id: string;
  siteId: string;
  kind: SiteVersionKind;
  label: string | null;
  /** JSON text. */
  doc: string;
  yState: Binary | null;
  createdById: string | null;
  createdAt: Date;
};

const VERSION_INFO = {
  _id: 1,
  siteId: 1,
  kind: 1,
  label: 1,
  createdById: 1,
  createdAt: 1,
} as const;

function checkChange(change: SiteDocumentChange): { doc?: string; yState?: Binary | null } {
  if (typeof change !== "object" || change === null) {
    throw new SiteStoreInvalidInputError("The change must be an object with doc and/or yState");
  }
  const set: { doc?: string; yState?: Binary | null } = {};
  if (change.doc !== undefined) set.doc = serializeSiteDoc(change.doc).json;
  if (change.yState !== undefined) {
    set.yState = change.yState === null ? null : toBinary(checkYState(change.yState));
  }
  if (set.doc === undefined && set.yState === undefined) {
    throw new SiteStoreInvalidInputError("The change has neither doc nor yState: nothing to write");
  }
  return set;
}

// ---- checkpoints: the document version and exactly which log entries were read ----

type SeqRange = readonly [first: number, last: number];
type MongoCheckpoint = { version: number; createdAt: number; ranges: SeqRange[] };

/** Sorted, distinct seqs -> maximal runs of consecutive numbers. */
export function seqRanges(seqs: readonly number[]): SeqRange[] {
  const ranges: [number, number][] = [];
  for (const seq of seqs) {
    const last = ranges.at(-1);
    if (last && seq === last[1] + 1) last[1] = seq;
    else ranges.push([seq, seq]);
  }
  return ranges;
}

export function encodeCheckpoint(checkpoint: MongoCheckpoint): UpdateLogCheckpoint {
  const ranges = checkpoint.ranges
    .map(([first, last]) => (first === last ? `${first}` : `${first}-${last}`))
    .join(",");
  return `mongo:${checkpoint.version}:${checkpoint.createdAt}:${ranges}` as UpdateLogCheckpoint;
}

const CHECKPOINT =
  /^mongo:(\d{1,15}):(\d{1,15}):((?:\d{1,15}(?:-\d{1,15})?)(?:,\d{1,15}(?:-\d{1,15})?)*)?$/;

export function decodeCheckpoint(checkpoint: UpdateLogCheckpoint): MongoCheckpoint {
  const match = typeof checkpoint === "string" ? CHECKPOINT.exec(checkpoint) : null;
  if (!match) {
    throw new SiteStoreInvalidInputError(
      "The checkpoint is not one this MongoDB site store issued: pass the one loadUpdates returned",
    );
  }
  const ranges = (match[3] ? match[3].split(",") : []).map((part): SeqRange => {
    const [first, last = first] = part.split("-").map(Number) as [number, number?];
    return [first, last];
  });
  return { version: Number(match[1]), createdAt: Number(match[2]), ranges };
}

/** deleteMany filters covering `ranges`, a bounded number of ranges per query. */
function rangeFilters(siteId: string, ranges: readonly SeqRange[]): Filter<UpdateRecord>[] {
  const filters: Filter<UpdateRecord>[] = [];
  for (let start = 0; start < ranges.length; start += 200) {
    filters.push({
      siteId,
      $or: ranges
        .slice(start, start + 200)
        .map(([first, last]) => ({ seq: { $gte: first, $lte: last } })),
    });
  }
  return filters;
}

// ---- records <-> port types ----

function toStoredDocument(record: SiteDocumentRecord): StoredSiteDocument {
  return {
    siteId: record._id,
    version: record.version,
    doc: parseStoredDoc(record.doc, record._id),
    yState: record.yState && fromBinary(record.yState),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

function toVersionInfo(
  record: Pick<VersionRecord, "_id" | "siteId" | "kind" | "label" | "createdById" | "createdAt">,
): SiteVersionInfo {
  return {
    id: record._id,
    siteId: record.siteId,
    kind: record.kind,
    label: record.label,
    createdById: record.createdById,
    createdAt: record.createdAt,
  };
}

function toVersion(record: VersionRecord): SiteVersion {
  return {
    ...toVersionInfo(record),
    doc: parseStoredDoc(record.doc, record.siteId),
    yState: record.yState && fromBinary(record.yState),
  };
}

function toBinary(bytes: Uint8Array): Binary {
  return new Binary(bytes);
}

/** A copy: a deserialised Binary may be a view into the whole reply. */
function fromBinary(binary: Binary): Uint8Array {
  return new Uint8Array(binary.value());
}

function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === 11000;
}
