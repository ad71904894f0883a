import type { Readable } from "node:stream";

/**
 * Where media files live: the processed variants of uploads and the generated images (Open
 * Graph cards, icons, logos). Keys are relative paths such as
 * `media/<siteId>/<mediaId>/640.webp`; the content type follows from the key's extension, so
 * every adapter answers the same for the same key. Objects are written once and never change in
 * place (a new image gets a new key), which is what lets them be served as immutable.
 */
export interface MediaStorage {
  readonly kind: "local" | "s3";
  /** For logs: where the files go, without secrets. */
  readonly description: string;
  /** Stores `body` under `key`, replacing what was there. Readers never see a partial object. */
  put(key: string, body: Uint8Array): Promise<void>;
  /** The object as a stream, or null when there is none. */
  get(key: string): Promise<StoredObject | null>;
  /** The whole object in memory (for small files), or null when there is none. */
  read(key: string): Promise<Uint8Array | null>;
  exists(key: string): Promise<boolean>;
  /** Removes one object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  /** Removes every object whose key starts with `prefix/`; returns how many went. */
  deletePrefix(prefix: string): Promise<number>;
  /** Keys under `prefix/`, sorted. */
  list(prefix: string): Promise<string[]>;
  close(): Promise<void>;
}

export type StoredObject = {
  body: Readable;
  size: number;
  contentType: string;
};

export class MediaKeyError extends Error {
  constructor(key: string) {
    super(
      `"${key.slice(0, 200)}" is not a media key (lower-case letters, digits, ".", "_", "-" in "/"-separated parts, with a file extension)`,
    );
    this.name = "MediaKeyError";
  }
}

const SEGMENT = /^[a-z0-9_-][a-z0-9._-]{0,127}$/;
const CONTENT_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  webp: "image/webp",
  avif: "image/avif",
  png: "image/png",
  gif: "image/gif",
  svg: "image/svg+xml",
  ico: "image/x-icon",
  json: "application/json",
  bin: "application/octet-stream",
};

/**
 * Checks a key before any adapter turns it into a path or a URL: no empty, dot or dot-dot parts,
 * no leading slash, nothing but a small alphabet, and a known extension on the last part.
 */
export function assertMediaKey(key: string): void {
  if (typeof key !== "string" || key.length > 512) throw new MediaKeyError(String(key));
  const parts = key.split("/");
  const last = parts[parts.length - 1] ?? "";
  const ext = last.includes(".") ? last.slice(last.lastIndexOf(".") + 1) : "";
  if (
    parts.length < 2 ||
    !parts.every((part) => SEGMENT.test(part) && !/^\.+$/.test(part)) ||
    !Object.hasOwn(CONTENT_TYPES, ext)
  ) {
    throw new MediaKeyError(key);
  }
}

/** A prefix is a key without the file: same alphabet, at least one part. */
export function assertMediaPrefix(prefix: string): void {
  if (
    typeof prefix !== "string" ||
    prefix.length > 400 ||
    !prefix.split("/").every((part) => SEGMENT.test(part) && !/^\.+$/.test(part))
  ) {
    throw new MediaKeyError(String(prefix));
  }
}

/** Where one media item's files (its variants, or a generated logo) live in the storage. */
export function mediaPrefix(siteId: string, mediaId: string): string {
  return `media/${siteId}/${mediaId}`;
}

export function contentTypeFor(key: string): string {
  const ext = key.slice(key.lastIndexOf(".") + 1);
  return CONTENT_TYPES[ext] ?? "application/octet-stream";
}
