import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import { generateSite } from "../../server/ai/generate.ts";
import { OfflineAiProvider } from "../../server/ai/offline/index.ts";
import { ZSiteBrief } from "../../server/ai/tasks.ts";
import { call, registerUser, useTestApp } from "../helpers/app.ts";

/**
 * Every ai.* procedure by every role: editors and above may ask the AI to change a site, viewers
 * may only see its credits, strangers learn nothing; a refusal changes nothing (document,
 * suggestions, credits).
 */
const { app, deps } = await useTestApp({ env: { AI_RATE_LIMIT_PER_MINUTE: "10000" } });
const people = {
  owner: await registerUser(app),
  admin: await registerUser(app),
  editor: await registerUser(app),
  viewer: await registerUser(app),
  stranger: await registerUser(app),
};
type Role = keyof typeof people;
type Outcome = 200 | 403 | 404;

const generated = await generateSite(
  new OfflineAiProvider(),
  ZSiteBrief.parse({ description: "Kiln House makes stoneware mugs and bowls in Bath." }),
  { seed: 2, fetch: null },
);
const template: SiteDoc = generated.doc;
const heroId = template.pages[0]!.blocks.find((b) => b.type === "hero")!.id;
const homeId = template.pages[0]!.id;

type Cell = {
  siteId: string;
  productId: string;
  suggestionId: string;
  acceptedId: string;
  jobId: string;
};

async function freshSite(): Promise<Cell> {
  const site = await deps.db.prisma.site.create({
    data: {
      name: "Matrix",
      slug: `ai-matrix-${randomUUID().slice(0, 8)}`,
      members: {
        create: [
          { userId: people.owner.user.id, role: "owner" },
          { userId: people.admin.user.id, role: "admin" },
          { userId: people.editor.user.id, role: "editor" },
          { userId: people.viewer.user.id, role: "viewer" },
        ],
      },
    },
  });
  await deps.siteDocuments.initialise(site.id, { name: site.name, doc: template });
  await deps.ai.catalog.createDraftProducts(site.id, generated.products.slice(0, 1));
  const product = await deps.db.prisma.product.findFirstOrThrow({ where: { siteId: site.id } });
  const suggestion = (status: string) =>
    deps.db.prisma.aiSuggestion.create({
      data: {
        siteId: site.id,
        userId: people.owner.user.id,
        action: "rewrite",
        target: { kind: "block", blockId: heroId, pageId: homeId, type: "hero" },
        label: "Hero",
        before: { eyebrow: "Thrown by hand" },
        after: { eyebrow: "Thrown by hand!" },
        status,
      },
    });
  const pending = await suggestion("pending");
  const accepted = await suggestion("accepted");
  const job = await deps.ai.jobs.start(site.id, people.owner.user.id, async () => ({
    pages: [],
    products: [],
    productsCreated: 0,
    competitors: [],
    competitorFailures: [],
    warnings: [],
    model: "test",
  }));
  return {
    siteId: site.id,
    productId: product.id,
    suggestionId: pending.id,
    acceptedId: accepted.id,
    jobId: job!.id,
  };
}

async function snapshot(siteId: string) {
  return {
    doc: (await deps.siteStore.get(siteId))?.doc,
    suggestions: await deps.db.prisma.aiSuggestion.findMany({
      where: { siteId },
      orderBy: { id: "asc" },
    }),
    usage: await deps.db.prisma.aiUsage.findMany({ where: { siteId }, orderBy: { id: "asc" } }),
    products: await deps.db.prisma.product.findMany({ where: { siteId }, orderBy: { id: "asc" } }),
  };
}

const editors = { owner: 200, admin: 200, editor: 200, viewer: 403, stranger: 404 } as const;
type Procedure = {
  kind: "query" | "mutation";
  input: (c: Cell) => Record<string, unknown>;
  expect: Record<Role, Outcome>;
};

const procedures: Record<string, Procedure> = {
  "ai.generateSite": {
    kind: "mutation",
    input: (c) => ({
      siteId: c.siteId,
      brief: { description: "A tea shop in Leeds selling matcha." },
      seed: 1,
    }),
    expect: editors,
  },
  "ai.job": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId, jobId: c.jobId }),
    expect: editors,
  },
  "ai.credits": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId }),
    expect: { owner: 200, admin: 200, editor: 200, viewer: 200, stranger: 404 },
  },
  "ai.fillBlock": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, blockId: heroId }),
    expect: editors,
  },
  "ai.rewrite": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, blockId: heroId, mode: "shorter" }),
    expect: editors,
  },
  "ai.restyle": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, scope: "site", instruction: "make it playful" }),
    expect: editors,
  },
  "ai.productDescription": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, productId: c.productId }),
    expect: editors,
  },
  "ai.seo": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, target: { kind: "page", pageId: homeId } }),
    expect: editors,
  },
  "ai.altText": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, pageId: homeId }),
    expect: editors,
  },
  "ai.suggestions": { kind: "query", input: (c) => ({ siteId: c.siteId }), expect: editors },
  "ai.accept": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, suggestionIds: [c.suggestionId] }),
    expect: editors,
  },
  "ai.reject": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, suggestionIds: [c.suggestionId] }),
    expect: editors,
  },
  "ai.undo": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, suggestionIds: [c.acceptedId] }),
    expect: editors,
  },
};

const cells = Object.entries(procedures).flatMap(([name, procedure]) =>
  (Object.keys(people) as Role[]).map((role) => [name, role, procedure.expect[role]] as const),
);

describe("ai procedures by role", () => {
  it.each(cells)("%s as %s -> %i", async (name, role, expected) => {
    const procedure = procedures[name]!;
    const cell = await freshSite();
    const before = await snapshot(cell.siteId);
    const result = await call(app, procedure.kind, name, procedure.input(cell), {
      cookie: people[role].cookie,
    });
    expect(result.status, JSON.stringify(result.error)).toBe(expected);
    // Let a generation this cell started finish before the next cell (and the app) moves on.
    for (let i = 0; i < 400 && (await deps.ai.jobs.running(cell.siteId)); i++)
      await new Promise((r) => setTimeout(r, 25));
    if (expected !== 200) expect(await snapshot(cell.siteId)).toEqual(before);
  });

  it("covers every site-scoped ai procedure", async () => {
    const { appRouter } = await import("../../server/routers/_app.ts");
    const ai = Object.keys(appRouter._def.procedures).filter(
      (path) =>
        path.startsWith("ai.") && !["ai.chat", "ai.competitors", "ai.capabilities"].includes(path),
    );
    expect(ai.sort()).toEqual(Object.keys(procedures).sort());
  });
});
