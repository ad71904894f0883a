import { describe, expect, it } from "vitest";
import { understandBrief } from "../../server/ai/brief/understand.ts";
import { TRADES } from "../../domain/ai-vocabulary.ts";
import { BRIEF_FIXTURES } from "./briefs/fixtures.ts";
import { checkFacts } from "./briefs/score.ts";

describe("understandBrief over the fixture briefs", () => {
  for (const fixture of BRIEF_FIXTURES) {
    it(`reads ${fixture.id}`, () => {
      const facts = understandBrief(fixture.brief, { name: fixture.name });
      expect(checkFacts(facts, fixture.expect).missed).toEqual([]);
    });
  }

  it("recovers every expected fact and recognises the trades, and says how many", () => {
    let total = 0;
    let missed = 0;
    let trades = 0;
    let tradesRight = 0;
    for (const fixture of BRIEF_FIXTURES) {
      const facts = understandBrief(fixture.brief, { name: fixture.name });
      const result = checkFacts(facts, fixture.expect);
      total += result.total;
      missed += result.missed.length;
      if (fixture.expect.trade) {
        trades++;
        if (facts.trade.id === fixture.expect.trade) tradesRight++;
      }
    }
    console.log(
      `brief facts recovered: ${total - missed}/${total} (${(((total - missed) / total) * 100).toFixed(1)}%), trades recognised: ${tradesRight}/${trades}`,
    );
    expect((total - missed) / total).toBeGreaterThanOrEqual(0.95);
  });

  it("covers every trade group, the six languages and the currencies the issue names", () => {
    const groups = new Set(
      BRIEF_FIXTURES.map((f) => f.expect.trade)
        .filter(Boolean)
        .map((t) => TRADES[t!].group),
    );
    expect([...groups].sort()).toEqual([
      "fashion-beauty",
      "food-drink",
      "hobby-leisure",
      "home-garden",
      "other",
      "services",
    ]);
    const languages = BRIEF_FIXTURES.map((f) => f.expect.language);
    expect(languages.filter((l) => l === "fr").length).toBeGreaterThanOrEqual(4);
    for (const language of ["de", "es", "pt", "it"])
      expect(languages.filter((l) => l === language).length).toBeGreaterThanOrEqual(3);
    const currencies = new Set(BRIEF_FIXTURES.map((f) => f.expect.currency));
    for (const currency of ["CHF", "JPY", "INR", "COP", "USD"])
      expect(currencies).toContain(currency);
    expect(BRIEF_FIXTURES.length).toBeGreaterThanOrEqual(40);
  });
});
