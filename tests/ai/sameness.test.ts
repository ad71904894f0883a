import { describe, expect, it } from "vitest";
import { OFFLINE_LANGUAGES } from "../../server/ai/brief/facts.ts";
import { offlineSitePlan } from "../../server/ai/offline/site-plan.ts";
import { planOverlap } from "../../server/ai/offline/writer/sameness.ts";
import type { SitePlan } from "../../server/ai/site/plan.ts";
import { ZSiteBrief } from "../../server/ai/tasks.ts";
import { BRIEF_FIXTURES } from "./briefs/fixtures.ts";
import { ONE_LINERS } from "./briefs/one-liners.ts";

/**
 * Sameness (issue 14): two stores of one trade written offline from different briefs share under
 * a quarter of their sentences, by the measure the AI fidelity benchmark reports
 * (server/ai/offline/writer/sameness.ts, sample products counted). The pairs are the fixture
 * briefs of a trade and language, and vague one-liners in each offline language, which give the
 * writer the fewest facts to tell two stores apart.
 */

type Store = { id: string; brief: string; name?: string; language?: string; trade?: string };

const offline = (language: string | undefined) =>
  (OFFLINE_LANGUAGES as readonly string[]).includes(language ?? "");

const stores: (Store & { group: string })[] = [
  ...BRIEF_FIXTURES.filter((f) => f.expect.trade && offline(f.expect.language)).map((f) => ({
    id: f.id,
    brief: f.brief,
    ...(f.name ? { name: f.name } : {}),
    group: `${f.expect.trade} in ${f.expect.language}`,
  })),
  ...ONE_LINERS.map((o) => ({
    id: `"${o.brief}"`,
    brief: o.brief,
    ...(o.name ? { name: o.name } : {}),
    // The wizard sends the language and trade the merchant checked.
    language: o.language,
    trade: o.trade,
    group: `${o.trade} in ${o.language}`,
  })),
];

const groups = new Map<string, Store[]>();
for (const { group, ...store } of stores) groups.set(group, [...(groups.get(group) ?? []), store]);

function generate(store: Store, seed: number): SitePlan {
  const brief = ZSiteBrief.parse({
    description: store.brief,
    name: store.name ?? "",
    ...(store.language ? { language: store.language, industry: store.trade } : {}),
  });
  return offlineSitePlan({ brief, competitors: [] }, seed);
}

const SEEDS = [1, 2];
const pairGroups = [...groups]
  .filter(([, members]) => members.length >= 2)
  .map(([group, members]) => ({ group, members }));

describe("two stores of a trade from different briefs", () => {
  it("are paired in every offline language", () => {
    const languages = new Set(pairGroups.map(({ group }) => group.split(" in ")[1]));
    expect([...languages].sort()).toEqual([...OFFLINE_LANGUAGES].sort());
  });

  it.each(pairGroups)(
    "share under 25%% of their sentences: $group",
    ({ members }) => {
      for (const seed of SEEDS) {
        const plans = members.map((store) => ({ id: store.id, plan: generate(store, seed) }));
        for (const [i, a] of plans.entries()) {
          for (const b of plans.slice(i + 1)) {
            expect(a.plan.language).toBe(b.plan.language);
            const overlap = planOverlap(a.plan, b.plan);
            expect(overlap, `${a.id} and ${b.id}, seed ${seed}`).toBeLessThan(0.25);
          }
        }
      }
    },
    60_000,
  );
});
