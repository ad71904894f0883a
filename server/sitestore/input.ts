import { SiteStoreInvalidInputError } from "./errors.ts";
import {
  SITE_VERSION_KINDS,
  type ListVersionsOptions,
  type NewSiteVersion,
  type SiteDocJson,
  type SiteVersionKind,
} from "./port.ts";

/**
 * Checks every adapter applies before it writes, so that both accept and refuse the same input.
 * The byte limits keep a document, its Yjs state and the store's own fields inside one MongoDB
 * document (16 MiB); PostgreSQL would take more, but a site must be movable between the adapters.
 */
export const SITE_STORE_LIMITS = {
  /** A document's JSON text, in UTF-8 bytes. */
  docBytes: 8 * 1024 * 1024,
  yStateBytes: 7 * 1024 * 1024,
  updateBytes: 7 * 1024 * 1024,
  /** JSON nesting; deeper input is almost certainly a bug, and deep recursion is a hazard. */
  docDepth: 500,
  siteIdsPerList: 500,
  versionsPage: 200,
  defaultVersionsPage: 50,
  labelLength: 200,
  userIdLength: 128,
} as const;

const SITE_ID = /^[A-Za-z0-9_-]{1,128}$/;

export function checkSiteId(siteId: unknown): string {
  if (typeof siteId !== "string" || !SITE_ID.test(siteId)) {
    throw new SiteStoreInvalidInputError(
      `A site id is 1 to 128 letters, digits, _ or -; got ${describe(siteId)}`,
    );
  }
  return siteId;
}

export function checkExpectedVersion(version: unknown): number {
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 1) {
    throw new SiteStoreInvalidInputError(
      `The expected version is a whole number from 1; got ${describe(version)}`,
    );
  }
  return version;
}

export function checkBytes(value: unknown, what: string, maxBytes: number): Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new SiteStoreInvalidInputError(`${what} must be a Uint8Array; got ${describe(value)}`);
  }
  if (value.byteLength > maxBytes) {
    throw new SiteStoreInvalidInputError(
      `${what} is ${value.byteLength} bytes; the limit is ${maxBytes}`,
    );
  }
  return value;
}

export const checkYState = (value: unknown) =>
  checkBytes(value, "yState", SITE_STORE_LIMITS.yStateBytes);

/**
 * Validates a site document and returns its JSON text. Refuses what JSON cannot represent or would
 * silently change (NaN, Infinity, bigint, functions, class instances such as Date or Map, cycles,
 * holes or `undefined` in arrays) and strings PostgreSQL's jsonb cannot hold (NUL, lone surrogates).
 * `undefined` object properties are dropped, as JSON.stringify does.
 */
export function serializeSiteDoc(doc: unknown, what = "doc"): { doc: SiteDocJson; json: string } {
  if (!isPlainObject(doc)) {
    throw new SiteStoreInvalidInputError(`${what} must be a JSON object; got ${describe(doc)}`);
  }
  const schemaVersion = doc.schemaVersion;
  if (
    typeof schemaVersion !== "number" ||
    !Number.isSafeInteger(schemaVersion) ||
    schemaVersion < 1
  ) {
    throw new SiteStoreInvalidInputError(
      `${what}.schemaVersion must be a whole number from 1; got ${describe(schemaVersion)}`,
    );
  }
  checkJsonValue(doc, what, new Set(), 0);
  const json = JSON.stringify(doc);
  const bytes = Buffer.byteLength(json, "utf8");
  if (bytes > SITE_STORE_LIMITS.docBytes) {
    throw new SiteStoreInvalidInputError(
      `${what} is ${bytes} bytes as JSON; the limit is ${SITE_STORE_LIMITS.docBytes}`,
    );
  }
  return { doc: doc as SiteDocJson, json };
}

/** A plain Uint8Array (not a Buffer or other subclass), whatever a driver handed back. */
export function plainBytes(bytes: Uint8Array): Uint8Array {
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes);
}

/** Parses a document the store wrote itself; a row that is not one is reported, not passed on. */
export function parseStoredDoc(value: unknown, siteId: string): SiteDocJson {
  const doc: unknown = typeof value === "string" ? JSON.parse(value) : value;
  if (!isPlainObject(doc) || typeof doc.schemaVersion !== "number") {
    throw new Error(`The stored document of site ${siteId} is not a site document`);
  }
  return doc as SiteDocJson;
}

export type CheckedVersion = {
  kind: SiteVersionKind;
  label: string | null;
  createdById: string | null;
  doc: SiteDocJson;
  json: string;
  yState: Uint8Array | null;
};

export function checkNewVersion(version: NewSiteVersion): CheckedVersion {
  if (!isPlainObject(version)) {
    throw new SiteStoreInvalidInputError(`A version must be an object; got ${describe(version)}`);
  }
  const kind = checkVersionKind(version.kind);
  const label = optionalText(version.label, "label", SITE_STORE_LIMITS.labelLength);
  const createdById = optionalText(
    version.createdById,
    "createdById",
    SITE_STORE_LIMITS.userIdLength,
  );
  const { doc, json } = serializeSiteDoc(version.doc);
  const yState = version.yState === undefined ? null : checkYState(version.yState);
  return { kind, label, createdById, doc, json, yState };
}

export function checkVersionKind(kind: unknown): SiteVersionKind {
  if (!SITE_VERSION_KINDS.includes(kind as SiteVersionKind)) {
    throw new SiteStoreInvalidInputError(
      `A version kind is one of ${SITE_VERSION_KINDS.join(", ")}; got ${describe(kind)}`,
    );
  }
  return kind as SiteVersionKind;
}

export function checkListVersionsOptions(options: ListVersionsOptions = {}): {
  kind: SiteVersionKind | undefined;
  limit: number;
  before: string | undefined;
} {
  const kind = options.kind === undefined ? undefined : checkVersionKind(options.kind);
  const limit = options.limit ?? SITE_STORE_LIMITS.defaultVersionsPage;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > SITE_STORE_LIMITS.versionsPage) {
    throw new SiteStoreInvalidInputError(
      `limit is a whole number from 1 to ${SITE_STORE_LIMITS.versionsPage}; got ${describe(limit)}`,
    );
  }
  const before = options.before;
  if (before !== undefined && (typeof before !== "string" || before.length === 0)) {
    throw new SiteStoreInvalidInputError(`before is a version id; got ${describe(before)}`);
  }
  return { kind, limit, before };
}

/** Distinct ids in the order given. */
export function checkSiteIds(siteIds: readonly string[]): string[] {
  if (!Array.isArray(siteIds)) {
    throw new SiteStoreInvalidInputError(`siteIds must be an array; got ${describe(siteIds)}`);
  }
  const unique = [...new Set(siteIds.map(checkSiteId))];
  if (unique.length > SITE_STORE_LIMITS.siteIdsPerList) {
    throw new SiteStoreInvalidInputError(
      `At most ${SITE_STORE_LIMITS.siteIdsPerList} site ids at once; got ${unique.length}`,
    );
  }
  return unique;
}

function optionalText(value: unknown, what: string, maxLength: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || value.length === 0 || value.length > maxLength) {
    throw new SiteStoreInvalidInputError(
      `${what} is text of 1 to ${maxLength} characters; got ${describe(value)}`,
    );
  }
  checkString(value, what);
  return value;
}

function checkJsonValue(value: unknown, path: string, ancestors: Set<object>, depth: number) {
  switch (typeof value) {
    case "string":
      checkString(value, path);
      return;
    case "boolean":
      return;
    case "number":
      if (!Number.isFinite(value)) {
        throw new SiteStoreInvalidInputError(`${path} is ${value}, which JSON cannot represent`);
      }
      return;
    case "object":
      break;
    default:
      throw new SiteStoreInvalidInputError(`${path} is a ${typeof value}, which is not JSON`);
  }
  if (value === null) return;
  if (depth >= SITE_STORE_LIMITS.docDepth) {
    throw new SiteStoreInvalidInputError(
      `${path} is nested more than ${SITE_STORE_LIMITS.docDepth} levels deep`,
    );
  }
  if (ancestors.has(value)) {
    throw new SiteStoreInvalidInputError(`${path} contains itself, which JSON cannot represent`);
  }
  ancestors.add(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const itemPath = `${path}[${index}]`;
      if (item === undefined) {
        throw new SiteStoreInvalidInputError(
          `${itemPath} is missing; JSON would turn it into null`,
        );
      }
      checkJsonValue(item, itemPath, ancestors, depth + 1);
    }
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const keyPath = /^[A-Za-z_$][\w$]*$/.test(key)
        ? `${path}.${key}`
        : `${path}[${JSON.stringify(key)}]`;
      checkString(key, `${keyPath} (the key)`);
      const item = value[key];
      if (item !== undefined) checkJsonValue(item, keyPath, ancestors, depth + 1);
    }
  } else {
    const kind = (value as object).constructor?.name ?? "object";
    throw new SiteStoreInvalidInputError(
      `${path} is a ${kind}, not a plain object; convert it to JSON first`,
    );
  }
  ancestors.delete(value);
}

// NUL and unpaired surrogates: valid in a JS string, refused by PostgreSQL's jsonb.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkString(value: string, path: string) {
  if (value.includes("\0") || LONE_SURROGATE.test(value)) {
    throw new SiteStoreInvalidInputError(
      `${path} contains a NUL character or an unpaired surrogate, which cannot be stored`,
    );
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function describe(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (value === null || value === undefined) return String(value);
  if (typeof value === "object") return Array.isArray(value) ? "an array" : "an object";
  return `${typeof value} ${String(value)}`;
}
