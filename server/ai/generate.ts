import { extractReport } from "./competitors/extract.ts";
import { FetchRefusedError, safeFetch, type SafeFetchOptions } from "./competitors/fetch.ts";
import type { CompetitorFailure, CompetitorReport } from "./competitors/report.ts";
import {
  AiOutputError,
  NO_USAGE,
  type AiProgress,
  type AiProvider,
  type TokenUsage,
} from "./port.ts";
import { runTask } from "./run-task.ts";
import { buildSite, SiteBuildError, type BuiltSite } from "./site/build.ts";
import { findPlaceholderText, type SitePlan } from "./site/plan.ts";
import { LANGUAGES } from "./site/vocabulary.ts";
import { generateSiteTask, type SiteBrief } from "./tasks.ts";

export type GeneratedSite = BuiltSite & {
  plan: SitePlan;
  competitors: CompetitorReport[];
  competitorFailures: CompetitorFailure[];
  usage: TokenUsage;
  model: string;
  /** Things the merchant should know (English copy for another language, colours corrected...). */
  warnings: string[];
};

export type GenerateOptions = {
  seed?: number;
  onProgress?: (progress: AiProgress) => void;
  signal?: AbortSignal;
  /** How competitor pages are fetched (tests pass a fake resolver); null skips them. */
  fetch?: SafeFetchOptions | null;
};

/**
 * `generateSite`: read the competitors (if any), ask the provider for a store plan, lay it out as a
 * site document and check the result. Progress goes 0 -> 1 across these stages. Throws
 * `AiOutputError` when the result fails our checks; nothing is stored here.
 */
export async function generateSite(
  provider: AiProvider,
  brief: SiteBrief,
  options: GenerateOptions = {},
): Promise<GeneratedSite> {
  const progress = (stage: string, message: string, fraction: number) =>
    options.onProgress?.({ stage, message, fraction });
  const warnings: string[] = [];

  let competitors: CompetitorReport[] = [];
  let competitorFailures: CompetitorFailure[] = [];
  if (brief.competitorUrls.length > 0 && options.fetch !== null) {
    progress(
      "competitors",
      `Reading ${brief.competitorUrls.length} competitor site${brief.competitorUrls.length === 1 ? "" : "s"}`,
      0.02,
    );
    ({ reports: competitors, failures: competitorFailures } = await readCompetitors(
      brief.competitorUrls,
      { ...options.fetch, signal: options.signal },
    ));
  }

  if (provider.languages && !provider.languages.includes(brief.language)) {
    warnings.push(
      `The built-in writer writes English only, so your store's words are in English rather than ${LANGUAGES[brief.language]}. With an AI model configured (OPENAI_API_KEY) they would be in ${LANGUAGES[brief.language]}.`,
    );
  }

  progress("writing", "Writing your store's words", 0.15);
  const result = await runTask(
    provider,
    generateSiteTask,
    { brief, competitors },
    {
      seed: options.seed,
      signal: options.signal,
      onProgress: (p) =>
        progress(
          "writing",
          p.message === "Written" ? "Words written" : "Writing your store's words",
          0.15 + 0.7 * p.fraction,
        ),
    },
  );

  progress("building", "Laying out pages, products and pictures", 0.88);
  let built: BuiltSite;
  try {
    built = buildSite(result.value);
  } catch (error) {
    if (error instanceof SiteBuildError) {
      throw new AiOutputError(
        `The generated store did not pass our checks, so nothing was changed. ${error.message}`,
        [error.message],
      );
    }
    throw error;
  }

  progress("checking", "Checking readability and accessibility", 0.95);
  // The plan passed the same check in runTask; this covers what the layout added.
  const placeholders = findPlaceholderText(withoutTemplates(built));
  if (placeholders.length > 0) {
    throw new AiOutputError(
      `The generated store contains placeholder text, so nothing was changed: ${placeholders.slice(0, 3).join("; ")}`,
      placeholders,
    );
  }
  if (built.corrections.length > 0) {
    warnings.push(
      `Adjusted ${built.corrections.length} colour${built.corrections.length === 1 ? "" : "s"} so every text stays readable.`,
    );
  }
  progress("done", "Your store is ready", 1);
  return {
    ...built,
    plan: result.value,
    competitors,
    competitorFailures,
    usage: result.usage ?? NO_USAGE,
    model: result.model,
    warnings,
  };
}

/** The document without the footer's {year}/{site} tokens, which the renderer fills on purpose. */
function withoutTemplates(built: BuiltSite): unknown {
  return {
    ...built.doc,
    pages: built.doc.pages.map((page) => ({
      ...page,
      blocks: page.blocks.map((block) =>
        block.type === "footer" ? { ...block, props: { ...block.props, copyright: "" } } : block,
      ),
    })),
  };
}

export async function readCompetitors(
  urls: readonly string[],
  fetchOptions: SafeFetchOptions = {},
): Promise<{ reports: CompetitorReport[]; failures: CompetitorFailure[] }> {
  const settled = await Promise.allSettled(
    urls.slice(0, 3).map(async (url) => {
      const page = await safeFetch(url, fetchOptions);
      if (page.status < 200 || page.status >= 300) {
        throw new FetchRefusedError(`The page answered with status ${page.status}.`, "status");
      }
      return extractReport(page.url, page.body);
    }),
  );
  const reports: CompetitorReport[] = [];
  const failures: CompetitorFailure[] = [];
  settled.forEach((outcome, i) => {
    if (outcome.status === "fulfilled") reports.push(outcome.value);
    else
      failures.push({
        url: urls[i]!,
        reason:
          outcome.reason instanceof FetchRefusedError
            ? outcome.reason.message
            : "The page could not be read.",
      });
  });
  return { reports, failures };
}
