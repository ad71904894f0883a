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
  SMTP_URL: optionalUrl(["smtp:", "smtps:"], "smtps://user:pass@smtp.example.com:465"),
  MAIL_FROM: z.preprocess(
    emptyToUndefined,
    z.string().min(3).default("Pegasus <no-reply@pegasus.localhost>"),
  ),
  SENTRY_DSN: optionalUrl(["http:", "https:"], "https://key@o0.ingest.sentry.io/0"),
  SEED_DEMO: flag(false),
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
  smtpUrl: string | undefined;
  mailFrom: string;
  sentryDsn: string | undefined;
  /** Create the demo account and store on an empty database even when DATABASE_URL is set. */
  seedDemo: boolean;
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
  const parsed = ZEnvironment.safeParse(env);
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
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sentryDsn: e.SENTRY_DSN,
    seedDemo: e.SEED_DEMO,
  };
}
