/**
 * AI fidelity benchmark (issue 14): how much of each brief a generated store carries, over the
 * fixture briefs, through the real `generateSite`: offline (OfflineAiProvider), and the model
 * pipeline (OpenAiProvider against an OpenAI-compatible test server on loopback that answers as a
 * well-behaved model would). Measures: share of expected facts in the store, language of the copy,
 * trades recognised, sentence overlap between same-trade stores, invented claims, and time.
 */
import { performance } from "node:perf_hooks";
import { detectLanguage } from "../server/ai/brief/language.ts";
import { understandBrief } from "../server/ai/brief/understand.ts";
import { generateSite } from "../server/ai/generate.ts";
import { OfflineAiProvider } from "../server/ai/offline/index.ts";
import { offlineSitePlan } from "../server/ai/offline/site-plan.ts";
import { planOverlap } from "../server/ai/offline/writer/sameness.ts";
import { OpenAiProvider } from "../server/ai/openai.ts";
import type { AiProvider } from "../server/ai/port.ts";
import type { SitePlan } from "../server/ai/site/plan.ts";
import { ZSiteBrief, type SiteBrief } from "../server/ai/tasks.ts";
import {
  completion,
  startOpenAiTestServer,
  stream,
  type OpenAiTestServer,
} from "../tests/helpers/openai-server.ts";
import {
  FIDELITY_BRIEFS as OWN_BRIEFS,
  FIXTURE_BRIEFS,
  SAMENESS_BRIEFS,
  type FidelityBrief,
} from "./ai-fidelity/briefs.ts";

/** The benchmark's own briefs and the tests' fixture briefs in the six offline languages. */
const FIDELITY_BRIEFS: FidelityBrief[] = [...OWN_BRIEFS, ...FIXTURE_BRIEFS];
import {
  checkFacts,
  copyOf,
  inventedClaims,
  percentile,
  type Claim,
  type FactCheck,
} from "./ai-fidelity/measure.ts";

const SEED = 1;

type PathResult = {
  facts: FactCheck[];
  misses: string[];
  languages: { expected: number; matched: number; wrong: string[] };
  trades: { expected: number; matched: number; wrong: string[] };
  overlaps: number[];
  worstPair: string;
  claims: (Claim & { id: string })[];
  failures: string[];
  times: number[];
};

/** Generates every brief through `generateSite` with `provider`, and measures the stores. */
async function measurePath(
  provider: AiProvider,
  onBrief: (brief: SiteBrief) => void = () => {},
): Promise<PathResult> {
  const result: PathResult = {
    facts: [],
    misses: [],
    languages: { expected: 0, matched: 0, wrong: [] },
    trades: { expected: 0, matched: 0, wrong: [] },
    overlaps: [],
    worstPair: "",
    claims: [],
    failures: [],
    times: [],
  };
  const generate = async (id: string, description: string, name = "") => {
    const brief = ZSiteBrief.parse({ description, name });
    onBrief(brief);
    const started = performance.now();
    try {
      const site = await generateSite(provider, brief, { seed: SEED, fetch: null });
      result.times.push(performance.now() - started);
      return site.plan;
    } catch (error) {
      result.failures.push(`${id}: ${(error as Error).message.slice(0, 160)}`);
      return null;
    }
  };
  // Warm-up: module loading and the first zod parses are not the generator.
  await generate("warm-up", FIDELITY_BRIEFS[0]!.brief);
  result.times = [];
  result.failures = [];

  const byTrade = new Map<string, { id: string; plan: SitePlan }[]>();
  const sameTrade = (trade: string | undefined, id: string, plan: SitePlan) => {
    if (trade) byTrade.set(trade, [...(byTrade.get(trade) ?? []), { id, plan }]);
  };

  for (const fixture of FIDELITY_BRIEFS) {
    const plan = await generate(fixture.id, fixture.brief, fixture.name);
    measureStore(result, fixture, plan);
    if (plan) sameTrade(fixture.expect.trade, fixture.id, plan);
  }
  for (const [i, extra] of SAMENESS_BRIEFS.entries()) {
    const id = `${extra.trade}-${i}`;
    const plan = await generate(id, extra.brief, extra.name);
    if (!plan) continue;
    sameTrade(extra.trade, id, plan);
    result.claims.push(...inventedClaims(plan, extra.brief, {}).map((c) => ({ ...c, id })));
  }

  let worst = -1;
  for (const stores of byTrade.values()) {
    for (let i = 0; i < stores.length; i++)
      for (let j = i + 1; j < stores.length; j++) {
        const overlap = planOverlap(stores[i]!.plan, stores[j]!.plan);
        result.overlaps.push(overlap);
        if (overlap > worst) {
          worst = overlap;
          result.worstPair = `${stores[i]!.id} / ${stores[j]!.id}`;
        }
      }
  }
  result.times.sort((a, b) => a - b);
  return result;
}

function measureStore(result: PathResult, fixture: FidelityBrief, plan: SitePlan | null): void {
  const { expect } = fixture;
  const checks = plan
    ? checkFacts(expect, plan)
    : checkFacts(expect, EMPTY_PLAN).map((c) => ({ ...c, reached: false }));
  result.facts.push(...checks);
  result.misses.push(...checks.filter((c) => !c.reached).map((c) => `${fixture.id}: ${c.fact}`));
  if (expect.language) {
    result.languages.expected++;
    const detected = plan ? detectLanguage(copyOf(plan).join("\n")) : null;
    if (detected === expect.language) result.languages.matched++;
    else result.languages.wrong.push(`${fixture.id} → ${detected ?? "none"}`);
  }
  if (expect.trade) {
    result.trades.expected++;
    const industry = plan?.business.industry ?? "none";
    if (industry === expect.trade) result.trades.matched++;
    else result.trades.wrong.push(`${fixture.id} → ${industry}`);
  }
  if (plan)
    result.claims.push(
      ...inventedClaims(plan, fixture.brief, expect).map((c) => ({ ...c, id: fixture.id })),
    );
}

/** A plan with nothing in it, so a failed generation counts every expected fact as missed. */
const EMPTY_PLAN = {
  business: { name: "", industry: "general", sells: "products" },
  products: [],
  currency: "",
  language: "",
} as unknown as SitePlan;

/**
 * An OpenAI-compatible server on loopback answering each task as a well-behaved model would: the
 * store plan the offline writer writes for the same brief, the facts the offline reader reads.
 * It measures the model pipeline (extraction, validation, build), not a model's writing.
 */
async function testModelServer(): Promise<{
  server: OpenAiTestServer;
  setBrief: (brief: SiteBrief) => void;
}> {
  let current: SiteBrief | null = null;
  const answers: Record<string, (brief: SiteBrief) => unknown> = {
    generate_site: (brief) => offlineSitePlan({ brief, competitors: [] }, SEED),
    understand_brief: (brief) =>
      understandBrief(brief.description, { name: brief.name || undefined }),
  };
  const server = await startOpenAiTestServer((body, res) => {
    const task = body.response_format?.json_schema?.name ?? "";
    const answer = answers[task];
    if (!answer || !current) {
      res.writeHead(500).end(`the test server has no answer for "${task}"`);
      return;
    }
    // Streamed in large pieces, as a model's answer arrives over a fast link.
    const content = JSON.stringify(answer(current));
    (body.stream ? stream(content, 4000) : completion(content))(body, res);
  });
  return { server, setBrief: (brief) => (current = brief) };
}

const pct = (n: number, of: number) => (of === 0 ? "—" : `${Math.round((100 * n) / of)}%`);
const ms = (n: number) => (Number.isNaN(n) ? "—" : n.toFixed(0));

function column(r: PathResult): string[] {
  const reached = r.facts.filter((f) => f.reached).length;
  const mean = r.overlaps.reduce((a, b) => a + b, 0) / (r.overlaps.length || 1);
  const max = Math.max(0, ...r.overlaps);
  const kinds = [...new Set(r.claims.map((c) => c.kind))].join(", ");
  return [
    `${pct(reached, r.facts.length)} (${reached}/${r.facts.length})`,
    `${pct(r.languages.matched, r.languages.expected)} (${r.languages.matched}/${r.languages.expected})`,
    `${pct(r.trades.matched, r.trades.expected)} (${r.trades.matched}/${r.trades.expected})`,
    `mean ${pct(mean, 1)}, max ${pct(max, 1)} (${r.overlaps.length} pairs)`,
    `${r.claims.length}${kinds ? ` (${kinds})` : ""}`,
    `${r.failures.length}`,
    `${ms(percentile(r.times, 50))} / ${ms(percentile(r.times, 95))}`,
  ];
}

function details(label: string, r: PathResult): string[] {
  const list = (items: string[], max = 12) =>
    items.length === 0
      ? "none"
      : `${items.slice(0, max).join("; ")}${items.length > max ? `; and ${items.length - max} more` : ""}`;
  return [
    `- ${label}, facts missed: ${list(r.misses)}.`,
    `- ${label}, language wrong: ${list(r.languages.wrong)}; trade wrong: ${list(r.trades.wrong)}.`,
    `- ${label}, most similar pair: ${r.worstPair || "none"}; invented claims: ${list(r.claims.map((c) => `${c.id} "${c.text}" (${c.kind})`))}.`,
    ...(r.failures.length ? [`- ${label}, failed: ${list(r.failures, 5)}.`] : []),
  ];
}

/**
 * Language match when the merchant picks the brief's language (the wizard's picker, the CLI's
 * --language): what the kits write once the language is known.
 */
async function languagePicked(provider: AiProvider): Promise<string> {
  let matched = 0;
  const wrong: string[] = [];
  const fixtures = FIDELITY_BRIEFS.filter((f) => f.expect.language);
  for (const fixture of fixtures) {
    const brief = ZSiteBrief.parse({
      description: fixture.brief,
      name: fixture.name ?? "",
      language: fixture.expect.language,
    });
    try {
      const site = await generateSite(provider, brief, { seed: SEED, fetch: null });
      const detected = detectLanguage(copyOf(site.plan).join("\n"));
      if (detected === fixture.expect.language) matched++;
      else wrong.push(`${fixture.id} → ${detected}`);
    } catch (error) {
      wrong.push(`${fixture.id} failed: ${(error as Error).message.slice(0, 80)}`);
    }
  }
  const note = wrong.length
    ? ` (${wrong.slice(0, 3).join("; ")}${wrong.length > 3 ? "; …" : ""})`
    : "";
  return `${pct(matched, fixtures.length)} (${matched}/${fixtures.length})${note}`;
}

export async function aiFidelityBenchmark(): Promise<string> {
  const offline = await measurePath(new OfflineAiProvider());
  const picked = await languagePicked(new OfflineAiProvider());
  const model = await testModelServer();
  let viaModel: PathResult;
  try {
    viaModel = await measurePath(
      new OpenAiProvider({
        apiKey: "sk-test",
        baseURL: model.server.baseURL,
        model: "fidelity-test",
        maxRetries: 0,
      }),
      model.setBrief,
    );
  } finally {
    await model.server.close();
  }
  const rows = [
    "share of the briefs' facts in the store",
    "copy in the brief's language",
    "trade recognised",
    "sentences shared by same-trade stores",
    "invented claims (ratings, verified buyers, day counts, awards, %, testimonials or stats)",
    "generations that failed",
    "generation time p50 / p95 ms",
  ];
  const targets = ["≥ 80%", "100%", "—", "< 25%", "0", "0", "p50 < 500 (offline)"];
  const off = column(offline);
  const mod = column(viaModel);
  const count = FIDELITY_BRIEFS.length;
  return [
    `| measurement (${count} fixture briefs in 6 languages, + ${SAMENESS_BRIEFS.length} short briefs of 5 trades for overlap) | offline | model pipeline (test server) | target |`,
    "| --- | --- | --- | --- |",
    ...rows.map((row, i) => `| ${row} | ${off[i]} | ${mod[i]} | ${targets[i]} |`),
    `| copy in the brief's language when the merchant picks it (--language) | ${picked} | — | 100% |`,
    "",
    "The model column runs the real OpenAI adapter against an OpenAI-compatible test server on loopback that answers as a well-behaved model would (the offline writer's plan for the same brief): it measures the model pipeline (request, validation, build), not a model's writing. Each brief is given as its description and name only, as the CLI sends it without --language. Facts are read from the generated store plan (name, place in the copy, currency, language, trade, sells, each named offering with its price, each highlight in the copy); the copy's language is told by the brief reader's detector (server/ai/brief/language.ts).",
    "",
    ...details("Offline", offline),
    ...details("Model pipeline", viaModel),
  ].join("\n");
}
