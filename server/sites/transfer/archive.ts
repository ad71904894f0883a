import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import { z } from "zod";
import { readTar, TarError, writeTar, type TarEntry } from "./tar.ts";

/**
 * The site archive: one `.tar.gz` holding a manifest and the site's parts.
 *
 *   manifest.json     what this is (format, format version), what it holds, what it does not
 *   site.json         the draft site document (theme, pages and their blocks, nav, settings)
 *   published.json    the published document, when the site was published and it differs
 *   commerce.json     store settings, products with variants, collections
 *   media.json        the media library's records; their files under media/<mediaId>/<file>
 *
 * tar + gzip rather than one JSON file: media files go in as they are (no base64, a third
 * larger), the archive streams through gzip, and anyone can look inside with `tar -tzf`.
 * Format version 1 is the first; readers migrate older archives up (ARCHIVE_MIGRATIONS) and
 * refuse newer ones by name.
 */

export const ARCHIVE_FORMAT = "pegasus-site";
export const ARCHIVE_FORMAT_VERSION = 1;

/** Limits at the edge. A store with a few hundred images fits well inside them. */
export const ARCHIVE_LIMITS = Object.freeze({
  /** The upload (compressed). */
  maxArchiveBytes: 200 * 1024 * 1024,
  /** Everything unpacked: a zip bomb stops here, not in memory. */
  maxExpandedBytes: 600 * 1024 * 1024,
  maxEntries: 20_000,
  maxFileBytes: 50 * 1024 * 1024,
  /** site.json, published.json, commerce.json, media.json each. */
  maxJsonBytes: 32 * 1024 * 1024,
});
export type ArchiveLimits = typeof ARCHIVE_LIMITS;

const ZPart = z.object({ file: z.string().min(1).max(100) });

export const ZManifest = z.object({
  format: z.literal(ARCHIVE_FORMAT, {
    error: "This is not a Pegasus site archive (its manifest names another format).",
  }),
  formatVersion: z.number().int().min(1),
  exportedAt: z.string().max(40),
  generator: z.string().max(100).optional(),
  site: z.object({ name: z.string().min(1).max(80), slug: z.string().max(64) }),
  document: ZPart.extend({
    schemaVersion: z.number().int().min(1),
    pages: z.array(z.object({ id: z.string(), slug: z.string(), title: z.string() })).max(500),
  }),
  published: ZPart.extend({ publishedAt: z.string().max(40).nullable() })
    .nullable()
    .default(null),
  commerce: ZPart.extend({
    products: z.number().int().min(0),
    collections: z.number().int().min(0),
  })
    .nullable()
    .default(null),
  media: ZPart.extend({
    items: z.number().int().min(0),
    files: z.number().int().min(0),
    bytes: z.number().int().min(0),
  })
    .nullable()
    .default(null),
  /** What the exporter left out on purpose, in words. */
  notIncluded: z.array(z.string().max(200)).max(50).default([]),
});
export type Manifest = z.infer<typeof ZManifest>;

/** Upgrades of older manifests, step n -> n+1 at index n - 1 (none yet: version 1 is the first). */
const ARCHIVE_MIGRATIONS: readonly ((
  manifest: Record<string, unknown>,
) => Record<string, unknown>)[] = [];

export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArchiveError";
  }
}

export type SiteArchive = {
  manifest: Manifest;
  /** Every file by path. */
  files: Map<string, Uint8Array>;
  json(path: string): unknown;
};

export async function packArchive(entries: TarEntry[]): Promise<Buffer> {
  return promisify(gzip)(writeTar(entries), { level: 6 });
}

export function jsonEntry(path: string, value: unknown): TarEntry {
  return { path, data: Buffer.from(JSON.stringify(value, null, 2)) };
}

/** Unpacks and checks an uploaded archive; throws ArchiveError with a sentence for the merchant. */
export async function unpackArchive(
  bytes: Uint8Array,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): Promise<SiteArchive> {
  const mb = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MB`;
  if (bytes.length > limits.maxArchiveBytes) {
    throw new ArchiveError(`The archive is larger than ${mb(limits.maxArchiveBytes)}.`);
  }
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw new ArchiveError(
      "This is not a Pegasus site archive (expected a .tar.gz file exported from Pegasus).",
    );
  }
  let tar: Buffer;
  try {
    tar = await promisify(gunzip)(bytes, { maxOutputLength: limits.maxExpandedBytes });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new ArchiveError(
      code === "ERR_BUFFER_TOO_LARGE"
        ? `The archive unpacks to more than ${mb(limits.maxExpandedBytes)}.`
        : "The archive is damaged (it cannot be decompressed).",
    );
  }
  let entries: TarEntry[];
  try {
    entries = readTar(tar, { maxEntries: limits.maxEntries, maxFileBytes: limits.maxFileBytes });
  } catch (error) {
    if (error instanceof TarError)
      throw new ArchiveError(`The archive cannot be read: ${error.message}.`);
    throw error;
  }
  const files = new Map(entries.map((entry) => [entry.path, entry.data]));
  const json = (path: string): unknown => {
    const data = files.get(path);
    if (!data) throw new ArchiveError(`The archive is incomplete: ${path} is missing.`);
    if (data.length > limits.maxJsonBytes) {
      throw new ArchiveError(`${path} is larger than ${mb(limits.maxJsonBytes)}.`);
    }
    try {
      return JSON.parse(Buffer.from(data).toString("utf8"));
    } catch {
      throw new ArchiveError(`The archive is damaged: ${path} is not valid JSON.`);
    }
  };

  let raw = json("manifest.json");
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ArchiveError("The archive's manifest is not a JSON object.");
  }
  let manifestJson = raw as Record<string, unknown>;
  const version = manifestJson.formatVersion;
  if (typeof version === "number" && version > ARCHIVE_FORMAT_VERSION) {
    throw new ArchiveError(
      `This archive was made by a newer version of Pegasus (format ${version}; this one reads up to ${ARCHIVE_FORMAT_VERSION}). Update Pegasus, then import it again.`,
    );
  }
  if (typeof version === "number" && Number.isInteger(version)) {
    for (let v = version; v < ARCHIVE_FORMAT_VERSION; v++) {
      manifestJson = { ...ARCHIVE_MIGRATIONS[v - 1]!(manifestJson), formatVersion: v + 1 };
    }
  }
  raw = manifestJson;
  const parsed = ZManifest.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new ArchiveError(
      first.path[0] === "format"
        ? first.message
        : `The archive's manifest is not valid: ${first.path.join(".") || "manifest"}: ${first.message}`,
    );
  }
  return { manifest: parsed.data, files, json };
}
