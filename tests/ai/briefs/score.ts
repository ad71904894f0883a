import type { BriefFacts } from "../../../server/ai/brief/facts.ts";
import type { BriefExpectation } from "./fixtures.ts";

/**
 * Holds what was read of a brief against what its fixture expects: one line per expected fact,
 * and the ones missed. The understand tests require none missed; the benchmark reports the share.
 */
export function checkFacts(
  facts: BriefFacts,
  expect: BriefExpectation,
): { total: number; missed: string[] } {
  const missed: string[] = [];
  let total = 0;
  const check = (label: string, ok: boolean) => {
    total++;
    if (!ok) missed.push(label);
  };
  const lower = (text: string | null | undefined) => (text ?? "").toLowerCase();
  for (const key of [
    "language",
    "name",
    "place",
    "country",
    "locale",
    "currency",
    "sells",
  ] as const) {
    if (expect[key] !== undefined)
      check(`${key}: ${expect[key]} (read ${facts[key]})`, facts[key] === expect[key]);
  }
  if (expect.trade)
    check(`trade: ${expect.trade} (read ${facts.trade.id})`, facts.trade.id === expect.trade);
  if (expect.tradeWords)
    check(
      `trade words: ${expect.tradeWords} (read ${facts.trade.words})`,
      lower(facts.trade.words).includes(lower(expect.tradeWords)),
    );
  for (const offering of expect.offerings ?? []) {
    const found = facts.offerings.find((o) => lower(o.name) === lower(offering.name));
    const ok =
      !!found &&
      found.price === offering.price &&
      (offering.priceFrom === undefined || found.priceFrom === offering.priceFrom) &&
      (offering.kind === undefined || found.kind === offering.kind) &&
      (offering.options === undefined ||
        JSON.stringify(found.options.map((o) => o.values)) === JSON.stringify(offering.options));
    check(
      `offering: ${JSON.stringify(offering)} (read ${JSON.stringify(found ?? facts.offerings.map((o) => [o.name, o.price]))})`,
      ok,
    );
  }
  for (const [key, value] of Object.entries(expect.delivery ?? {})) {
    const read = facts.delivery[key as keyof BriefFacts["delivery"]];
    check(`delivery.${key}: ${value} (read ${read})`, read === value);
  }
  if (expect.colors?.length === 0)
    check(`no colours (read ${JSON.stringify(facts.colors)})`, facts.colors.length === 0);
  for (const colour of expect.colors ?? []) {
    const found = facts.colors.find((c) => lower(c.word) === lower(colour.word));
    check(
      `colour: ${JSON.stringify(colour)} (read ${JSON.stringify(facts.colors)})`,
      !!found && found.role === colour.role,
    );
  }
  for (const font of expect.fonts ?? [])
    check(
      `font: ${font.font} (read ${JSON.stringify(facts.fonts)})`,
      facts.fonts.some((f) => f.font === font.font),
    );
  for (const hint of expect.themeHints ?? [])
    check(`theme hint: ${hint} (read ${facts.themeHints})`, facts.themeHints.includes(hint));
  for (const phrase of expect.avoid ?? [])
    check(
      `avoid: ${phrase} (read ${JSON.stringify(facts.avoid)})`,
      facts.avoid.some((a) => lower(a).includes(lower(phrase))),
    );
  for (const phrase of expect.highlights ?? [])
    check(
      `highlight: ${phrase} (read ${JSON.stringify(facts.highlights)})`,
      facts.highlights.some((h) => lower(h).includes(lower(phrase))),
    );
  return { total, missed };
}
