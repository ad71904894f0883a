import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import { understandBrief } from "../../server/ai/brief/understand.ts";
import { offlineSitePlan } from "../../server/ai/offline/site-plan.ts";
import type { SitePlan } from "../../server/ai/site/plan.ts";
import { ZSiteBrief } from "../../server/ai/tasks.ts";
import { finishedJob } from "../helpers/ai.ts";
import { call, registerUser, useTestApp, type TestApp } from "../helpers/app.ts";
import { answer, startOpenAiTestServer, type OpenAiTestServer } from "../helpers/openai-server.ts";

/**
 * The model path end to end: the real app configured with OPENAI_API_KEY and OPENAI_BASE_URL,
 * `ai.generateSite` through tRPC, the real OpenAI adapter against an OpenAI-compatible server on
 * loopback that answers as each test scripts (the facts a model would read, a plan it would write)
 * and records every request. What the server was asked, and what reached the store, are asserted.
 */
let model: OpenAiTestServer;
let t: TestApp;
let owner: Awaited<ReturnType<typeof registerUser>>;

beforeAll(async () => {
  model = await startOpenAiTestServer();
  t = await useTestApp({
    env: {
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: model.baseURL,
      OPENAI_MODEL: "test-model",
      // A scripted answer is used once: a retried request would take the next test's answer.
      OPENAI_MAX_RETRIES: "0",
      AI_CREDITS_PER_SITE: "1000",
      AI_RATE_LIMIT_PER_MINUTE: "1000",
    },
  });
  owner = await registerUser(t.app);
});
afterAll(() => model.close());
beforeEach(() => model.reset());

const TEA = ZSiteBrief.parse({
  name: "Leaf Lane",
  description:
    "Leaf Lane blends loose leaf tea by hand in Brighton. We sell Earl Grey Supreme at £8.50 and Jasmine Pearls at £12.00 a tin.",
});
/** What a model reads from the brief, and a plan that covers it, as a well-behaved model would. */
const TEA_FACTS = understandBrief(TEA.description, { name: TEA.name });
const TEA_PLAN = offlineSitePlan({ brief: TEA, competitors: [], facts: TEA_FACTS }, 3);

/** Starts `ai.generateSite` on a new site and returns the finished job and the site. */
async function generate(brief: typeof TEA) {
  const created = await call(
    t.app,
    "mutation",
    "sites.create",
    { name: brief.name, slug: `model-path-${Date.now()}-${Math.round(Math.random() * 1e6)}` },
    { cookie: owner.cookie },
  );
  expect(created.status).toBe(200);
  const siteId = created.data.site.id as string;
  const started = await call(
    t.app,
    "mutation",
    "ai.generateSite",
    { siteId, brief: { name: brief.name, description: brief.description } },
    { cookie: owner.cookie },
  );
  expect(started.status, JSON.stringify(started.error)).toBe(200);
  const job = await finishedJob(t.app, owner.cookie, siteId, started.data.job.id);
  return { job, siteId, doc: (await t.deps.ai.live.read(siteId)) as SiteDoc };
}

const blockTypes = (doc: SiteDoc) => doc.pages.flatMap((p) => p.blocks.map((b) => b.type));

describe("ai.generateSite with a model", () => {
  it("reads the brief's facts first, sends a plan that drops a named product or its price back with what is missing, and builds the corrected plan", async () => {
    const earlGrey = TEA_PLAN.products.find((p) => p.title === "Earl Grey Supreme")!;
    const missing: SitePlan = {
      ...TEA_PLAN,
      // Jasmine Pearls left out, Earl Grey at a price the brief does not give.
      products: [{ ...earlGrey, price: 990 }],
    };
    model.script = [answer(TEA_FACTS), answer(missing), answer(TEA_PLAN)];
    const { job, siteId } = await generate(TEA);
    expect(job.status, job.error).toBe("done");

    expect(model.received.map((r) => r.task)).toEqual([
      "understand_brief",
      "generate_site",
      "generate_site",
    ]);
    // The facts the model read are what the plan is asked to cover.
    const [, first, second] = model.received;
    expect(first!.body.messages![1]!.content).toContain('"name":"Jasmine Pearls"');
    const feedback = second!.body.messages![0]!.content.split("refused for these reasons")[1]!;
    expect(feedback).toMatch(/"Jasmine Pearls" at 1200 minor units/);
    expect(feedback).toMatch(/"Earl Grey Supreme" must cost 850/);
    // Temperature and a token cap on every request: extraction at 0, writing at 0.7.
    expect(model.received.map((r) => [r.task, r.body.temperature, r.body.max_tokens])).toEqual([
      ["understand_brief", 0, 4_000],
      ["generate_site", 0.7, 16_000],
      ["generate_site", 0.7, 16_000],
    ]);

    expect(job.result.model).toBe("test-model");
    const products = await t.deps.db.prisma.product.findMany({
      where: { siteId },
      include: { variants: true },
      orderBy: { title: "asc" },
    });
    expect(
      products.map((p) => [p.title, p.variants.map((v) => v.price), p.sample, p.status]),
    ).toEqual([
      ["Earl Grey Supreme", [850], false, "active"],
      ["Jasmine Pearls", [1200], false, "active"],
    ]);
  });

  it("fails with a sentence a merchant can read when the plan still leaves out a named product, and changes nothing", async () => {
    const without: SitePlan = {
      ...TEA_PLAN,
      products: TEA_PLAN.products.filter((p) => p.title !== "Jasmine Pearls"),
    };
    model.script = [answer(TEA_FACTS), answer(without), answer(without)];
    const { job, siteId, doc } = await generate(TEA);
    expect(job.status).toBe("failed");
    expect(job.error).toMatch(/could not be used twice in a row; nothing was changed/);
    expect(job.error).not.toMatch(/products|minor units/);
    expect(doc.pages.every((p) => !JSON.stringify(p).includes("Earl Grey"))).toBe(true);
    expect(await t.deps.db.prisma.product.count({ where: { siteId } })).toBe(0);
  });

  it("clamps an over-long field at a sentence instead of failing the store", async () => {
    const heading = "Loose leaf tea, blended by hand in Brighton.";
    const long: SitePlan = {
      ...TEA_PLAN,
      hero: {
        ...TEA_PLAN.hero,
        heading: `${heading} Fresh tins leave our little shop by the sea every single week.`,
      },
    };
    expect(long.hero.heading.length).toBeGreaterThan(70);
    model.script = [answer(TEA_FACTS), answer(long)];
    const { job, doc } = await generate(TEA);
    expect(job.status, job.error).toBe("done");
    // One plan request: the long line was repaired, not sent back.
    expect(model.received.map((r) => r.task)).toEqual(["understand_brief", "generate_site"]);
    const hero = doc.pages[0]!.blocks.find((b) => b.type === "hero")!;
    expect(hero.props.heading).toBe(heading);
  });

  it("builds a store with no products, no testimonials and no numbers, and tells the merchant what it could not do", async () => {
    const brief = ZSiteBrief.parse({
      name: "Leaf Lane",
      description:
        "Leaf Lane is a tea room in Brighton. We would love online table booking with a calendar.",
    });
    const facts = understandBrief(brief.description, { name: brief.name });
    expect(facts.offerings).toEqual([]);
    const plan = offlineSitePlan({ brief, competitors: [], facts }, 3);
    const note = "Online table booking with a calendar is not something the store can do yet.";
    const bare: SitePlan = {
      ...plan,
      products: [],
      testimonials: null,
      stats: null,
      homeSections: plan.homeSections.filter(
        (s) => !["products", "testimonials", "stats"].includes(s),
      ),
      notes: [note],
    };
    model.script = [answer(facts), answer(bare)];
    const { job, siteId, doc } = await generate(brief);
    expect(job.status, job.error).toBe("done");
    expect(model.received).toHaveLength(2);
    expect(job.result.products).toEqual([]);
    expect(await t.deps.db.prisma.product.count({ where: { siteId } })).toBe(0);
    expect(blockTypes(doc)).not.toContain("testimonials");
    expect(blockTypes(doc)).not.toContain("stats");
    // The plan's notes reach the merchant with the result (the wizard lists them).
    expect(job.result.notes).toEqual([note]);
  });
});
