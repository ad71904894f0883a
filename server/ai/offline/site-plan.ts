import { understandBrief } from "../brief/understand.ts";
import type { BriefFacts } from "../brief/facts.ts";
import { AiUnavailableError } from "../port.ts";
import type { SitePlan } from "../site/plan.ts";
import { INDUSTRY_IDS, LANGUAGES, type IndustryId } from "../../../domain/ai-vocabulary.ts";
import type { SiteTaskData } from "../tasks.ts";
import { createRandom } from "./random.ts";
import { tradeEntry } from "./trades/index.ts";
import { writePlan } from "./writer/compose.ts";
import { kitFor } from "./writer/kits/index.ts";

/**
 * The offline `generateSite`: a whole store plan written from what was understood of the brief
 * (the facts the merchant checked, else read from the description), in the brief's language by
 * that language's kit (./writer). The same brief and seed always give the same store; another
 * seed gives another take on it. A language without a kit is refused rather than written in
 * another language.
 */
export function offlineSitePlan(data: SiteTaskData, seed: number): SitePlan {
  const { brief } = data;
  const facts =
    data.facts ??
    brief.facts ??
    understandBrief(brief.description, {
      name: brief.name || undefined,
      industry: brief.industry,
      language: brief.language,
    });
  const kit = kitFor(facts.language);
  if (!kit) {
    const name = LANGUAGES[facts.language as keyof typeof LANGUAGES] ?? facts.language;
    throw new AiUnavailableError(
      `The built-in writer cannot write a store in ${name} yet; writing it in ${name} needs an AI model (OPENAI_API_KEY).`,
      "unsupported",
    );
  }
  const withStyle = styleFromBrief(facts, data);
  return writePlan({
    facts: withStyle,
    entry: tradeEntry(industryOf(facts.trade.id)),
    kit,
    random: createRandom(`${JSON.stringify(withStyle)}|${normaliseBrief(data)}|${seed}`),
    briefText: briefText(withStyle, data),
  });
}

/** The wizard's mood and colour pickers win over what was read from the text. */
function styleFromBrief(facts: BriefFacts, { brief }: SiteTaskData): BriefFacts {
  const picked = brief.style.colors.map((hex) => ({ word: hex, hex, role: null }));
  const colors = picked.length > 0 && facts.colors.length === 0 ? picked : facts.colors;
  return { ...facts, mood: brief.style.mood ?? facts.mood, colors };
}

function briefText(facts: BriefFacts, { brief }: SiteTaskData): string {
  return [
    brief.description,
    facts.trade.words ?? "",
    facts.audience ?? "",
    ...facts.highlights,
    ...facts.offerings.flatMap((o) => [o.name, o.details ?? ""]),
  ].join(" \n ");
}

/** The parts of the input that decide the store; whitespace and case do not. */
function normaliseBrief({ brief }: SiteTaskData): string {
  return JSON.stringify([
    brief.name.trim().toLowerCase(),
    brief.description.replace(/\s+/g, " ").trim().toLowerCase(),
  ]);
}

function industryOf(id: string): IndustryId {
  return (INDUSTRY_IDS as readonly string[]).includes(id) ? (id as IndustryId) : "general";
}
