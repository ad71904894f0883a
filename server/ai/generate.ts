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
import type { BriefFacts } from "./brief/facts.ts";
import { understandBrief, type BriefHints } from "./brief/understand.ts";
import { runTask } from "./run-task.ts";
import { buildSite, SiteBuildError, type BuiltSite } from "./site/build.ts";
import { findPlaceholderText, type SitePlan } from "./site/plan.ts";
import { generateSiteTask, understandBriefTask, type SiteBrief } from "./tasks.ts";

export type GeneratedSite = BuiltSite & {
  plan: SitePlan;
  /** What was understood of the brief and built from. */
  facts: BriefFacts;
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

/** What the merchant reads when the store could not be written; the details go to the log. */
export const STORE_NOT_WRITTEN =
  "The AI's answer could not be used twice in a row; nothing was changed. Try again, or change the brief.";
const STORE_NOT_CHECKED =
  "The generated store did not pass our checks, so nothing was changed. Try again, or change the brief.";

/**
 * `generateSite`: understand the brief (the facts the merchant checked, else read now: by the
 * model with one, by `understandBrief` offline), read the competitors (if any), ask the provider
 * for a store plan that covers the facts, lay it out as a site document and check the result.
 * Progress goes 0 -> 1 across these stages. Throws `AiOutputError` with a sentence a merchant can
 * read (its `problems` for the log) when the result fails our checks; nothing is stored here.
 */
export async function generateSite(
  provider: AiProvider,
  brief: SiteBrief,
  options: GenerateOptions = {},
): Promise<GeneratedSite> {
  const progress = (stage: string, message: string, fraction: number) =>
    options.onProgress?.({ stage, message, fraction });
  const warnings: string[] = [];
  const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
  const count = (more: TokenUsage) => {
    usage.promptTokens += more.promptTokens;
    usage.completionTokens += more.completionTokens;
  };

  progress("understanding", "Reading your brief", 0.01);
  const facts = brief.facts ?? (await readFacts(provider, brief, options, count));

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

  progress("writing", "Writing your store's words", 0.15);
  const result = await merchantReadable(STORE_NOT_WRITTEN, () =>
    runTask(
      provider,
      generateSiteTask,
      { brief, competitors, facts },
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
    ),
  );
  count(result.usage ?? NO_USAGE);

  progress("building", "Laying out pages, products and pictures", 0.88);
  let built: BuiltSite;
  try {
    built = buildSite(result.value);
  } catch (error) {
    if (error instanceof SiteBuildError)
      throw new AiOutputError(STORE_NOT_CHECKED, [error.message]);
    throw error;
  }

  progress("checking", "Checking readability and accessibility", 0.95);
  // The plan passed the same check in runTask; this covers what the layout added.
  const placeholders = findPlaceholderText(withoutTemplates(built));
  if (placeholders.length > 0) {
    throw new AiOutputError(STORE_NOT_CHECKED, placeholders);
  }
  if (built.corrections.length > 0) {
    warnings.push(
      `Adjusted ${built.corrections.length} colour${built.corrections.length === 1 ? "" : "s"} so every text stays readable.`,
    );
  }
  if (built.englishLabels) {
    warnings.push(
      "Buttons and menus the builder adds itself (cart, navigation, footer) are in English: edit them in the editor.",
    );
  }
  if (built.sampleServices > 0) {
    warnings.push(
      `${built.sampleServices} example service${built.sampleServices === 1 ? " is" : "s are"} on your services page: replace or remove ${built.sampleServices === 1 ? "it" : "them"}.`,
    );
  }
  progress("done", "Your store is ready", 1);
  return {
    ...built,
    plan: result.value,
    facts,
    competitors,
    competitorFailures,
    usage,
    model: result.model,
    warnings,
  };
}

/**
 * The facts of a brief the merchant did not check: read by the model on the model path (its
 * answer validated like any task's), by `understandBrief` offline. A language chosen in the
 * wizard wins; without one, the brief's own language is read from its text.
 */
async function readFacts(
  provider: AiProvider,
  brief: SiteBrief,
  options: GenerateOptions,
  count: (usage: TokenUsage) => void,
): Promise<BriefFacts> {
  const hints: BriefHints = {
    name: brief.name || undefined,
    industry: brief.industry,
    language: brief.language,
  };
  // Offline, a language the built-in writer has no kit for is refused by the writer, naming it:
  // nothing is ever written in another language than the one asked for.
  if (provider.kind === "offline") return understandBrief(brief.description, hints);
  const understood = await merchantReadable(STORE_NOT_WRITTEN, () =>
    runTask(
      provider,
      understandBriefTask,
      { description: brief.description, hints },
      { signal: options.signal },
    ),
  );
  count(understood.usage);
  return understood.value;
}

/** An unusable answer keeps its problems (for the log) under a sentence for the merchant. */
async function merchantReadable<T>(message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AiOutputError) throw new AiOutputError(message, error.problems);
    throw error;
  }
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
