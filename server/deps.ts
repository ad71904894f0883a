import type { FastifyBaseLogger } from "fastify";
import type { LoginThrottle } from "./auth/throttle.ts";
import type { BackgroundTasks } from "./background.ts";
import type { CollabService } from "./collab/service.ts";
import type { Config } from "./config.ts";
import type { Database } from "./db/client.ts";
import type { AppEventBus } from "./events.ts";
import type { Commerce } from "./commerce/service.ts";
import type { Mailer } from "./mail/port.ts";
import type { MediaLibrary } from "./media/library.ts";
import type { SiteStore } from "./sitestore/port.ts";
import type { SiteDoc } from "../blocks/doc/schema.ts";
import type * as Y from "yjs";
import type { EditOrigin } from "../collab/doc/origin.ts";
import type { AiServices } from "./ai/service.ts";
import type { RateLimits } from "./limits/rate-limits.ts";
import type { RateLimiterAbstract } from "rate-limiter-flexible";

/**
 * A site's live Y.Doc, as the collaboration server holds it: what AI actions (and imports) change.
 * `applyChange` runs `change` inside ONE transaction with `origin`, so collaborators see it live and
 * it is one undo step; the person behind the origin gets it as a notice first, so it lands on their
 * own undo stack. Resolves with the Yjs update, or null when nothing changed.
 */
export interface LiveDocuments {
  applyChange(
    siteId: string,
    change: (ydoc: Y.Doc) => void,
    origin: EditOrigin,
    /** What it was, for the undo history of the person behind `origin` ("Rewrite the hero"). */
    label?: string,
  ): Promise<Uint8Array | null>;
  /** The current document (live edits included), validated. */
  read(siteId: string): Promise<SiteDoc>;
}

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
  /** SESSION_SECRET, or the random one kept under DATA_DIR: signs collab tokens. */
  sessionSecret: string;
  db: Database;
  mailer: Mailer;
  events: AppEventBus;
  /** Makes the counters every throttle uses: in memory, or in Redis with REDIS_URL. */
  limits: RateLimits;
  throttles: {
    login: LoginThrottle;
    /** "Someone tried to register with your address" mails, per account. */
    takenAddressNotice: RateLimiterAbstract;
  };
  /** Work a request starts without waiting for it (mail that must not slow the answer). */
  background: BackgroundTasks;
  siteStore: SiteStore;
  siteDocuments: SiteDocuments;
  /** Live collaboration: the Hocuspocus server behind /collab, versions, restores. */
  collab: CollabService;
  /** Payments (Stripe or the test gateway) and the storefront catalog cache. */
  commerce: Commerce;
  /** Uploads, their variants and where they are used (server/media). */
  media: MediaLibrary;
  /** The AI provider, live documents, credits, rate limits and generation jobs (server/ai). */
  ai: AiServices;
  log: FastifyBaseLogger;
  now: () => Date;
};
