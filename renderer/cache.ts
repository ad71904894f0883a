import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { RenderedPage } from "./types.ts";

/** A rendered page kept for re-serving: the response plus its strong ETag and, when worth it, a gzipped body. */
export type CachedPage = RenderedPage & {
  etag: string;
  /** Present when the page is large enough that compressing once beats compressing per request. */
  gzip?: Buffer;
};

export type RenderCacheOptions = {
  /** How many pages to keep before the least recently used one is dropped. */
  maxEntries: number;
  /** Pre-compress bodies of at least this many bytes (default 1024); 0 turns it off. */
  gzipMinBytes?: number;
};

export type RenderCache = {
  get(versionId: string, path: string): CachedPage | undefined;
  /** Stores a rendered page and returns it with its ETag (and gzip body). */
  set(versionId: string, path: string, page: RenderedPage, owner?: { siteId?: string }): CachedPage;
  /**
   * Drops every page of a site: entries whose versionId starts with `versionIdOrSite`, or whose
   * owner siteId equals it. Returns how many were dropped.
   */
  invalidateSite(versionIdOrSite: string): number;
  clear(): void;
  readonly size: number;
};

/** A strong ETag: the same bytes always give the same tag, different bytes a different one. */
export function etagFor(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

export function createRenderCache(options: RenderCacheOptions): RenderCache {
  const maxEntries = Math.max(1, Math.floor(options.maxEntries));
  const gzipMinBytes = options.gzipMinBytes ?? 1024;
  // A Map iterates in insertion order, so re-inserting on read makes the first key the least recently used.
  const entries = new Map<string, { page: CachedPage; versionId: string; siteId?: string }>();
  // NUL cannot appear in a version id or a path, so the key is unambiguous.
  const keyOf = (versionId: string, path: string) => `${versionId}\u0000${path}`;

  return {
    get(versionId, path) {
      const key = keyOf(versionId, path);
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.page;
    },
    set(versionId, path, page, owner) {
      const etag = etagFor(page.html);
      const cached: CachedPage = { ...page, headers: { ...page.headers, etag }, etag };
      if (gzipMinBytes > 0 && Buffer.byteLength(page.html) >= gzipMinBytes) {
        cached.gzip = gzipSync(page.html);
      }
      const key = keyOf(versionId, path);
      entries.delete(key);
      entries.set(key, { page: cached, versionId, siteId: owner?.siteId });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return cached;
    },
    invalidateSite(versionIdOrSite) {
      if (versionIdOrSite === "") return 0;
      let dropped = 0;
      for (const [key, entry] of entries) {
        if (entry.siteId === versionIdOrSite || entry.versionId.startsWith(versionIdOrSite)) {
          entries.delete(key);
          dropped++;
        }
      }
      return dropped;
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

/** What to send: either the full page or a bodiless 304. */
export type ConditionalResponse = {
  status: number;
  headers: Record<string, string>;
  /** Empty for a 304. */
  html: string;
  notModified: boolean;
};

/**
 * Answers a conditional GET. If-None-Match uses the weak comparison (RFC 9110 §13.1.2), so a
 * proxy that weakened our tag still gets its 304; `*` matches any current page.
 */
export function conditionalResponse(
  cached: CachedPage,
  ifNoneMatch: string | string[] | undefined,
): ConditionalResponse {
  const header = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(",") : ifNoneMatch;
  if (header !== undefined && cached.status === 200 && etagMatches(header, cached.etag)) {
    const headers: Record<string, string> = { etag: cached.etag };
    for (const name of ["cache-control", "vary", "content-location", "expires"]) {
      const value = cached.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    return { status: 304, headers, html: "", notModified: true };
  }
  return { status: cached.status, headers: cached.headers, html: cached.html, notModified: false };
}

function etagMatches(header: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return header.split(",").some((candidate) => {
    const tag = candidate.trim();
    return tag === "*" || opaque(tag) === wanted;
  });
}
