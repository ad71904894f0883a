import type { FastifyBaseLogger } from "fastify";
import type { LoginThrottle } from "./auth/throttle.ts";
import type { Config } from "./config.ts";
import type { Database } from "./db/client.ts";
import type { AppEventBus } from "./events.ts";
import type { Mailer } from "./mail/port.ts";
import type { SiteStore } from "./sitestore/port.ts";
import type { SiteDoc } from "../blocks/doc/schema.ts";

/** The site documents of the SiteStore as the site lifecycle sees them. */
export interface SiteDocuments {
  /** Creates a new site's first document: `doc`, or a starter home page in the site's name. */
  initialise(siteId: string, site: { name: string; doc?: SiteDoc }): Promise<void>;
  /** The current draft, migrated to the current schema and validated. */
  draft(siteId: string): Promise<{ doc: SiteDoc; updatedAt: Date }>;
  /** A published version's document (immutable, so cached by version id). */
  publishedDoc(siteId: string, versionId: string): Promise<SiteDoc | null>;
  /** Freezes the current draft as an immutable published version and returns its id. */
  publish(siteId: string, userId: string): Promise<{ versionId: string; publishedAt: Date }>;
  /** Removes the document, its update log and versions. */
  remove(siteId: string): Promise<void>;
}

/**
 * Everything a handler may use, chosen once in the composition root (server/compose.ts) from the
 * validated config. Handlers receive it through the tRPC context; tests build their own.
 */
export type AppDeps = {
  config: Config;
  db: Database;
  mailer: Mailer;
  events: AppEventBus;
  throttles: { loginByAccount: LoginThrottle; loginByIp: LoginThrottle };
  siteStore: SiteStore;
  siteDocuments: SiteDocuments;
  log: FastifyBaseLogger;
  now: () => Date;
};
