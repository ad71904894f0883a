import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";

/**
 * Every setting Pegasus reads from the environment, validated once at start.
 * Unset optional services fall back to the embedded defaults (PGlite, local disk, outbox...).
 * The README's configuration table mirrors this list; keep them together.
 */

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

const optionalUrl = (protocols: readonly string[], example: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine(
        (value) => {
          try {
            return protocols.includes(new URL(value).protocol);
          } catch {
            return false;
          }
        },
        `expected a ${protocols.join(" or ")} URL such as ${example}`,
      )
      .optional(),
  );

const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `expected a whole number from ${min} to ${max}` })
      .int(`expected a whole number from ${min} to ${max}`)
      .min(min, `expected a whole number from ${min} to ${max}`)
      .max(max, `expected a whole number from ${min} to ${max}`)
      .default(fallback),
  );

const flag = (fallback: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(["true", "false", "1", "0", "yes", "no"], {
        error: "expected true or false",
      })
      .transform((value) => value === "true" || value === "1" || value === "yes")
      .default(fallback),
  );

const ZEnvironment = z.object({
  NODE_ENV: z.preprocess(
    emptyToUndefined,
    z
      .enum(["development", "production", "test"], {
        error: "expected development, production or test",
      })
      .default("development"),
  ),
  PORT: integer(0, 65_535, 3000),
  HOST: z.preprocess(emptyToUndefined, z.string().min(1).default("localhost")),
  PUBLIC_URL: optionalUrl(["http:", "https:"], "https://pegasus.example.com"),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().min(1).default(".data")),
  DATABASE_URL: optionalUrl(["postgres:", "postgresql:"], "postgresql://user@host:5432/pegasus"),
  MONGODB_URL: optionalUrl(["mongodb:", "mongodb+srv:"], "mongodb://localhost:27017/pegasus"),
  REDIS_URL: optionalUrl(["redis:", "rediss:"], "redis://127.0.0.1:6379"),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "expected one of fatal, error, warn, info, debug, trace, silent",
      })
      .default("info"),
  ),
  TRUST_PROXY: flag(false),
  BODY_LIMIT_BYTES: integer(1024, 100 * 1024 * 1024, 1024 * 1024),
  SESSION_TTL_DAYS: integer(1, 365, 30),
  /** Signs collab tokens (with each session's own key); unset: a random one kept in DATA_DIR. */
  SESSION_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, "expected at least 32 characters (say, openssl rand -hex 32)").optional(),
  ),
  COLLAB_COMPACT_AFTER_SECONDS: integer(1, 3_600, 5),
  COLLAB_COMPACT_EVERY_SECONDS: integer(5, 86_400, 60),
  COLLAB_AUTO_VERSION_MINUTES: integer(0, 1_440, 10),
  COLLAB_MAX_MESSAGE_BYTES: integer(64 * 1024, 64 * 1024 * 1024, 4 * 1024 * 1024),
  SMTP_URL: optionalUrl(["smtp:", "smtps:"], "smtps://user:pass@smtp.example.com:465"),
  MAIL_FROM: z.preprocess(
    emptyToUndefined,
    z.string().min(3).default("Pegasus <no-reply@pegasus.localhost>"),
  ),
  SENTRY_DSN: optionalUrl(["http:", "https:"], "https://key@o0.ingest.sentry.io/0"),
  SEED_DEMO: flag(false),
  MEDIA_MAX_BYTES: integer(1024, 1024 * 1024 * 1024, 20 * 1024 * 1024),
  /** Width x height an upload may have; checked from the header, before anything is decoded. */
  MEDIA_MAX_PIXELS: integer(1_000_000, 268_402_689, 100_000_000),
  /** Image-processing worker threads; 0 picks one fewer than the cores (at least 1, at most 4). */
  MEDIA_WORKERS: integer(0, 32, 0),
  /** Uploads one person may start in a minute (a site: three times as many). */
  MEDIA_UPLOADS_PER_MINUTE: integer(1, 10_000, 30),
  /** Uploads of one person being processed at once (a site: three times as many). */
  MEDIA_UPLOADS_AT_ONCE: integer(1, 1_000, 4),
  S3_BUCKET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        "expected an S3 bucket name: 3-63 lower-case letters, digits, dots and hyphens",
      )
      .optional(),
  ),
  S3_REGION: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z0-9-]{2,32}$/, "expected a region such as us-east-1 (or auto for R2)")
      .default("us-east-1"),
  ),
  S3_ENDPOINT: optionalUrl(["http:", "https:"], "http://127.0.0.1:9000 (MinIO)"),
  S3_FORCE_PATH_STYLE: flag(false),
  S3_ACCESS_KEY_ID: z.preprocess(emptyToUndefined, z.string().min(3).max(128).optional()),
  S3_SECRET_ACCESS_KEY: z.preprocess(emptyToUndefined, z.string().min(3).max(256).optional()),
  STRIPE_SECRET_KEY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(
        /^(sk|rk)_(test|live)_[A-Za-z0-9]{8,}$/,
        "expected a Stripe secret key such as sk_test_... or sk_live_...",
      )
      .optional(),
  ),
  STRIPE_WEBHOOK_SECRET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^whsec_[A-Za-z0-9+/=]{8,}$/, "expected a webhook signing secret such as whsec_...")
      .optional(),
  ),
  /**
   * The built-in test gateway (no money moves) when Stripe is not configured. Unset: enabled,
   * except under NODE_ENV=production, where a shop must not seem to take payments it cannot.
   */
  PAYMENTS_TEST_GATEWAY: z.preprocess(
    emptyToUndefined,
    z.enum(["enabled", "disabled"], { error: "expected enabled or disabled" }).optional(),
  ),
  /** Tests point the Stripe SDK at a local fake here; unset means api.stripe.com. */
  STRIPE_API_BASE: optionalUrl(["http:", "https:"], "http://127.0.0.1:12111"),
  /**
   * Stripe Connect (docs/payments.md): "optional" lets a store connect its own account and takes
   * a store's payments with the platform's account until it does (a single-merchant install
   * never connects); "required" takes no payment for a store without a connected account.
   */
  STRIPE_CONNECT: z.preprocess(
    emptyToUndefined,
    z
      .enum(["optional", "required"], { error: "expected optional or required" })
      .default("optional"),
  ),
  /** The signing secret of the Connect webhook endpoint (events of connected accounts). */
  STRIPE_CONNECT_WEBHOOK_SECRET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^whsec_[A-Za-z0-9+/=]{8,}$/, "expected a webhook signing secret such as whsec_...")
      .optional(),
  ),
  /** The platform's fee on a connected store's payment: a percentage of it (0 to 50)... */
  PLATFORM_FEE_PERCENT: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "expected a percentage from 0 to 50, such as 2.5" })
      .min(0, "expected a percentage from 0 to 50, such as 2.5")
      .max(50, "expected a percentage from 0 to 50, such as 2.5")
      .refine(
        (value) => Number.isInteger(value * 1000),
        "expected at most three decimals, such as 2.5",
      )
      .default(0),
  ),
  /** ...plus a fixed part in minor units of the payment's currency (30 = $0.30 in USD). */
  PLATFORM_FEE_FIXED: integer(0, 100_000, 0),
  /** PayPal beside card payments: the platform's REST app (client id and secret) and webhook. */
  PAYPAL_CLIENT_ID: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,128}$/, "expected the client id of a PayPal REST app")
      .optional(),
  ),
  PAYPAL_CLIENT_SECRET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,128}$/, "expected the secret of a PayPal REST app")
      .optional(),
  ),
  PAYPAL_WEBHOOK_ID: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(
        /^[A-Za-z0-9-]{8,64}$/,
        "expected the id PayPal gave the webhook, such as 8PT597110X687430LKGECATA",
      )
      .optional(),
  ),
  /** https://api-m.sandbox.paypal.com for the sandbox; tests point it at a local fake. */
  PAYPAL_API_BASE: optionalUrl(["http:", "https:"], "https://api-m.sandbox.paypal.com"),
  OPENAI_API_KEY: z.preprocess(emptyToUndefined, z.string().min(1).max(512).optional()),
  /** Any OpenAI-compatible server (Ollama, vLLM, LM Studio); unset means api.openai.com. */
  OPENAI_BASE_URL: optionalUrl(["http:", "https:"], "http://127.0.0.1:11434/v1"),
  OPENAI_MODEL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9._:/-]{1,128}$/, "expected a model name such as gpt-4o-mini")
      .default("gpt-4o-mini"),
  ),
  OPENAI_TIMEOUT_MS: integer(1_000, 600_000, 120_000),
  OPENAI_MAX_RETRIES: integer(0, 10, 2),
  AI_CREDITS_PER_SITE: integer(0, 1_000_000, 200),
  AI_RATE_LIMIT_PER_MINUTE: integer(1, 10_000, 20),
});

const testGatewayEnabled = (env: { NODE_ENV: string; PAYMENTS_TEST_GATEWAY?: string }) =>
  (env.PAYMENTS_TEST_GATEWAY ?? (env.NODE_ENV === "production" ? "disabled" : "enabled")) ===
  "enabled";

/**
 * Why a start is refused when shoppers could not pay or only the test gateway would take their
 * payments where that is not allowed (read by the composition root too).
 */
export const NO_PAYMENT_PROVIDER = {
  variable: "PAYMENTS_TEST_GATEWAY",
  message:
    "no payment provider. Set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET to take real payments, " +
    "or PAYMENTS_TEST_GATEWAY=enabled to take test payments only (no money moves)",
};

/** Settings that only make sense together. */
const ZCheckedEnvironment = ZEnvironment.superRefine((env, issues) => {
  // Without the webhook secret, payments made on Stripe would never be confirmed.
  if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET)
    issues.addIssue({
      code: "custom",
      path: ["STRIPE_WEBHOOK_SECRET"],
      message:
        "required when STRIPE_SECRET_KEY is set (the signing secret of the webhook endpoint)",
    });
  if (env.STRIPE_WEBHOOK_SECRET && !env.STRIPE_SECRET_KEY)
    issues.addIssue({
      code: "custom",
      path: ["STRIPE_SECRET_KEY"],
      message: "required when STRIPE_WEBHOOK_SECRET is set",
    });
  if (!env.STRIPE_SECRET_KEY && !testGatewayEnabled(env))
    issues.addIssue({
      code: "custom",
      path: [NO_PAYMENT_PROVIDER.variable],
      message:
        env.NODE_ENV === "production" && !env.PAYMENTS_TEST_GATEWAY
          ? `NODE_ENV is production: ${NO_PAYMENT_PROVIDER.message}`
          : NO_PAYMENT_PROVIDER.message,
    });
  // Connect needs Stripe itself: a store could never connect nor pay.
  if (env.STRIPE_CONNECT === "required" && !env.STRIPE_SECRET_KEY)
    issues.addIssue({
      code: "custom",
      path: ["STRIPE_CONNECT"],
      message: "required needs STRIPE_SECRET_KEY (stores connect their Stripe accounts)",
    });
  // PayPal needs all three: the app to call it, and the webhook id to verify its events.
  const paypal = ["PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET", "PAYPAL_WEBHOOK_ID"] as const;
  const paypalSet = paypal.filter((name) => env[name]);
  if (paypalSet.length > 0)
    for (const name of paypal)
      if (!env[name])
        issues.addIssue({
          code: "custom",
          path: [name],
          message: `required when ${paypalSet.join(" and ")} ${paypalSet.length > 1 ? "are" : "is"} set (PayPal needs its client id, secret and webhook id together)`,
        });
  if (env.PAYPAL_API_BASE && paypalSet.length === 0)
    issues.addIssue({
      code: "custom",
      path: ["PAYPAL_API_BASE"],
      message: "only used with PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET and PAYPAL_WEBHOOK_ID",
    });
  if (env.COLLAB_COMPACT_AFTER_SECONDS > env.COLLAB_COMPACT_EVERY_SECONDS)
    issues.addIssue({
      code: "custom",
      path: ["COLLAB_COMPACT_AFTER_SECONDS"],
      message: `must not be more than COLLAB_COMPACT_EVERY_SECONDS (${env.COLLAB_COMPACT_EVERY_SECONDS})`,
    });
});

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  /** Absolute origin used in mails, canonical URLs and CSRF checks. */
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  mongodbUrl: string | undefined;
  redisUrl: string | undefined;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  trustProxy: boolean;
  bodyLimitBytes: number;
  sessionTtlDays: number;
  /** Set by SESSION_SECRET; when unset, compose() keeps a random one under DATA_DIR. */
  sessionSecret: string | undefined;
  collab: CollabConfig;
  smtpUrl: string | undefined;
  mailFrom: string;
  sentryDsn: string | undefined;
  /** Create the demo account and store on an empty database even when DATABASE_URL is set. */
  seedDemo: boolean;
  media: {
    /** Largest upload accepted, in bytes. */
    maxBytes: number;
    /** Largest width x height accepted (decompression bombs are refused from the header). */
    maxPixels: number;
    /** Image-processing worker threads. */
    workers: number;
    /** Uploads one person may start in a minute; a site takes three times as many. */
    uploadsPerMinute: number;
    /** Uploads of one person being processed at once; a site takes three times as many. */
    uploadsAtOnce: number;
  };
  /** Media on S3 (or MinIO, R2) when S3_BUCKET is set; local disk under DATA_DIR otherwise. */
  s3: S3Config | undefined;
  /** Stripe payments when set (with the webhook secret); the built-in test gateway otherwise. */
  stripeSecretKey: string | undefined;
  stripeWebhookSecret: string | undefined;
  stripeApiBase: string | undefined;
  /**
   * The built-in test gateway takes payments when Stripe is not configured. Never true under
   * NODE_ENV=production unless PAYMENTS_TEST_GATEWAY=enabled says so.
   */
  paymentsTestGateway: boolean;
  stripeConnect: StripeConnectConfig;
  /** PayPal offered at checkout (to stores that connected a merchant id) when set. */
  paypal: PayPalConfig | undefined;
  ai: AiConfig;
};

/** Stripe Connect: stores paid into their own Stripe accounts (docs/payments.md). */
export type StripeConnectConfig = {
  /** "required": a store takes no payment before its own account can take charges. */
  mode: "optional" | "required";
  webhookSecret: string | undefined;
  /** The platform's fee on a connected store's payment: percent of it plus a fixed part. */
  feePercent: number;
  /** Minor units of the payment's currency. */
  feeFixed: number;
};

export type PayPalConfig = {
  clientId: string;
  clientSecret: string;
  webhookId: string;
  /** Unset means live PayPal (https://api-m.paypal.com). */
  apiBase: string | undefined;
};

/** The live-collaboration server's timings and limits. */
export type CollabConfig = {
  /** Compaction of the update log into the stored state runs this long after the last change. */
  compactAfterMs: number;
  /** ...and at least this often while changes keep coming. */
  compactAtLeastEveryMs: number;
  /** Automatic versions at most this often while a site is edited; 0 turns them off. */
  autoVersionEveryMs: number;
  /** The largest WebSocket message accepted; a larger one closes that connection. */
  maxMessageBytes: number;
};

/** The AI provider: OpenAI (or a compatible server) when OPENAI_API_KEY is set, else offline. */
export type AiConfig = {
  openaiApiKey: string | undefined;
  openaiBaseUrl: string | undefined;
  openaiModel: string;
  /** The whole answer, streaming included. */
  timeoutMs: number;
  /** Retries on 429/5xx/timeouts, with exponential back-off. */
  maxRetries: number;
  /** AI credits each site gets per calendar month (0 turns AI actions off). */
  creditsPerSite: number;
  /** AI requests one person may make per minute. */
  rateLimitPerMinute: number;
};

export type S3Config = {
  bucket: string;
  region: string;
  /** MinIO, R2 or another S3-compatible server; unset means AWS. */
  endpoint: string | undefined;
  /** Path-style URLs (host/bucket/key), which MinIO needs. */
  forcePathStyle: boolean;
  /** Both or neither; neither means the AWS default credential chain. */
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
};

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): Config {
  const parsed = ZCheckedEnvironment.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? "environment");
        const got = env[variable];
        return {
          variable,
          message: got === undefined ? issue.message : `${issue.message} (got "${got}")`,
        };
      }),
    );
  }
  const e = parsed.data;
  const s3Problems = [
    ...(e.S3_ACCESS_KEY_ID && !e.S3_SECRET_ACCESS_KEY
      ? [{ variable: "S3_SECRET_ACCESS_KEY", message: "required when S3_ACCESS_KEY_ID is set" }]
      : []),
    ...(e.S3_SECRET_ACCESS_KEY && !e.S3_ACCESS_KEY_ID
      ? [{ variable: "S3_ACCESS_KEY_ID", message: "required when S3_SECRET_ACCESS_KEY is set" }]
      : []),
    ...(!e.S3_BUCKET && (e.S3_ENDPOINT || e.S3_ACCESS_KEY_ID)
      ? [{ variable: "S3_BUCKET", message: "required when other S3_* variables are set" }]
      : []),
  ];
  if (s3Problems.length > 0) throw new ConfigError(s3Problems);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    dataDir: path.resolve(cwd, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    mongodbUrl: e.MONGODB_URL,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    sessionSecret: e.SESSION_SECRET,
    collab: {
      compactAfterMs: e.COLLAB_COMPACT_AFTER_SECONDS * 1000,
      compactAtLeastEveryMs: e.COLLAB_COMPACT_EVERY_SECONDS * 1000,
      autoVersionEveryMs: e.COLLAB_AUTO_VERSION_MINUTES * 60_000,
      maxMessageBytes: e.COLLAB_MAX_MESSAGE_BYTES,
    },
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sentryDsn: e.SENTRY_DSN,
    seedDemo: e.SEED_DEMO,
    media: {
      maxBytes: e.MEDIA_MAX_BYTES,
      maxPixels: e.MEDIA_MAX_PIXELS,
      workers:
        e.MEDIA_WORKERS === 0
          ? Math.max(1, Math.min(4, availableParallelism() - 1))
          : e.MEDIA_WORKERS,
      uploadsPerMinute: e.MEDIA_UPLOADS_PER_MINUTE,
      uploadsAtOnce: e.MEDIA_UPLOADS_AT_ONCE,
    },
    s3: e.S3_BUCKET
      ? {
          bucket: e.S3_BUCKET,
          region: e.S3_REGION,
          endpoint: e.S3_ENDPOINT,
          forcePathStyle: e.S3_FORCE_PATH_STYLE,
          accessKeyId: e.S3_ACCESS_KEY_ID,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY,
        }
      : undefined,
    stripeSecretKey: e.STRIPE_SECRET_KEY,
    stripeWebhookSecret: e.STRIPE_WEBHOOK_SECRET,
    stripeApiBase: e.STRIPE_API_BASE,
    paymentsTestGateway: testGatewayEnabled(e),
    stripeConnect: {
      mode: e.STRIPE_CONNECT,
      webhookSecret: e.STRIPE_CONNECT_WEBHOOK_SECRET,
      feePercent: e.PLATFORM_FEE_PERCENT,
      feeFixed: e.PLATFORM_FEE_FIXED,
    },
    paypal:
      e.PAYPAL_CLIENT_ID && e.PAYPAL_CLIENT_SECRET && e.PAYPAL_WEBHOOK_ID
        ? {
            clientId: e.PAYPAL_CLIENT_ID,
            clientSecret: e.PAYPAL_CLIENT_SECRET,
            webhookId: e.PAYPAL_WEBHOOK_ID,
            apiBase: e.PAYPAL_API_BASE,
          }
        : undefined,
    ai: {
      openaiApiKey: e.OPENAI_API_KEY,
      openaiBaseUrl: e.OPENAI_BASE_URL,
      openaiModel: e.OPENAI_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
      maxRetries: e.OPENAI_MAX_RETRIES,
      creditsPerSite: e.AI_CREDITS_PER_SITE,
      rateLimitPerMinute: e.AI_RATE_LIMIT_PER_MINUTE,
    },
  };
}
