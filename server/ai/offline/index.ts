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
  DescribeChangeData,
  OnboardingData,
  ProductDescriptionData,
  RestyleData,
  RewriteData,
  SeoData,
  SiteTaskData,
} from "../tasks.ts";
import { offlineAltText } from "./alt-text.ts";
import { offlineOnboarding } from "./onboarding.ts";
import { offlineRestyle } from "./restyle.ts";
import { offlineDescribeChange } from "./change/plan.ts";
import { offlineBlockCopy } from "./fill.ts";
import { offlineProductDescription } from "./product-description.ts";
import { OFFLINE_CANNOT_TRANSLATE, offlineRewrite } from "./rewrite.ts";
import { offlineSeo } from "./seo.ts";
import { offlineSitePlan } from "./site-plan.ts";
import { KITS } from "./writer/kits/index.ts";

export const OFFLINE_MODEL = "pegasus-offline-1";

/**
 * The embedded default `AiProvider`: answers every task with no network, deterministically for a
 * given request and seed. It reads the same `data` a model would see (the task's structured
 * input) and ignores the instructions, which it already embodies. It writes whole stores in the
 * languages it has a kit for (./writer/kits), and the editor's actions in the store's language from
 * the same kits and trade catalogue (./fill.ts, ./seo.ts, ./product-description.ts).
 */
export class OfflineAiProvider implements AiProvider {
  readonly kind = "offline" as const;
  readonly model = OFFLINE_MODEL;
  readonly languages: readonly string[] = [...KITS.keys()];
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
    case "describe_change":
      return offlineDescribeChange(data as DescribeChangeData);
    default:
      throw new AiUnavailableError(
        `The offline writer cannot do "${request.task}"; it needs an AI model (OPENAI_API_KEY).`,
        "unsupported",
      );
  }
}
