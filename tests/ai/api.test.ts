import * as Y from "yjs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkThemeContrast, contrastRatio } from "../../blocks/theme/index.ts";
import { updateProps } from "../../collab/doc/index.ts";
import type { EditOrigin } from "../../collab/doc/origin.ts";
import { siteDocumentName } from "../../collab/presence.ts";
import { NO_USAGE, type AiProvider } from "../../server/ai/port.ts";
import { SEO_LIMITS } from "../../server/ai/tasks.ts";
import { finishedJob } from "../helpers/ai.ts";
import { call, registerUser, useTestApp, type TestApp } from "../helpers/app.ts";

/**
 * The AI API end to end on the real app (offline provider, PGlite, the collab server in process):
 * generate a store, suggest, accept as one AI transaction, undo; credits, rate limits and refusals.
 */
let t: TestApp;
let owner: Awaited<ReturnType<typeof registerUser>>;
let siteId: string;

async function createSite(cookie: string, slug: string) {
  const created = await call(
    t.app,
    "mutation",
    "sites.create",
    { name: "Blue Fern", slug },
    { cookie },
  );
  expect(created.status).toBe(200);
  return created.data.site.id as string;
}

async function draft(site: string) {
  return await t.deps.ai.live.read(site);
}

beforeAll(async () => {
  t = await useTestApp({ env: { AI_CREDITS_PER_SITE: "40", AI_RATE_LIMIT_PER_MINUTE: "1000" } });
  owner = await registerUser(t.app);
  siteId = await createSite(owner.cookie, `blue-fern-${Date.now()}`);
});

describe("ai.generateSite", () => {
  it("generates a whole store with live progress, as one AI change, with its products in the catalogue", async () => {
    const started = await call(
      t.app,
      "mutation",
      "ai.generateSite",
      {
        siteId,
        brief: {
          name: "Blue Fern Bakery",
          // A trade with a catalogue entry, so samples top the store up (the brief names none).
          description:
            "A small sourdough bakery in Portland selling country loaves and croissants.",
        },
        seed: 5,
      },
      { cookie: owner.cookie },
    );
    expect(started.status, JSON.stringify(started.error)).toBe(200);
    expect(started.data.job.status).toBe("running");
    const job = await finishedJob(t.app, owner.cookie, siteId, started.data.job.id);
    expect(job.status, job.error).toBe("done");
    expect(job.progress.fraction).toBe(1);
    expect(job.steps.map((s: { stage: string }) => s.stage)).toEqual(
      expect.arrayContaining(["writing", "building", "checking", "saving", "done"]),
    );
    // Said once, at the very end, after the products are saved.
    expect(job.steps.filter((s: { stage: string }) => s.stage === "done")).toHaveLength(1);
    expect(job.steps.at(-1).stage).toBe("done");
    expect(job.result.pages.length).toBeGreaterThanOrEqual(4);
    const doc = await draft(siteId);
    expect(doc.settings.name).toBe("Blue Fern Bakery");
    expect(doc.pages.map((p) => p.slug)).toEqual(
      expect.arrayContaining(["", "shop", "product", "about", "contact", "faq"]),
    );
    expect(JSON.stringify(doc)).toContain("Portland");
    expect(job.result.productsCreated).toBe(job.result.products.length);
    const products = await t.deps.db.prisma.product.findMany({ where: { siteId } });
    expect(products.length).toBe(job.result.products.length);
    // Priced products are on sale at once; those the brief did not name are marked as samples.
    expect(products.every((p) => p.status === "active")).toBe(true);
    const credits = await call(t.app, "query", "ai.credits", { siteId }, { cookie: owner.cookie });
    expect(credits.data.credits).toMatchObject({ used: 10, limit: 40, remaining: 30 });
    // The illustrations it uses are served.
    const hero = doc.pages[0]!.blocks.find((b) => b.type === "hero")!;
    const src = (hero.props.image as { src: string }).src;
    const picture = await t.app.inject({ method: "GET", url: src });
    expect(picture.statusCode).toBe(200);
    expect(picture.headers["content-type"]).toBe("image/svg+xml");
    expect(picture.body).not.toMatch(/<script/i);
  });

  it("refuses a brief without a description, clearly", async () => {
    const result = await call(
      t.app,
      "mutation",
      "ai.generateSite",
      { siteId, brief: { description: "cafe" } },
      { cookie: owner.cookie },
    );
    expect(result.status).toBe(400);
    expect(result.error!.message).toMatch(/at least 10 characters/);
  });
});

describe("suggestions, accept and undo", () => {
  it("rewrites the hero friendlier as a before/after, applies it as ONE ai transaction, and undoes it", async () => {
    const doc = await draft(siteId);
    const hero = doc.pages[0]!.blocks.find((b) => b.type === "hero")!;
    const suggested = await call(
      t.app,
      "mutation",
      "ai.rewrite",
      { siteId, blockId: hero.id, mode: "friendlier" },
      { cookie: owner.cookie },
    );
    expect(suggested.status, JSON.stringify(suggested.error)).toBe(200);
    const [suggestion] = suggested.data.suggestions;
    expect(suggestion.target).toMatchObject({ kind: "block", blockId: hero.id });
    expect(suggestion.before.heading).toBe(hero.props.heading);
    expect(suggestion.after.heading).not.toBe(hero.props.heading);
    expect(suggestion.preview.length).toBeGreaterThan(0);
    // Nothing changed yet.
    expect(
      (await draft(siteId)).pages[0]!.blocks.find((b) => b.id === hero.id)!.props.heading,
    ).toBe(hero.props.heading);

    // Watch the live document while accepting.
    const direct = await t.deps.collab.server.hocuspocus.openDirectConnection(
      siteDocumentName(siteId),
      {},
    );
    const seen: unknown[] = [];
    const onUpdate = (_update: Uint8Array, origin: unknown) => seen.push(origin);
    direct.document!.on("update", onUpdate);
    const accepted = await call(
      t.app,
      "mutation",
      "ai.accept",
      { siteId, suggestionIds: [suggestion.id] },
      { cookie: owner.cookie },
    );
    expect(accepted.status, JSON.stringify(accepted.error)).toBe(200);
    direct.document!.off("update", onUpdate);
    await direct.disconnect();
    expect(seen).toHaveLength(1);
    expect(seen[0] as EditOrigin).toEqual({ kind: "ai", userId: owner.user.id });
    const after = (await draft(siteId)).pages[0]!.blocks.find((b) => b.id === hero.id)!;
    expect(after.props.heading).toBe(suggestion.after.heading);
    expect(after.props.subheading).toBe(suggestion.after.subheading);

    const again = await call(
      t.app,
      "mutation",
      "ai.accept",
      { siteId, suggestionIds: [suggestion.id] },
      { cookie: owner.cookie },
    );
    expect(again.status).toBe(409);

    const undone = await call(
      t.app,
      "mutation",
      "ai.undo",
      { siteId, suggestionIds: [suggestion.id] },
      { cookie: owner.cookie },
    );
    expect(undone.status, JSON.stringify(undone.error)).toBe(200);
    const restored = (await draft(siteId)).pages[0]!.blocks.find((b) => b.id === hero.id)!;
    expect(restored.props.heading).toBe(hero.props.heading);
    expect(restored.props.subheading).toBe(hero.props.subheading);
  });

  it("fills a block and rejects the suggestion without touching the document", async () => {
    const doc = await draft(siteId);
    const features = doc.pages[0]!.blocks.find((b) => b.type === "features")!;
    const filled = await call(
      t.app,
      "mutation",
      "ai.fillBlock",
      { siteId, blockId: features.id },
      { cookie: owner.cookie },
    );
    expect(filled.status, JSON.stringify(filled.error)).toBe(200);
    const id = filled.data.suggestions[0].id;
    const rejected = await call(
      t.app,
      "mutation",
      "ai.reject",
      { siteId, suggestionIds: [id] },
      { cookie: owner.cookie },
    );
    expect(rejected.status).toBe(200);
    expect(JSON.stringify(await draft(siteId))).toBe(JSON.stringify(doc));
    const pending = await call(
      t.app,
      "query",
      "ai.suggestions",
      { siteId },
      { cookie: owner.cookie },
    );
    expect(pending.data.suggestions.map((s: { id: string }) => s.id)).not.toContain(id);
  });

  it("fills a block as the instruction asks: free delivery in Lyon is mentioned", async () => {
    const doc = await draft(siteId);
    const hero = doc.pages[0]!.blocks.find((b) => b.type === "hero")!;
    const filled = await call(
      t.app,
      "mutation",
      "ai.fillBlock",
      { siteId, blockId: hero.id, instruction: "mention free delivery in Lyon" },
      { cookie: owner.cookie },
    );
    expect(filled.status, JSON.stringify(filled.error)).toBe(200);
    expect(filled.data.suggestions[0].after.subheading).toMatch(/Free delivery in Lyon\./);
    await call(
      t.app,
      "mutation",
      "ai.reject",
      { siteId, suggestionIds: [filled.data.suggestions[0].id] },
      { cookie: owner.cookie },
    );
  });

  it("restyles with navy, gold and Playfair, keeps every text and button readable, and says so", async () => {
    const result = await call(
      t.app,
      "mutation",
      "ai.restyle",
      { siteId, scope: "site", instruction: "navy, gold and Playfair" },
      { cookie: owner.cookie },
    );
    expect(result.status, JSON.stringify(result.error)).toBe(200);
    const theme = result.data.suggestions.find(
      (s: { target: { kind: string } }) => s.target.kind === "theme",
    );
    expect(theme.after.colors.primary).toBe("#1b2a4a");
    expect(theme.after.colors.accent).toBe("#c9a227");
    expect(theme.after.fonts.heading).toBe("Playfair Display");
    const after = { ...(await draft(siteId)).theme, ...theme.after };
    expect(checkThemeContrast(after)).toEqual([]);
    for (const [fg, bg] of [
      ["onPrimary", "primary"],
      ["onAccent", "accent"],
      ["text", "background"],
      ["text", "surface"],
      ["muted", "background"],
    ] as const)
      expect(contrastRatio(after.colors[fg], after.colors[bg])).toBeGreaterThanOrEqual(4.5);
    expect(result.data.summary).toMatch(/^Navy buttons, gold accents, Playfair Display headings/);
  });

  it("restyles the site and keeps every text readable", async () => {
    const restyled = await call(
      t.app,
      "mutation",
      "ai.restyle",
      { siteId, scope: "site", instruction: "make it darker and rounder" },
      { cookie: owner.cookie },
    );
    expect(restyled.status, JSON.stringify(restyled.error)).toBe(200);
    const theme = restyled.data.suggestions.find(
      (s: { target: { kind: string } }) => s.target.kind === "theme",
    );
    expect(theme).toBeDefined();
    const accepted = await call(
      t.app,
      "mutation",
      "ai.accept",
      { siteId, suggestionIds: [theme.id] },
      { cookie: owner.cookie },
    );
    expect(accepted.status, JSON.stringify(accepted.error)).toBe(200);
    const doc = await draft(siteId);
    expect(doc.theme.colors.background).toBe(theme.after.colors.background);
    expect(checkThemeContrast(doc.theme)).toEqual([]);
  });

  it("writes SEO within search-engine limits and alt text for pictures", async () => {
    const doc = await draft(siteId);
    const about = doc.pages.find((p) => p.slug === "about")!;
    const seo = await call(
      t.app,
      "mutation",
      "ai.seo",
      { siteId, target: { kind: "page", pageId: about.id } },
      { cookie: owner.cookie },
    );
    expect(seo.status, JSON.stringify(seo.error)).toBe(200);
    const after = seo.data.suggestions[0].after.seo;
    // Search engines' lengths, with the store's name, trade and place.
    expect(after.title.length).toBeGreaterThanOrEqual(SEO_LIMITS.minTitle);
    expect(after.title.length).toBeLessThanOrEqual(SEO_LIMITS.title);
    expect(after.description.length).toBeGreaterThanOrEqual(SEO_LIMITS.minDescription);
    expect(after.description.length).toBeLessThanOrEqual(SEO_LIMITS.description);
    expect(after.title).toContain("Blue Fern Bakery");
    expect(`${after.title} ${after.description}`).toMatch(/bakery|bread/i);
    expect(`${after.title} ${after.description}`).toContain("Portland");
    const alt = await call(
      t.app,
      "mutation",
      "ai.altText",
      { siteId, pageId: doc.pages[0]!.id },
      { cookie: owner.cookie },
    );
    expect(alt.status, JSON.stringify(alt.error)).toBe(200);
    expect(alt.data.suggestions.length).toBeGreaterThan(0);
  });

  it("suggests a product description for a catalogue product", async () => {
    const product = await t.deps.db.prisma.product.findFirstOrThrow({ where: { siteId } });
    const result = await call(
      t.app,
      "mutation",
      "ai.productDescription",
      { siteId, productId: product.id },
      { cookie: owner.cookie },
    );
    expect(result.status, JSON.stringify(result.error)).toBe(200);
    const suggestion = result.data.suggestions[0];
    expect(suggestion.after.descriptionHtml).toMatch(/^<p>/);
    const accepted = await call(
      t.app,
      "mutation",
      "ai.accept",
      { siteId, suggestionIds: [suggestion.id] },
      { cookie: owner.cookie },
    );
    expect(accepted.status).toBe(200);
    expect(
      (await t.deps.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } }))
        .descriptionHtml,
    ).toBe(suggestion.after.descriptionHtml);
  });
});

describe("refusals", () => {
  it("makes a model's unreadable theme readable before offering it, and says what it changed", async () => {
    const original = t.deps.ai.provider;
    const unreadable: AiProvider = {
      kind: "openai",
      model: "fake",
      async complete() {
        return {
          json: {
            summary: "Grey on grey.",
            theme: {
              colors: {
                primary: "#777777",
                secondary: "#888888",
                accent: "#999999",
                background: "#808080",
                surface: "#7f7f7f",
                text: "#858585",
                muted: "#8a8a8a",
              },
              headingFont: "Inter",
              bodyFont: "Inter",
              headingWeight: 700,
              radius: 8,
              buttonShape: "rounded",
              buttonStyle: "solid",
            },
            blocks: [],
          },
          usage: NO_USAGE,
          model: "fake",
        };
      },
    };
    t.deps.ai.provider = unreadable;
    try {
      const result = await call(
        t.app,
        "mutation",
        "ai.restyle",
        { siteId, scope: "site", instruction: "grey please" },
        { cookie: owner.cookie },
      );
      expect(result.status, JSON.stringify(result.error)).toBe(200);
      const theme = result.data.suggestions.find(
        (s: { target: { kind: string } }) => s.target.kind === "theme",
      );
      expect(checkThemeContrast({ ...(await draft(siteId)).theme, ...theme.after })).toEqual([]);
      expect(result.data.summary).toMatch(/^Grey on grey; .*to stay readable/);
    } finally {
      t.deps.ai.provider = original;
    }
  });

  it("does not offer a rewrite that is worse than the text, and says why", async () => {
    const doc = await draft(siteId);
    const hero = doc.pages[0]!.blocks.find((b) => b.type === "hero")!;
    const origin = { kind: "user", userId: owner.user.id } as const;
    await t.deps.ai.live.applyChange(
      siteId,
      (ydoc) =>
        updateProps(
          ydoc,
          hero.id,
          {
            subheading:
              "Fresh loaves from €4.50, baked in Portland every morning. We think you will love them, and so will your friends.",
          },
          origin,
        ),
      origin,
    );
    const original = t.deps.ai.provider;
    t.deps.ai.provider = {
      kind: "openai",
      model: "fake",
      async complete() {
        // Shorter, but it loses the price and the place.
        return {
          json: { texts: [{ path: "subheading", text: "Fresh loaves every morning." }] },
          usage: NO_USAGE,
          model: "fake",
        };
      },
    };
    try {
      const before = JSON.stringify(await draft(siteId));
      const credits = (
        await call(t.app, "query", "ai.credits", { siteId }, { cookie: owner.cookie })
      ).data.credits.used;
      const result = await call(
        t.app,
        "mutation",
        "ai.rewrite",
        { siteId, blockId: hero.id, prop: "subheading", mode: "shorter" },
        { cookie: owner.cookie },
      );
      expect(result.status).toBe(422);
      expect(result.error!.message).toMatch(
        /^Nothing was offered, because no suggestion was better than what is there now \(“Fresh loaves.*”: it would drop “4\.50” and “Portland”\)\.$/,
      );
      expect(JSON.stringify(await draft(siteId))).toBe(before);
      expect(
        (await call(t.app, "query", "ai.credits", { siteId }, { cookie: owner.cookie })).data
          .credits.used,
      ).toBe(credits);
    } finally {
      t.deps.ai.provider = original;
    }
    // The offline writer shortens the same text without losing either.
    const offline = await call(
      t.app,
      "mutation",
      "ai.rewrite",
      { siteId, blockId: hero.id, prop: "subheading", mode: "shorter" },
      { cookie: owner.cookie },
    );
    expect(offline.status, JSON.stringify(offline.error)).toBe(200);
    const shorter = offline.data.suggestions[0].after.subheading as string;
    expect(shorter).toBe("Fresh loaves from €4.50, baked in Portland every morning.");
  });

  it("does not offer SEO, fill or a product description worse than what is there, and says why", async () => {
    const doc = await draft(siteId);
    const contact = doc.pages.find((p) => p.slug === "contact")!;
    // The offline writer's SEO, accepted: what the page now has.
    const offline = await call(
      t.app,
      "mutation",
      "ai.seo",
      { siteId, target: { kind: "page", pageId: contact.id } },
      { cookie: owner.cookie },
    );
    expect(offline.status, JSON.stringify(offline.error)).toBe(200);
    await call(
      t.app,
      "mutation",
      "ai.accept",
      { siteId, suggestionIds: [offline.data.suggestions[0].id] },
      { cookie: owner.cookie },
    );
    const product = await t.deps.db.prisma.product.findFirstOrThrow({ where: { siteId } });
    await t.deps.db.prisma.product.update({
      where: { id: product.id },
      data: { descriptionHtml: "<p>Our country loaf weighs 800 g and keeps for 4 days.</p>" },
    });
    const hero = doc.pages[0]!.blocks.find((b) => b.type === "hero")!;
    const answers: Record<string, unknown> = {
      seo: {
        title: "Welcome to our little corner of the web",
        description:
          "We are happy you are here. Have a look around and get in touch if you have any questions at all.",
      },
      product_description: {
        description: "A lovely loaf for your table, baked with care and shared with friends.",
        highlights: ["Baked with care", "Lovely"],
      },
      fill_block_hero: {
        props: {
          eyebrow: "Hello",
          heading: "Good things are here",
          subheading: "Come and see what we make for you this week. Free delivery in Lyon.",
          buttons: [{ label: "Shop", href: "/shop", variant: "primary" }],
        },
      },
    };
    const original = t.deps.ai.provider;
    t.deps.ai.provider = {
      kind: "openai",
      model: "fake",
      async complete(request) {
        return { json: answers[request.task], usage: NO_USAGE, model: "fake" };
      },
    };
    try {
      const before = JSON.stringify(await draft(siteId));
      const seo = await call(
        t.app,
        "mutation",
        "ai.seo",
        { siteId, target: { kind: "page", pageId: contact.id } },
        { cookie: owner.cookie },
      );
      expect(seo.status).toBe(422);
      expect(seo.error!.message).toMatch(
        /^Nothing was offered.*: the current title and description already serve search better\)\.$/,
      );
      const described = await call(
        t.app,
        "mutation",
        "ai.productDescription",
        { siteId, productId: product.id },
        { cookie: owner.cookie },
      );
      expect(described.status).toBe(422);
      expect(described.error!.message).toMatch(/it would drop “800” and “4”/);
      const filled = await call(
        t.app,
        "mutation",
        "ai.fillBlock",
        { siteId, blockId: hero.id, instruction: "mention free delivery in Lyon" },
        { cookie: owner.cookie },
      );
      expect(filled.status).toBe(422);
      // The hero says "from €4.50, baked in Portland" (the rewrite test above): kept, or refused.
      expect(filled.error!.message).toMatch(/it would drop “4\.50”/);
      expect(JSON.stringify(await draft(siteId))).toBe(before);
    } finally {
      t.deps.ai.provider = original;
    }
  });

  it("refuses copy that breaks the block's schema, twice, and leaves the document untouched", async () => {
    const original = t.deps.ai.provider;
    let asked = 0;
    t.deps.ai.provider = {
      kind: "openai",
      model: "fake",
      async complete() {
        asked += 1;
        return {
          json: {
            props: { eyebrow: "Hi", heading: "x".repeat(500), subheading: "Fine.", buttons: [] },
          },
          usage: NO_USAGE,
          model: "fake",
        };
      },
    };
    try {
      const doc = await draft(siteId);
      const hero = doc.pages[0]!.blocks.find((b) => b.type === "hero")!;
      const result = await call(
        t.app,
        "mutation",
        "ai.fillBlock",
        { siteId, blockId: hero.id },
        { cookie: owner.cookie },
      );
      expect(result.status).toBe(422);
      // One sentence the merchant can act on; the schema's details go to the log only.
      expect(result.error!.message).toMatch(
        /could not be used twice in a row; nothing was changed/,
      );
      expect(result.error!.message).not.toMatch(/heading|zod|AiOutputError/);
      expect(asked).toBe(2);
      expect(JSON.stringify(await draft(siteId))).toBe(JSON.stringify(doc));
    } finally {
      t.deps.ai.provider = original;
    }
  });

  it("records the tokens a model used against the site", async () => {
    const original = t.deps.ai.provider;
    t.deps.ai.provider = {
      kind: "openai",
      model: "fake-model",
      async complete() {
        return {
          json: {
            title: "Blue Fern Roasters | Our story",
            description:
              "How a small Portland roastery buys, roasts and ships coffee within a day of roasting.",
          },
          usage: { promptTokens: 321, completionTokens: 45 },
          model: "fake-model-2026",
        };
      },
    };
    try {
      const doc = await draft(siteId);
      const about = doc.pages.find((p) => p.slug === "about")!;
      const result = await call(
        t.app,
        "mutation",
        "ai.seo",
        { siteId, target: { kind: "page", pageId: about.id } },
        { cookie: owner.cookie },
      );
      expect(result.status, JSON.stringify(result.error)).toBe(200);
      const row = await t.deps.db.prisma.aiUsage.findFirstOrThrow({
        where: { siteId, action: "seo" },
        orderBy: { id: "desc" },
      });
      expect(row).toMatchObject({
        provider: "openai",
        model: "fake-model-2026",
        promptTokens: 321,
        completionTokens: 45,
        credits: 1,
        userId: owner.user.id,
      });
    } finally {
      t.deps.ai.provider = original;
    }
  });

  it("refuses when the site's credits are used up, saying when they renew", async () => {
    const site = await createSite(owner.cookie, `credits-${Date.now()}`);
    const brief = { description: "A florist in Leeds delivering bouquets." };
    for (let i = 0; i < 4; i++) {
      const started = await call(
        t.app,
        "mutation",
        "ai.generateSite",
        { siteId: site, brief, seed: i },
        { cookie: owner.cookie },
      );
      expect(started.status).toBe(200);
      await finishedJob(t.app, owner.cookie, site, started.data.job.id);
    }
    const refused = await call(
      t.app,
      "mutation",
      "ai.generateSite",
      { siteId: site, brief },
      { cookie: owner.cookie },
    );
    expect(refused.status).toBe(402);
    expect(refused.error!.message).toMatch(/used 40 of its 40 AI credits.*renew on/);
  });

  it("refuses people who are not editors of the site", async () => {
    const stranger = await registerUser(t.app);
    const result = await call(
      t.app,
      "mutation",
      "ai.fillBlock",
      { siteId, blockId: "hero-1" },
      { cookie: stranger.cookie },
    );
    expect(result.status).toBe(404);
  });
});

describe("onboarding chat", () => {
  it("asks for what is missing and can stop early", async () => {
    let brief = {
      name: "",
      description: "",
      industry: null,
      mood: null,
      colors: [],
      competitorUrls: [],
    };
    const messages: { role: "assistant" | "merchant"; text: string }[] = [];
    const say = async (text: string | null, finish = false) => {
      if (text) messages.push({ role: "merchant", text });
      const result = await call(
        t.app,
        "mutation",
        "ai.chat",
        { messages, brief, finish },
        { cookie: owner.cookie },
      );
      expect(result.status, JSON.stringify(result.error)).toBe(200);
      messages.push({ role: "assistant", text: result.data.reply });
      brief = result.data.brief;
      return result.data;
    };
    const first = await say(null);
    expect(first.reply).toMatch(/called/);
    expect(first.ready).toBe(false);
    await say("Kiln House");
    const third = await say("Handmade stoneware mugs and bowls for people who love slow mornings.");
    expect(brief.name).toBe("Kiln House");
    expect(brief.industry).toBe("ceramics");
    expect(third.ready).toBe(true);
    const done = await say(null, true);
    expect(done.ready).toBe(true);
    expect(done.reply).toMatch(/Generate/);
  });
});

describe("what the configured AI can do", () => {
  it("tells the editor which languages the offline writer writes stores in, and why it cannot translate", async () => {
    const answer = await call(t.app, "query", "ai.capabilities", undefined, {
      cookie: owner.cookie,
    });
    expect(answer.status, JSON.stringify(answer.error)).toBe(200);
    expect(answer.data).toEqual({
      provider: { kind: "offline", model: "pegasus-offline-1" },
      languages: ["en", "es", "fr", "de", "it", "pt"],
      translate: {
        available: false,
        code: "offlineWriter",
        reason: expect.stringMatching(/needs an AI model.*OPENAI_API_KEY/),
      },
    });
    expect((await call(t.app, "query", "ai.capabilities")).status).toBe(401);
  });

  it("refuses a translation the offline writer cannot make with that reason, at no cost", async () => {
    const doc = await draft(siteId);
    const hero = doc.pages[0]!.blocks.find((b) => b.type === "hero")!;
    const used = async () =>
      (await call(t.app, "query", "ai.credits", { siteId }, { cookie: owner.cookie })).data.credits
        .used;
    const before = await used();
    const refused = await call(
      t.app,
      "mutation",
      "ai.rewrite",
      { siteId, blockId: hero.id, mode: "translate", language: "fr" },
      { cookie: owner.cookie },
    );
    expect(refused.status).toBe(501);
    expect(refused.error!.message).toBe(
      (await call(t.app, "query", "ai.capabilities", undefined, { cookie: owner.cookie })).data
        .translate.reason,
    );
    expect(await used()).toBe(before);
  });

  it("offers every language and translation with a model that writes any language", async () => {
    const original = t.deps.ai.provider;
    t.deps.ai.provider = {
      kind: "openai",
      model: "gpt-test",
      complete: () => Promise.reject(new Error("not asked")),
    };
    try {
      const answer = await call(t.app, "query", "ai.capabilities", undefined, {
        cookie: owner.cookie,
      });
      expect(answer.data).toEqual({
        provider: { kind: "openai", model: "gpt-test" },
        languages: ["en", "es", "fr", "de", "it", "pt", "nl"],
        translate: { available: true },
      });
    } finally {
      t.deps.ai.provider = original;
    }
  });
});

describe("rate limits", () => {
  it("refuses too many AI requests in a minute", async () => {
    const limited = await useTestApp({ env: { AI_RATE_LIMIT_PER_MINUTE: "2" } });
    const user = await registerUser(limited.app);
    const results = [];
    for (let i = 0; i < 3; i++) {
      results.push(
        await call(limited.app, "mutation", "ai.chat", { messages: [] }, { cookie: user.cookie }),
      );
    }
    expect(results.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(results[2]!.error!.message).toMatch(/Too many AI requests/);
  });
});

void Y;
