import {
  AiUnavailableError,
  NO_USAGE,
  type AiCallOptions,
  type AiProvider,
  type AiRawAnswer,
  type AiRequest,
} from "../port.ts";
import type {
  AltTextData,
  BlockCopyData,
  OnboardingData,
  ProductDescriptionData,
  RestyleData,
  RewriteData,
  SeoData,
  SiteTaskData,
} from "../tasks.ts";
import {
  offlineAltText,
  offlineBlockCopy,
  offlineOnboarding,
  offlineProductDescription,
  offlineRestyle,
  offlineSeo,
} from "./actions.ts";
import { OFFLINE_CANNOT_TRANSLATE, offlineRewrite } from "./rewrite.ts";
import { offlineSitePlan } from "./site-plan.ts";

export const OFFLINE_MODEL = "pegasus-offline-1";

/**
 * The embedded default `AiProvider`: answers every task from the knowledge base in ./knowledge,
 * with no network, deterministically for a given request and seed. It reads the same `data` a
 * model would see (the task's structured input) and ignores the instructions, which it already
 * embodies. It writes English only.
 */
export class OfflineAiProvider implements AiProvider {
  readonly kind = "offline" as const;
  readonly model = OFFLINE_MODEL;
  readonly languages = ["en"] as const;
  readonly cannotTranslate = OFFLINE_CANNOT_TRANSLATE;

  async complete(request: AiRequest, options: AiCallOptions = {}): Promise<AiRawAnswer> {
    options.signal?.throwIfAborted();
    const seed = options.seed ?? 1;
    const json = answer(request, seed);
    options.onProgress?.({ stage: "writing", message: "Written", fraction: 1 });
    return { json, usage: NO_USAGE, model: this.model };
  }
}

function answer(request: AiRequest, seed: number): unknown {
  const data = request.data as never;
  if (request.task === "generate_site") return offlineSitePlan(data as SiteTaskData, seed);
  if (request.task.startsWith("fill_block_")) return offlineBlockCopy(data as BlockCopyData, seed);
  switch (request.task) {
    case "rewrite_text":
      return offlineRewrite(data as RewriteData, seed);
    case "restyle":
      return offlineRestyle(data as RestyleData, seed);
    case "product_description":
      return offlineProductDescription(data as ProductDescriptionData);
    case "seo":
      return offlineSeo(data as SeoData);
    case "alt_text":
      return offlineAltText(data as AltTextData);
    case "onboarding_chat":
      return offlineOnboarding(data as OnboardingData);
    default:
      throw new AiUnavailableError(
        `The offline writer cannot do "${request.task}"; it needs an AI model (OPENAI_API_KEY).`,
        "unsupported",
      );
  }
}
