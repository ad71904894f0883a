import type { z } from "zod";
import { aiCapabilities } from "../../ai/capabilities.ts";
import { understandBrief } from "../../ai/brief/understand.ts";
import { countryName, languageName, tradeLabel, writerLanguage } from "../../ai/brief/summary.ts";
import { INDUSTRY_IDS, TRADES } from "../../../domain/ai-vocabulary.ts";
import type { AuthedContext } from "./common.ts";
import type { ZUnderstandBriefInput } from "./ai.schema.ts";

/** The trade list the wizard's select offers, sent rather than copied so it has one home. */
const TRADE_CHOICES = INDUSTRY_IDS.map((id) => ({
  id,
  label: TRADES[id].label,
  group: TRADES[id].group,
}));

/**
 * `ai.understandBrief`: what Pegasus understood of the wizard's brief, for the merchant to check
 * and correct before anything is written ("What we understood"), with the words the summary shows
 * beside the facts. Rate limited like every AI request but free: it writes nothing and, offline,
 * asks no model. (With a model provider the model's own extraction can take over here.)
 */
export async function understandBriefHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof ZUnderstandBriefInput>;
}) {
  const { ai } = ctx.deps;
  await ai.limiter.check(ctx.user.id, null);
  const facts = understandBrief(input.description, {
    name: input.name || undefined,
    industry: input.industry,
    language: input.language,
  });
  const offered = aiCapabilities(ai.provider).languages;
  return {
    facts,
    display: {
      trade: tradeLabel(facts),
      language: {
        name: languageName(facts.language),
        ...writerLanguage(ai.provider, facts.language, offered),
      },
      country: facts.country ? countryName(facts.country) : null,
    },
    trades: TRADE_CHOICES,
  };
}
