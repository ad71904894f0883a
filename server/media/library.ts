import { createHash } from "node:crypto";
import type { FastifyBaseLogger } from "fastify";
import {
  MEDIA_EXTENSIONS,
  mediaVariantUrl,
  parseMediaUrl,
  type MediaFormat,
  type MediaLookup,
} from "../../blocks/shared/images.ts";
import type { Config } from "../config.ts";
import { DomainError } from "../errors.ts";
import { Prisma, type Database } from "../db/client.ts";
import type { SiteDocuments } from "../deps.ts";
import type { SiteStore } from "../sitestore/port.ts";
import { GeneratedAssets, type Catalog } from "./generated/assets.ts";
import { inspectUpload, UploadRefused } from "./inspect.ts";
import type { ImageWorkerPool } from "./pool.ts";
import { mediaPrefix, type MediaStorage } from "./port.ts";
import type { UploadLimits } from "./upload-limits.ts";
import { ImageProcessingError } from "./process.ts";
import { findCatalogUses, findMediaUses, mediaIdsIn, mergeUses, type MediaUse } from "./usage.ts";

export type MediaOrigin = "upload" | "logo" | "placeholder";
export type MediaStatus = "processing" | "ready" | "failed";

/** An image of the library as the API and the editor see it. */
export type MediaItem = {
  id: string;
  siteId: string;
  filename: string;
  alt: string;
  origin: MediaOrigin;
  status: MediaStatus;
  /** 0-100 while processing. */
  progress: number;
  error: string | null;
  /** The URL blocks store (largest JPEG; an animation's largest GIF); null until ready. */
  src: string | null;
  /** A small WebP for grids and pickers; null until ready. */
  thumbnail: string | null;
  /** An SVG version (generated logos only). */
  svg: string | null;
  width: number | null;
  height: number | null;
  widths: number[];
  /** Best first: `MEDIA_FORMATS`, or `ANIMATED_MEDIA_FORMATS` for an animation (it has a GIF). */
  formats: MediaFormat[];
  color: string | null;
  placeholder: string | null;
  sourceType: string;
  sourceBytes: number;
  storedBytes: number;
  createdAt: string;
};

type MediaRow = Prisma.MediaGetPayload<object>;

/** Processing rows older than this, not processed here, were orphaned by a restart. */
const STALE_PROCESSING_MS = 15 * 60_000;
const PROGRESS_STEP = 10;

const VERSION_WORDS = { draft: "draft", published: "published", catalog: "product catalog" };

/** An image still shown somewhere: deleting it would break those pages. */
export class MediaInUseError extends DomainError {
  constructor(
    readonly filename: string,
    readonly uses: MediaUse[],
  ) {
    const places = uses
      .slice(0, 8)
      .map((use) => `${use.label} (${use.versions.map((v) => VERSION_WORDS[v]).join(" and ")})`)
      .join("; ");
    const more = uses.length > 8 ? `; and ${uses.length - 8} more` : "";
    super(
      "CONFLICT",
      `“${filename}” is used in ${uses.length === 1 ? "1 place" : `${uses.length} places`}: ${places}${more}. Remove it from there first${uses.some((u) => u.versions.includes("published")) ? " and publish, so the live store no longer shows it" : ""}.`,
    );
    this.name = "MediaInUseError";
  }
}

export type MediaLibraryDeps = {
  db: Database;
  storage: MediaStorage;
  pool: ImageWorkerPool;
  siteDocuments: Pick<SiteDocuments, "draft" | "publishedDoc">;
  siteStore: Pick<SiteStore, "getVersion">;
  /** The site's live products and collections, for their link-preview cards. */
  catalog: (siteId: string) => Promise<Catalog>;
  log: FastifyBaseLogger;
  limits: Config["media"];
  /** How many uploads a person and a site may have processing at once, and start a minute. */
  uploadLimits?: UploadLimits;
  now?: () => Date;
};

/**
 * The media library of every site: takes uploads (checked on the request path, processed in the
 * worker pool), keeps their rows and files in step, answers where an image is used and refuses to
 * delete it while it is, and tells the renderer what it knows about each image.
 */
export class MediaLibrary {
  private readonly active = new Map<string, Promise<void>>();
  private readonly now: () => Date;
  /** Open Graph cards, icons, logos and placeholders made from a site's brand. */
  readonly generated: GeneratedAssets;

  constructor(private readonly deps: MediaLibraryDeps) {
    this.now = deps.now ?? (() => new Date());
    this.generated = new GeneratedAssets({
      db: deps.db,
      siteStore: deps.siteStore,
      library: this,
      catalog: deps.catalog,
    });
  }

  get storage(): MediaStorage {
    return this.deps.storage;
  }

  get limits(): Config["media"] {
    return this.deps.limits;
  }

  /** The site's live products and collections. */
  catalog(siteId: string): Promise<Catalog> {
    return this.deps.catalog(siteId);
  }

  /**
   * Checks an upload and starts processing it. Refusals throw UploadRefused before anything is
   * stored, or TooManyUploads when the person or site already has too much processing. The same
   * bytes uploaded again answer the existing image (`duplicate: true`).
   */
  async upload(input: {
    siteId: string;
    userId: string | null;
    filename: string;
    bytes: Uint8Array;
    origin?: MediaOrigin;
    alt?: string;
  }): Promise<{ media: MediaItem; duplicate: boolean }> {
    const { siteId, bytes } = input;
    if (bytes.byteLength > this.deps.limits.maxBytes) {
      throw new UploadRefused(
        "PAYLOAD_TOO_LARGE",
        `The file is larger than the ${formatBytes(this.deps.limits.maxBytes)} limit.`,
      );
    }
    const inspected = inspectUpload(bytes, { maxPixels: this.deps.limits.maxPixels });
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const prisma = this.deps.db.prisma;

    const existing = await prisma.media.findUnique({
      where: { siteId_sha256: { siteId, sha256 } },
    });
    if (existing && this.statusOf(existing) !== "failed") {
      return { media: this.toItem(existing), duplicate: true };
    }
    if (existing) await prisma.media.delete({ where: { id: existing.id } }).catch(() => undefined);

    // A person's uploads count against their limits; generated images (logos) do not.
    const finished =
      input.userId && (input.origin ?? "upload") === "upload"
        ? await this.deps.uploadLimits?.start(input.userId, siteId)
        : undefined;
    let row: MediaRow;
    try {
      row = await prisma.media.create({
        data: {
          siteId,
          sha256,
          filename: cleanFilename(input.filename, inspected.type),
          sourceType: inspected.type,
          sourceBytes: bytes.byteLength,
          origin: input.origin ?? "upload",
          alt: (input.alt ?? "").slice(0, 300),
          createdById: input.userId,
          status: "processing",
          widths: [],
          formats: [],
        },
      });
    } catch (error) {
      // The same file arriving twice at once: the second one finds the first.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        const winner = await prisma.media.findUnique({
          where: { siteId_sha256: { siteId, sha256 } },
        });
        if (winner) {
          await finished?.();
          return { media: this.toItem(winner), duplicate: true };
        }
      }
      await finished?.();
      throw error;
    }
    const job = this.process(row, bytes).finally(async () => {
      this.active.delete(row.id);
      await finished?.().catch((error: unknown) =>
        this.deps.log.warn({ err: error }, "upload limit not released"),
      );
    });
    this.active.set(row.id, job);
    return { media: this.toItem(row), duplicate: false };
  }

  /** Resolves once the image has finished processing here (or at once when it is not). */
  async whenProcessed(mediaId: string): Promise<void> {
    await this.active.get(mediaId);
  }

  /** Resolves once every image being processed here is done. */
  async whenIdle(): Promise<void> {
    while (this.active.size > 0) await Promise.all([...this.active.values()]);
  }

  private async process(row: MediaRow, bytes: Uint8Array): Promise<void> {
    const prisma = this.deps.db.prisma;
    const prefix = mediaPrefix(row.siteId, row.id);
    let reported = 0;
    try {
      const result = await this.deps.pool.run(
        bytes,
        { maxPixels: this.deps.limits.maxPixels },
        (fraction) => {
          // Encoding is ~90% of the work; storing the files is the rest.
          const percent = Math.floor(fraction * 90);
          if (percent - reported < PROGRESS_STEP) return;
          reported = percent;
          prisma.media
            .updateMany({
              where: { id: row.id, status: "processing" },
              data: { progress: percent },
            })
            .catch(() => undefined);
        },
      );
      let storedBytes = 0;
      await inBatches(result.variants, 4, async (variant) => {
        await this.deps.storage.put(
          `${prefix}/${variant.width}.${MEDIA_EXTENSIONS[variant.format]}`,
          variant.bytes,
        );
        storedBytes += variant.bytes.byteLength;
      });
      const widths = [...new Set(result.variants.map((v) => v.width))].sort((a, b) => a - b);
      // In the order they were made: best first, whether still or animated.
      const formats = [...new Set(result.variants.map((v) => v.format))];
      const done = await prisma.media.updateMany({
        where: { id: row.id, status: "processing" },
        data: {
          status: "ready",
          progress: 100,
          width: result.width,
          height: result.height,
          widths,
          formats,
          color: result.color,
          hasAlpha: result.hasAlpha,
          placeholder: result.placeholder,
          storedBytes,
        },
      });
      // Deleted while it was processing: nothing may stay behind.
      if (done.count === 0) await this.deps.storage.deletePrefix(prefix);
    } catch (error) {
      const message =
        error instanceof ImageProcessingError
          ? error.message
          : "The image could not be processed. Try again in a moment.";
      if (!(error instanceof ImageProcessingError)) {
        this.deps.log.error({ err: error, mediaId: row.id }, "media processing failed");
      }
      await this.deps.storage.deletePrefix(prefix).catch((cleanup: unknown) => {
        this.deps.log.error({ err: cleanup, mediaId: row.id }, "media cleanup failed");
      });
      await prisma.media
        .updateMany({
          where: { id: row.id },
          data: { status: "failed", progress: 0, error: message, widths: [], formats: [] },
        })
        .catch(() => undefined);
    }
  }

  async list(
    siteId: string,
    options: { search?: string; cursor?: string; limit?: number } = {},
  ): Promise<{ items: MediaItem[]; nextCursor: string | null }> {
    const limit = Math.min(Math.max(options.limit ?? 60, 1), 200);
    const search = options.search?.trim();
    const rows = await this.deps.db.prisma.media.findMany({
      where: {
        siteId,
        ...(search
          ? {
              OR: [
                { filename: { contains: search, mode: "insensitive" } },
                { alt: { contains: search, mode: "insensitive" } },
              ],
            }
          : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    });
    const page = rows.slice(0, limit);
    return {
      items: page.map((row) => this.toItem(row)),
      nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
    };
  }

  async get(siteId: string, mediaId: string): Promise<MediaItem | null> {
    const row = await this.deps.db.prisma.media.findFirst({ where: { id: mediaId, siteId } });
    return row ? this.toItem(row) : null;
  }

  async setAlt(siteId: string, mediaId: string, alt: string): Promise<MediaItem | null> {
    const updated = await this.deps.db.prisma.media.updateMany({
      where: { id: mediaId, siteId },
      data: { alt: alt.trim().slice(0, 300) },
    });
    return updated.count === 0 ? null : this.get(siteId, mediaId);
  }

  /** Where the image is used in the site's draft and in the published version. */
  async uses(siteId: string, mediaId: string): Promise<MediaUse[]> {
    const site = await this.deps.db.prisma.site.findUnique({
      where: { id: siteId },
      select: { publishedVersionId: true },
    });
    const draft = await this.deps.siteDocuments.draft(siteId).catch(() => null);
    const published = site?.publishedVersionId
      ? await this.deps.siteDocuments.publishedDoc(siteId, site.publishedVersionId)
      : null;
    const catalog = await this.deps.catalog(siteId).catch(() => null);
    return mergeUses(
      draft ? findMediaUses(draft.doc, mediaId, "draft") : [],
      published ? findMediaUses(published, mediaId, "published") : [],
      catalog ? findCatalogUses(catalog, mediaId) : [],
    );
  }

  /** Deletes the image and its files, unless it is used (then MediaInUseError lists where). */
  async remove(siteId: string, mediaId: string): Promise<boolean> {
    const row = await this.deps.db.prisma.media.findFirst({ where: { id: mediaId, siteId } });
    if (!row) return false;
    const uses = await this.uses(siteId, mediaId);
    if (uses.length > 0) throw new MediaInUseError(row.filename, uses);
    await this.deps.db.prisma.media.deleteMany({ where: { id: mediaId, siteId } });
    await this.deps.storage.deletePrefix(mediaPrefix(siteId, mediaId));
    return true;
  }

  /**
   * Removes every file of a site (uploads and generated images). For purging a deleted site: its
   * rows go with the site (foreign key), its files only through this.
   */
  async removeSite(siteId: string): Promise<number> {
    const removed = await this.deps.storage.deletePrefix(`media/${siteId}`);
    return removed + (await this.deps.storage.deletePrefix(`generated/${siteId}`));
  }

  /** Everything the renderer should know about the images `sources` (documents, store data) use. */
  async lookupFor(siteId: string, ...sources: unknown[]): Promise<MediaLookup> {
    const ids = mediaIdsIn(sources, siteId);
    if (ids.length === 0) return () => undefined;
    const rows = await this.deps.db.prisma.media.findMany({
      where: { siteId, id: { in: ids }, status: "ready" },
      select: { id: true, width: true, height: true, color: true, hasAlpha: true },
    });
    const known = new Map(rows.map((row) => [row.id, row]));
    return (src) => {
      const url = parseMediaUrl(src);
      const row = url && url.siteId === siteId ? known.get(url.mediaId) : undefined;
      if (!row?.width || !row.height) return undefined;
      return {
        width: row.width,
        height: row.height,
        ...(row.color && !row.hasAlpha ? { color: row.color } : {}),
      };
    };
  }

  /** A stored file for the /media route; null when there is none. */
  file(siteId: string, mediaId: string, file: string) {
    return this.deps.storage.get(`${mediaPrefix(siteId, mediaId)}/${file}`);
  }

  async close(): Promise<void> {
    await this.deps.pool.close();
    await Promise.allSettled([...this.active.values()]);
    await this.deps.storage.close();
  }

  private statusOf(row: MediaRow): MediaStatus {
    if (
      row.status === "processing" &&
      !this.active.has(row.id) &&
      this.now().getTime() - row.updatedAt.getTime() > STALE_PROCESSING_MS
    ) {
      return "failed";
    }
    return row.status as MediaStatus;
  }

  toItem(row: MediaRow): MediaItem {
    const status = this.statusOf(row);
    const ready = status === "ready" && row.widths.length > 0;
    const largest = row.widths[row.widths.length - 1];
    const thumbWidth = row.widths.find((w) => w >= 320) ?? largest;
    // An animation's blocks keep its GIF: from that URL the renderer offers animated WebP.
    const srcFormat: MediaFormat = row.formats.includes("gif") ? "gif" : "jpeg";
    return {
      id: row.id,
      siteId: row.siteId,
      filename: row.filename,
      alt: row.alt,
      origin: row.origin as MediaOrigin,
      status,
      progress: status === "ready" ? 100 : row.progress,
      error:
        status === "failed"
          ? (row.error ??
            "Processing was interrupted (the server restarted). Upload the file again.")
          : null,
      src: ready && largest ? mediaVariantUrl(row.siteId, row.id, largest, srcFormat) : null,
      thumbnail:
        ready && thumbWidth ? mediaVariantUrl(row.siteId, row.id, thumbWidth, "webp") : null,
      svg: ready && row.origin === "logo" ? `/media/${row.siteId}/${row.id}/logo.svg` : null,
      width: row.width,
      height: row.height,
      widths: row.widths,
      formats: row.formats as MediaFormat[],
      color: row.color,
      placeholder: row.placeholder,
      sourceType: row.sourceType,
      sourceBytes: row.sourceBytes,
      storedBytes: row.storedBytes,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

/** A display name: the merchant's own file name without its path, with the true extension. */
function cleanFilename(name: string, type: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    // eslint-disable-next-line no-control-regex -- control characters have no place in a name
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .trim()
    .slice(0, 120);
  const ext = type === "jpeg" ? "jpg" : type;
  return `${base || "image"}.${ext}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map(run));
  }
}
