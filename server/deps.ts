import type { FastifyBaseLogger } from "fastify";
import type { LoginThrottle } from "./auth/throttle.ts";
import type { Config } from "./config.ts";
import type { Database } from "./db/client.ts";
import type { AppEventBus } from "./events.ts";
import type { Mailer } from "./mail/port.ts";

/** The site documents of the SiteStore as the site lifecycle sees them. */
export interface SiteDocuments {
  /** Creates a new site's first document (a starter home page in the site's name). */
  initialise(siteId: string, site: { name: string }): Promise<void>;
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
  siteDocuments: SiteDocuments;
  log: FastifyBaseLogger;
  now: () => Date;
};
