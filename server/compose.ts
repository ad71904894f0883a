import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pino from "pino";
import { TAKEN_ADDRESS_NOTICE_RULE } from "./auth/registration.ts";
import { LoginThrottle } from "./auth/throttle.ts";
import { connectAiRedis } from "./ai/redis.ts";
import { createAiServices } from "./ai/service.ts";
import type { PaymentProvider } from "./commerce/payments/port.ts";
import { BackgroundTasks } from "./background.ts";
import { createCommerce } from "./commerce/service.ts";
import { createCollabService, type CollabOptions } from "./collab/service.ts";
import type { Config } from "./config.ts";
import { openDatabase, type Database } from "./db/client.ts";
import { migrate } from "./db/migrate.ts";
import { createRateLimits } from "./limits/rate-limits.ts";
import type { AppDeps } from "./deps.ts";
import { AppEventBus } from "./events.ts";
import { OutboxMailer } from "./mail/outbox.ts";
import type { Mailer } from "./mail/port.ts";
import { SmtpMailer } from "./mail/smtp.ts";
import { createMediaLibrary } from "./media/index.ts";
import { SiteDocumentService } from "./sites/documents.ts";
import { createSiteStore } from "./sitestore/index.ts";
import type { SiteStore } from "./sitestore/port.ts";

export type Composition = { deps: AppDeps; siteStore: SiteStore; close(): Promise<void> };

/**
 * The composition root: every adapter is chosen here, once, from the validated config
 * (DESIGN.md's storage table). Nothing else reads the environment.
 */
export async function compose(
  config: Config,
  overrides: {
    log?: AppDeps["log"];
    now?: () => Date;
    database?: Database;
    /** Collab server knobs (tests, benchmarks). */
    collab?: CollabOptions;
    /** A payment provider instead of the configured one (tests). */
    payments?: PaymentProvider;
  } = {},
): Promise<Composition> {
  const log =
    overrides.log ??
    pino({
      level: config.logLevel,
      base: { service: "pegasus" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: ["req.headers.cookie", 'res.headers["set-cookie"]'],
    });

  const db =
    overrides.database ??
    (await openDatabase(
      config.databaseUrl
        ? { kind: "postgres", url: config.databaseUrl }
        : { kind: "pglite", dataDir: config.dataDir },
    ));
  try {
    const result = await migrate(db.sql, { log: (message) => log.info(message) });
    if (result.applied.length) log.info({ applied: result.applied }, "database migrated");
  } catch (error) {
    await db.close();
    throw error;
  }

  const siteStore = await createSiteStore({ database: db, mongodbUrl: config.mongodbUrl });
  const mailer: Mailer = config.smtpUrl
    ? new SmtpMailer(config.smtpUrl, config.mailFrom)
    : new OutboxMailer(path.join(config.dataDir, "outbox"), config.mailFrom);

  const events = new AppEventBus();
  const now = overrides.now ?? (() => new Date());
  // The collab server authenticates with the finished deps; it only needs them once it serves.
  let collab: AppDeps["collab"];
  try {
    collab = await createCollabService({
      config,
      store: siteStore,
      log,
      events,
      deps: () => deps,
      options: overrides.collab,
    });
  } catch (error) {
    await siteStore.close();
    await db.close();
    throw error;
  }
  const commerce = createCommerce(config, db.prisma, now, overrides.payments);
  // One fail-fast connection (commands time out in seconds) for AI jobs and limits and for the
  // throttles, which count in memory while it is down.
  const redis = config.redisUrl ? connectAiRedis(config.redisUrl, log) : null;
  const limits = createRateLimits({ redis });
  if (config.redisUrl && !config.sessionSecret) {
    log.warn(
      "REDIS_URL is set but SESSION_SECRET is not: fine for one process; several must share one " +
        "SESSION_SECRET (or one DATA_DIR), or collab tokens made by one are refused by the others",
    );
  }
  const deps: AppDeps = {
    config,
    sessionSecret: config.sessionSecret ?? (await keptSecret(config.dataDir)),
    db,
    mailer,
    events,
    siteStore,
    siteDocuments: new SiteDocumentService(siteStore, db, events, now),
    media: createMediaLibrary({ config, db, log, now, rateLimits: limits, deps: () => deps }),
    collab,
    commerce,
    ai: createAiServices({
      config: config.ai,
      db,
      collab,
      commerce,
      now,
      redis,
      log,
    }),
    limits,
    throttles: {
      login: new LoginThrottle(limits),
      takenAddressNotice: limits.limiter(TAKEN_ADDRESS_NOTICE_RULE),
    },
    background: new BackgroundTasks(log),
    log,
    now,
  };
  log.info(
    {
      database: db.description,
      siteStore: siteStore.kind,
      mailer: mailer.kind,
      payments: deps.commerce.payments.kind,
      ai: deps.ai.provider.kind,
      collab: config.redisUrl ? "redis scale-out" : "single process",
      rateLimits: limits.kind,
    },
    "adapters chosen",
  );
  return {
    deps,
    siteStore,
    async close() {
      await deps.background.whenIdle();
      await deps.media.close();
      await deps.ai.close();
      redis?.disconnect();
      await collab.close();
      await siteStore.close();
      await db.close();
    },
  };
}

/**
 * The embedded default for SESSION_SECRET: random, made on the first start and kept in
 * DATA_DIR/session-secret (readable by this user only), so tokens outlive a restart. Several
 * processes that do not share DATA_DIR need SESSION_SECRET set to one value.
 */
async function keptSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "session-secret");
  try {
    const kept = (await readFile(file, "utf8")).trim();
    if (kept.length >= 32) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    // Another process made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return (await readFile(file, "utf8")).trim();
  }
}
