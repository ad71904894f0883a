import type { Database } from "../db/client.ts";
import { openMongoSiteStore } from "./mongodb.ts";
import type { SiteStore } from "./port.ts";
import { createPostgresSiteStore } from "./postgres.ts";

export * from "./errors.ts";
export * from "./port.ts";
export { SITE_STORE_LIMITS } from "./input.ts";
export { createPostgresSiteStore } from "./postgres.ts";
export { MongoSiteStore, openMongoSiteStore, type MongoSiteStoreOptions } from "./mongodb.ts";

export type SiteStoreOptions = {
  /** The app's relational database; the PostgreSQL adapter shares it. */
  database: Pick<Database, "prisma">;
  /** MONGODB_URL: when set, site documents live in MongoDB instead. */
  mongodbUrl?: string;
};

/**
 * The composition root's one choice of adapter: MongoDB when a URL is configured, else the
 * PostgreSQL tables of the app's own database (PGlite when that is embedded).
 */
export async function createSiteStore(options: SiteStoreOptions): Promise<SiteStore> {
  if (options.mongodbUrl) return openMongoSiteStore({ url: options.mongodbUrl });
  return createPostgresSiteStore(options.database);
}
