import type { Commerce } from "../commerce/service.ts";
import type { AiConfig } from "../config.ts";
import type { Database } from "../db/client.ts";
import type { LiveDocuments } from "../deps.ts";
import type { CollabService } from "../collab/service.ts";
import { commerceCatalog, type SampleCatalog } from "./catalog.ts";
import type { SafeFetchOptions } from "./competitors/fetch.ts";
import { AiCredits, AiRateLimiter } from "./credits.ts";
import { AiJobs } from "./jobs.ts";
import { collabLiveDocuments } from "./live-documents.ts";
import { OfflineAiProvider } from "./offline/index.ts";
import { OpenAiProvider } from "./openai.ts";
import type { AiProvider } from "./port.ts";

/** What a finished generation job reports to the wizard. */
export type GenerationSummary = {
  pages: { title: string; slug: string }[];
  products: { title: string; price: number; currency: string }[];
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

export function createAiServices(input: {
  config: AiConfig;
  db: Database;
  collab: CollabService;
  commerce: Commerce;
  now: () => Date;
  provider?: AiProvider;
}): AiServices {
  return {
    provider: input.provider ?? createAiProvider(input.config),
    live: collabLiveDocuments(input.collab.server),
    credits: new AiCredits(input.db, input.config.creditsPerSite, input.now),
    limiter: new AiRateLimiter(input.config.rateLimitPerMinute, input.now),
    jobs: new AiJobs(input.now),
    catalog: commerceCatalog(input.db, input.commerce),
    fetch: {},
  };
}
