import { formatMinor } from "../../../domain/money.ts";
import type { AiProvider } from "../port.ts";
import { TRADES, type IndustryId } from "../../../domain/ai-vocabulary.ts";
import type { BriefFacts } from "./facts.ts";

/**
 * "What we understood", readable: the words the wizard shows beside the facts and the CLI prints
 * before generating. Kept apart from the reading itself (./understand.ts) so that both writers'
 * facts read the same way wherever a merchant sees them.
 */

/** A language's English name ("fr" -> "French"), the code itself when Node does not know it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A country's English name ("CH" -> "Switzerland"). */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function tradeLabel(facts: Pick<BriefFacts, "trade">): string {
  const known = TRADES[facts.trade.id as IndustryId];
  if (known && facts.trade.id !== "general") return known.label;
  return facts.trade.words ?? known?.label ?? facts.trade.id;
}

/** "English, French and German": the languages in the order given. */
function listOf(words: string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : words[0]!;
}

/**
 * Whether the configured writer writes a store in `language`, and when it does not, one sentence
 * saying what it writes and what to do ("…; for Dutch connect an AI model"): the wizard shows it
 * when the brief is read, rather than the generation failing later.
 */
export function writerLanguage(
  provider: Pick<AiProvider, "kind" | "languages">,
  language: string,
  offered: readonly string[],
): { writes: boolean; message: string | null } {
  if (offered.includes(language)) return { writes: true, message: null };
  const written = listOf(offered.map(languageName));
  const asked = languageName(language);
  const message =
    provider.kind === "offline"
      ? `The built-in writer writes ${written}; for ${asked} connect an AI model.`
      : `This Pegasus writes stores in ${written}, not in ${asked}: choose one of them.`;
  return { writes: false, message };
}

/** One "label: value" line per fact the brief gave, for the CLI (and anything printing text). */
export function factsLines(facts: BriefFacts): string[] {
  const price = (minor: number | null, from: boolean) =>
    minor === null
      ? "no price given"
      : `${from ? "from " : ""}${formatMinor(minor, facts.currency, facts.locale)}`;
  const d = facts.delivery;
  const delivery = [
    d.shipping === true ? "ships" : d.shipping === false ? "does not ship" : null,
    d.localPickup ? "local pickup" : null,
    d.localDelivery ? "local delivery" : null,
    d.perishable ? "perishable" : null,
    d.madeToOrder ? "made to order" : null,
    d.leadTime ? `lead time ${d.leadTime}` : null,
    d.area ? `area ${d.area}` : null,
  ].filter((part): part is string => part !== null);
  const lines: [string, string | null][] = [
    ["Name", facts.name],
    ["Place", facts.place],
    ["Country", facts.country ? countryName(facts.country) : null],
    ["Currency", facts.currency],
    ["Language", `${languageName(facts.language)} (store locale ${facts.locale})`],
    ["Trade", tradeLabel(facts)],
    ["Sells", facts.sells],
    ["Delivery", delivery.length ? delivery.join(", ") : null],
    ["Audience", facts.audience],
    ["Tone", facts.tone],
    ["Colours", facts.colors.length ? facts.colors.map(colourWords).join(", ") : null],
    [
      "Fonts",
      facts.fonts.length ? facts.fonts.map((f) => `${f.asked} → ${f.font}`).join(", ") : null,
    ],
    ["Avoid", facts.avoid.length ? facts.avoid.join("; ") : null],
    ["Highlights", facts.highlights.length ? facts.highlights.join("; ") : null],
  ];
  const out = lines
    .filter((line): line is [string, string] => line[1] !== null)
    .map(([label, value]) => `${label}: ${value}`);
  if (facts.offerings.length) {
    out.push(`Offerings (${facts.offerings.length}):`);
    for (const o of facts.offerings)
      out.push(`  - ${o.name} (${o.kind}), ${price(o.price, o.priceFrom)}`);
  }
  return out;
}

function colourWords(color: BriefFacts["colors"][number]): string {
  const word = color.word === color.hex ? color.hex : `${color.word} ${color.hex}`;
  return color.role ? `${word} for ${color.role}` : word;
}
