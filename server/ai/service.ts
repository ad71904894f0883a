import type { Commerce } from "../commerce/service.ts";
import type { AiConfig } from "../config.ts";
import type { Database } from "../db/client.ts";
import type { LiveDocuments } from "../deps.ts";
import type { CollabService } from "../collab/service.ts";
import { commerceCatalog, type SampleCatalog } from "./catalog.ts";
import type { SafeFetchOptions } from "./competitors/fetch.ts";
import { AiCredits } from "./credits.ts";
import { MemoryAiJobs } from "./jobs/memory.ts";
import type { AiJobs } from "./jobs/port.ts";
import type { Redis } from "ioredis";
import { RedisAiJobs, type AiLog } from "./jobs/redis.ts";
import { collabLiveDocuments } from "./live-documents.ts";
import { OfflineAiProvider } from "./offline/index.ts";
import { OpenAiProvider } from "./openai.ts";
import type { AiProvider } from "./port.ts";
import { MemoryAiRateLimiter } from "./rate-limit/memory.ts";
import type { AiRateLimiter } from "./rate-limit/port.ts";
import { RedisAiRateLimiter } from "./rate-limit/redis.ts";

/** What a finished generation job reports to the wizard. */
export type GenerationSummary = {
  pages: { title: string; slug: string }[];
  /** The catalogue's products; `sample` for those the brief did not name. */
  products: { title: string; price: number; currency: string; sample: boolean }[];
  productsCreated: number;
  competitors: {
    url: string;
    title: string;
    description: string;
    headings: string[];
    colors: string[];
    fonts: string[];
    nav: string[];
    prices: { amount: number; currency: string }[];
  }[];
  competitorFailures: { url: string; reason: string }[];
  warnings: string[];
  /**
   * What the brief asked for that the store could not do (the plan's `notes`), in the brief's
   * language, for the wizard to show the merchant; empty when everything was done.
   */
  notes: string[];
  model: string;
};

/** Everything AI actions need, chosen once in the composition root. */
export type AiServices = {
  provider: AiProvider;
  live: LiveDocuments;
  credits: AiCredits;
  limiter: AiRateLimiter;
  jobs: AiJobs<GenerationSummary>;
  catalog: SampleCatalog;
  /** How competitor pages are fetched; tests replace the resolver (never the address rules). */
  fetch: SafeFetchOptions;
  /** Ends this process's running jobs (the Redis connection is the composition root's). */
  close(): Promise<void>;
};

/** The configured provider: OpenAI (or any compatible server) with a key, else the offline writer. */
export function createAiProvider(config: AiConfig): AiProvider {
  if (!config.openaiApiKey) return new OfflineAiProvider();
  return new OpenAiProvider({
    apiKey: config.openaiApiKey,
    baseURL: config.openaiBaseUrl,
    model: config.openaiModel,
    totalTimeoutMs: config.timeoutMs,
    requestTimeoutMs: Math.min(config.timeoutMs, 60_000),
    maxRetries: config.maxRetries,
  });
}

/**
 * With `redis` (REDIS_URL: several processes), generation jobs and rate limits live in Redis so
 * that every process sees the same ones; without it, in this process's memory.
 */
export function createAiServices(input: {
  config: AiConfig;
  db: Database;
  collab: CollabService;
  commerce: Commerce;
  now: () => Date;
  provider?: AiProvider;
  /** The app's fail-fast Redis connection (./redis.ts), when REDIS_URL is set. */
  redis?: Redis | null;
  log?: AiLog;
}): AiServices {
  const { config, now, log } = input;
  const redis = input.redis ?? null;
  const credits = new AiCredits(input.db, config.creditsPerSite, now);
  const jobs: AiJobs<GenerationSummary> = redis
    ? new RedisAiJobs(redis, now, {
        log,
        onAbandoned: async (job) => {
          if (job.reservationId) await credits.releaseReservation(BigInt(job.reservationId));
        },
      })
    : new MemoryAiJobs(now);
  return {
    provider: input.provider ?? createAiProvider(config),
    live: collabLiveDocuments(input.collab.server),
    credits,
    limiter: redis
      ? new RedisAiRateLimiter(redis, config.rateLimitPerMinute, now)
      : new MemoryAiRateLimiter(config.rateLimitPerMinute, now),
    jobs,
    catalog: commerceCatalog(input.db, input.commerce),
    fetch: {},
    async close() {
      await jobs.close();
    },
  };
}
