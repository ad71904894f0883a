import type { FastifyBaseLogger } from "fastify";
import path from "node:path";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import { siteCatalog } from "../commerce/catalog.ts";
import type { AppDeps } from "../deps.ts";
import { MediaLibrary } from "./library.ts";
import { LocalMediaStorage } from "./local.ts";
import { ImageWorkerPool } from "./pool.ts";
import type { MediaStorage } from "./port.ts";
import type { RateLimits } from "../limits/rate-limits.ts";
import { UploadLimits } from "./upload-limits.ts";
import { S3MediaStorage } from "./s3.ts";

/** The one place the media adapter is chosen: S3 when S3_BUCKET is set, else DATA_DIR/media. */
export function createMediaStorage(config: Pick<Config, "s3" | "dataDir">): MediaStorage {
  return config.s3
    ? new S3MediaStorage(config.s3)
    : new LocalMediaStorage(path.join(config.dataDir, "media"));
}

/**
 * The media library with its storage and worker pool, from the validated config. Site documents
 * are reached through a getter because the library is composed alongside them.
 */
export function createMediaLibrary(input: {
  config: Config;
  db: Database;
  log: FastifyBaseLogger;
  now: () => Date;
  /** The app's rate limits (memory, or Redis with REDIS_URL). */
  rateLimits: RateLimits;
  /** The finished AppDeps: site documents, the site store and the catalog are read through it. */
  deps: () => Pick<AppDeps, "db" | "siteDocuments" | "siteStore" | "commerce">;
}): MediaLibrary {
  const storage = createMediaStorage(input.config);
  const pool = new ImageWorkerPool({ size: input.config.media.workers });
  input.log.info(
    { media: storage.description, imageWorkers: input.config.media.workers },
    "media storage chosen",
  );
  return new MediaLibrary({
    db: input.db,
    storage,
    pool,
    log: input.log,
    limits: input.config.media,
    uploadLimits: new UploadLimits(input.rateLimits, input.config.media),
    now: input.now,
    siteDocuments: {
      draft: (siteId) => input.deps().siteDocuments.draft(siteId),
      publishedDoc: (siteId, versionId) =>
        input.deps().siteDocuments.publishedDoc(siteId, versionId),
    },
    siteStore: {
      getVersion: (siteId, versionId) => input.deps().siteStore.getVersion(siteId, versionId),
    },
    catalog: (siteId) => siteCatalog(input.deps(), siteId),
  });
}
