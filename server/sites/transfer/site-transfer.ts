import { randomUUID } from "node:crypto";
import { migrateSiteDoc, SiteDocError } from "../../../blocks/doc/migrations.ts";
import { ZSiteDoc, type Block, type SiteDoc } from "../../../blocks/doc/schema.ts";
import { audit } from "../../audit.ts";
import type { AppDeps } from "../../deps.ts";
import type { MediaStorage } from "../../media/port.ts";
import { ZSiteSlug } from "../../routers/sites/sites.schema.ts";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ArchiveError,
  jsonEntry,
  packArchive,
  unpackArchive,
  type Manifest,
} from "./archive.ts";
import {
  exportCommerce,
  importCommerce,
  NOT_INCLUDED,
  parseCommerce,
  type ParsedCommerce,
} from "./commerce-part.ts";
import { exportMedia, importMedia, parseMedia, type ParsedMedia } from "./media-part.ts";
import type { TarEntry } from "./tar.ts";

/**
 * Export and import of a whole site as one archive (./archive.ts). Import always makes a new site
 * owned by the importer, in any account; it never touches an existing one. What it cannot bring
 * (a product that does not validate, an image file that is not what it says) is left out and
 * listed in the report; what makes the archive unusable (not ours, damaged, too big, a document
 * that does not validate even after migration) is refused before anything is stored.
 */

export type TransferDeps = Pick<
  AppDeps,
  "db" | "siteDocuments" | "siteStore" | "now" | "log" | "config"
> & {
  /** Where media files live; null when this installation has no media storage. */
  mediaStorage: MediaStorage | null;
  /** Told when an import added a catalog, so storefront caches drop the site. */
  catalogChanged?: (siteId: string) => void;
};

export type ExportResult = {
  archive: Buffer;
  filename: string;
  manifest: Manifest;
  problems: string[];
};

export async function exportSite(deps: TransferDeps, siteId: string): Promise<ExportResult> {
  const site = await deps.db.prisma.site.findUniqueOrThrow({ where: { id: siteId } });
  const { doc } = await deps.siteDocuments.draft(siteId);
  const entries: TarEntry[] = [jsonEntry("site.json", doc)];
  const problems: string[] = [];
  const notIncluded = [...NOT_INCLUDED];

  let published: Manifest["published"] = null;
  if (site.publishedVersionId) {
    const publishedDoc = await deps.siteDocuments.publishedDoc(siteId, site.publishedVersionId);
    if (publishedDoc && JSON.stringify(publishedDoc) !== JSON.stringify(doc)) {
      entries.push(jsonEntry("published.json", publishedDoc));
      published = { file: "published.json", publishedAt: site.publishedAt?.toISOString() ?? null };
    }
  }

  const catalog = await exportCommerce(deps, siteId);
  entries.push(jsonEntry("commerce.json", catalog));
  const commerce = {
    file: "commerce.json",
    products: catalog.products.length,
    collections: catalog.collections.length,
  };

  let media: Manifest["media"] = null;
  if (deps.mediaStorage) {
    const library = await exportMedia(deps, deps.mediaStorage, siteId);
    entries.push(jsonEntry("media.json", library.items), ...library.entries);
    problems.push(...library.problems);
    media = {
      file: "media.json",
      items: library.items.length,
      files: library.entries.length,
      bytes: library.bytes,
    };
  } else {
    notIncluded.push("media files (this installation has no media storage)");
  }

  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    exportedAt: deps.now().toISOString(),
    generator: "Pegasus",
    site: { name: site.name, slug: site.slug },
    document: {
      file: "site.json",
      schemaVersion: doc.schemaVersion,
      pages: doc.pages.map((page) => ({ id: page.id, slug: page.slug, title: page.title })),
    },
    published,
    commerce,
    media,
    notIncluded,
  };
  const archive = await packArchive([jsonEntry("manifest.json", manifest), ...entries]);
  const day = manifest.exportedAt.slice(0, 10);
  return { archive, filename: `${site.slug}-${day}.pegasus.tar.gz`, manifest, problems };
}

export type ImportReport = {
  /** The schema version the document was saved with, when it was older and got migrated. */
  migratedFrom: number | null;
  brought: {
    pages: number;
    blocks: number;
    products: number;
    collections: number;
    images: number;
    /** The published document came along (as a saved version to publish from). */
    publishedVersion: boolean;
  };
  /** What could not be brought, in sentences. */
  problems: string[];
  /** What the archive does not carry by design. */
  notIncluded: string[];
};

export type ImportResult = {
  site: { id: string; name: string; slug: string };
  report: ImportReport;
};

export async function importSite(
  deps: TransferDeps,
  user: { id: string },
  bytes: Uint8Array,
  options: { name?: string; slug?: string; ip?: string } = {},
): Promise<ImportResult> {
  const archive = await unpackArchive(bytes);
  const { manifest } = archive;
  const problems: string[] = [];

  const migrated = readDocument(archive.json(manifest.document.file), "The site document");
  problems.push(
    ...migrated.warnings.map((w) => `A block could not be upgraded and was kept as it was: ${w}`),
  );
  let publishedDoc: SiteDoc | null = null;
  if (manifest.published) {
    try {
      publishedDoc = readDocument(
        archive.json(manifest.published.file),
        "The published document",
      ).doc;
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      problems.push(`The published version was not brought: ${error.message}`);
    }
  }

  let catalog: ParsedCommerce | null = null;
  if (manifest.commerce) {
    catalog = parseCommerce(archive.json(manifest.commerce.file));
    problems.push(...catalog.problems);
  }
  let media: ParsedMedia | null = null;
  if (manifest.media) {
    if (deps.mediaStorage) {
      media = parseMedia(archive.json(manifest.media.file), archive.files);
      problems.push(...media.problems);
    } else {
      problems.push(
        `${manifest.media.items} images were not brought: this installation has no media storage.`,
      );
    }
  }

  const siteId = randomUUID();
  const mediaIds = media?.ids ?? new Map<string, string>();
  const recordIds = catalog?.ids ?? new Map<string, string>();
  const unknownMedia = new Set<string>();
  // Every string of the document (and of product data): a value that is exactly an old product
  // or collection id becomes the new id (block props name records by id); media addresses inside
  // any text (image props, rich text, product descriptions) point at the new copies.
  const rewriteText = (text: string): string =>
    recordIds.get(text) ??
    text.replace(MEDIA_URL_IN_TEXT, (whole, _site: string, mediaId: string) => {
      const next = mediaIds.get(mediaId);
      if (!next) {
        unknownMedia.add(mediaId);
        return whole;
      }
      return `/media/${siteId}/${next}/`;
    });
  const rewrite = <T>(value: T): T => mapStrings(value, rewriteText) as T;
  const doc = revalidate(rewrite(migrated.doc));
  const published = publishedDoc ? revalidate(rewrite(publishedDoc)) : null;
  if (unknownMedia.size > 0) {
    problems.push(
      `${unknownMedia.size} image${unknownMedia.size === 1 ? " is" : "s are"} not in the archive; ${unknownMedia.size === 1 ? "it keeps its" : "they keep their"} old address and may not show.`,
    );
  }

  const name = (options.name ?? manifest.site.name).trim().slice(0, 80) || "Imported site";
  const slug = await freeSlug(deps, options.slug ?? manifest.site.slug, name);
  await deps.db.prisma.$transaction(async (tx) => {
    await tx.site.create({
      data: { id: siteId, name, slug, members: { create: { userId: user.id, role: "owner" } } },
    });
    await audit(
      deps,
      {
        action: "site.imported",
        actorId: user.id,
        siteId,
        ip: options.ip,
        data: { slug, formatVersion: manifest.formatVersion, exportedAt: manifest.exportedAt },
      },
      tx,
    );
  });

  const brought: ImportReport["brought"] = {
    pages: doc.pages.length,
    blocks: countBlocks(doc),
    products: 0,
    collections: 0,
    images: 0,
    publishedVersion: false,
  };
  try {
    if (media && deps.mediaStorage) {
      brought.images = (await importMedia(deps, deps.mediaStorage, siteId, media, user.id)).items;
    }
    await deps.siteDocuments.initialise(siteId, { name, doc });
    if (catalog) {
      const counts = await importCommerce(deps, siteId, catalog, rewrite);
      brought.products = counts.products;
      brought.collections = counts.collections;
      deps.catalogChanged?.(siteId);
    }
    if (published) {
      await deps.siteStore.appendVersion(siteId, {
        kind: "named",
        label: "Published version (imported)",
        doc: published,
        createdById: user.id,
      });
      brought.publishedVersion = true;
    }
  } catch (error) {
    // Half a site is worse than none: take back what was stored, then fail.
    await removeSite(deps, siteId).catch((cleanup: unknown) =>
      deps.log.error({ err: cleanup, siteId }, "import: cleaning up a failed import failed"),
    );
    throw error;
  }
  return {
    site: { id: siteId, name, slug },
    report: {
      migratedFrom: migrated.migratedFrom < doc.schemaVersion ? migrated.migratedFrom : null,
      brought,
      problems,
      notIncluded: manifest.notIncluded,
    },
  };
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const MEDIA_URL_IN_TEXT = new RegExp(`/media/(${UUID})/(${UUID})/`, "g");

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, {
        value: mapStrings(item, map),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

function readDocument(raw: unknown, what: string) {
  try {
    return migrateSiteDoc(raw);
  } catch (error) {
    if (error instanceof SiteDocError)
      throw new ArchiveError(`${what} cannot be imported: ${error.message}`);
    throw error;
  }
}

function revalidate(doc: SiteDoc): SiteDoc {
  const parsed = ZSiteDoc.safeParse(doc);
  if (!parsed.success) {
    throw new ArchiveError(
      `The site document is not valid after its links were updated: ${parsed.error.issues[0]?.message}`,
    );
  }
  return parsed.data;
}

function countBlocks(doc: SiteDoc): number {
  const count = (blocks: readonly Block[]): number =>
    blocks.reduce((sum, block) => sum + 1 + count(block.children ?? []), 0);
  return doc.pages.reduce((sum, page) => sum + count(page.blocks), 0);
}

/** The wanted slug when it is free and valid, else the same with -2, -3... or a random tail. */
async function freeSlug(deps: Pick<AppDeps, "db">, wanted: string, name: string): Promise<string> {
  const base =
    [wanted, slugify(name), "imported-site"].find(
      (candidate) => ZSiteSlug.safeParse(candidate).success,
    ) ?? "imported-site";
  const stem = base.slice(0, 40);
  const candidates = [base, ...Array.from({ length: 20 }, (_, i) => `${stem}-${i + 2}`)];
  const taken = new Set(
    (
      await deps.db.prisma.site.findMany({
        where: { slug: { in: candidates } },
        select: { slug: true },
      })
    ).map((s) => s.slug),
  );
  return (
    candidates.find((c) => !taken.has(c) && ZSiteSlug.safeParse(c).success) ??
    `${stem}-${randomUUID().slice(0, 6)}`
  );
}

function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
}

async function removeSite(deps: TransferDeps, siteId: string): Promise<void> {
  await deps.siteDocuments.remove(siteId);
  if (deps.mediaStorage) await deps.mediaStorage.deletePrefix(`media/${siteId}`);
  await deps.db.prisma.site.delete({ where: { id: siteId } });
}
