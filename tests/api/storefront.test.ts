import { describe, expect, it } from "vitest";
import type { Block } from "../../blocks/doc/schema.ts";
import { generateSite } from "../../server/ai/generate.ts";
import { OfflineAiProvider } from "../../server/ai/offline/index.ts";
import { ZSiteBrief } from "../../server/ai/tasks.ts";
import { demoSiteDoc } from "../../demo-store/index.ts";
import { call, registerUser, useTestApp } from "../helpers/app.ts";

const { app, deps } = await useTestApp();
const owner = await registerUser(app);

async function publishedSite(doc = demoSiteDoc) {
  const slug = `shop-${Math.random().toString(36).slice(2, 8)}`;
  const { data } = await call(
    app,
    "mutation",
    "sites.create",
    { name: "Shop", slug },
    { cookie: owner.cookie },
  );
  const siteId = data.site.id as string;
  // The draft lives in Yjs: change it as an import would, through the collab server.
  await deps.collab.server.replace(siteId, doc, { kind: "system" });
  return { siteId, slug };
}

async function setDraftHeading(siteId: string, heading: string) {
  const doc = structuredClone((await deps.siteDocuments.draft(siteId)).doc);
  const hero = doc.pages[0]!.blocks.find((b) => b.type === "hero")!;
  hero.props = { ...hero.props, heading };
  await deps.collab.server.replace(siteId, doc, { kind: "system" });
}

describe("publishing and the storefront", () => {
  it("serves nothing until the first publish, then the published version", async () => {
    const { siteId, slug } = await publishedSite();
    const before = await app.inject({ url: `/s/${slug}/` });
    expect(before.statusCode).toBe(404);
    expect(before.body).toMatch(/not been published/);

    const status = await call(
      app,
      "query",
      "sites.publishStatus",
      { siteId },
      { cookie: owner.cookie },
    );
    expect(status.data).toMatchObject({ publishedAt: null, hasUnpublishedChanges: true });

    const published = await call(
      app,
      "mutation",
      "sites.publish",
      { siteId },
      { cookie: owner.cookie },
    );
    expect(published.status).toBe(200);
    expect(published.data.url).toMatch(new RegExp(`/s/${slug}/$`));

    const page = await app.inject({ url: `/s/${slug}/` });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toMatch(/<!doctype html>/i);
    expect(page.body).toContain(demoSiteDoc.settings.name);
    expect((await app.inject({ url: `/s/${slug}` })).headers.location).toBe(`/s/${slug}/`);
    expect((await app.inject({ url: `/s/${slug}/about` })).statusCode).toBe(200);
    expect((await app.inject({ url: `/s/${slug}/no-such-page` })).statusCode).toBe(404);
  });

  it("publishes with sample products still in the store, and says how many", async () => {
    const { siteId } = await publishedSite();
    const publish = async () =>
      (await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie })).data
        .sampleProducts as number;
    expect(await publish()).toBe(0);
    const sample = await deps.db.prisma.product.create({
      data: { siteId, handle: "sample-loaf", title: "Sample loaf", status: "active", sample: true },
    });
    expect(await publish()).toBe(1);
    await deps.db.prisma.product.update({ where: { id: sample.id }, data: { sample: false } });
    expect(await publish()).toBe(0);
  });

  it("counts the sample services still on the published pages, each once, until the merchant rewrites them", async () => {
    // Two services named in the brief, and examples the writer added to top the page up.
    const { doc, sampleServices } = await generateSite(
      new OfflineAiProvider(),
      ZSiteBrief.parse({
        description:
          "Studio Keller repairs watches in Zürich. We offer a full service from 180 CHF and battery changes at 25 CHF.",
      }),
      { seed: 1, fetch: null },
    );
    expect(sampleServices).toBeGreaterThan(0);
    const { siteId } = await publishedSite(doc);
    const publish = async () =>
      (await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie })).data;
    expect(await publish()).toMatchObject({ sampleProducts: 0, sampleServices });

    // The merchant rewrites one example service, wherever it is shown.
    const draft = structuredClone((await deps.siteDocuments.draft(siteId)).doc);
    const within = (blocks: Block[]): Block[] =>
      blocks.flatMap((b) => [b, ...within(b.children ?? [])]);
    const cards = within(draft.pages.flatMap((p) => p.blocks))
      .filter((b) => b.type === "pricing-table")
      .flatMap((b) => b.props.plans as { name: string; sampleOf: string }[]);
    const rewritten = cards.find((c) => c.sampleOf !== "")!.sampleOf;
    for (const card of cards.filter((c) => c.sampleOf === rewritten))
      card.name = "Vintage chronograph overhaul";
    await deps.collab.server.replace(siteId, draft, { kind: "system" });
    expect(await publish()).toMatchObject({ sampleServices: sampleServices - 1 });
  });

  it("keeps draft edits invisible until the next publish", async () => {
    const { siteId, slug } = await publishedSite();
    await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
    await setDraftHeading(siteId, "Freshly roasted on Tuesdays");
    expect((await app.inject({ url: `/s/${slug}/` })).body).not.toContain(
      "Freshly roasted on Tuesdays",
    );
    // Straight away, before the edit is compacted into the stored snapshot.
    const status = async () =>
      (await call(app, "query", "sites.publishStatus", { siteId }, { cookie: owner.cookie })).data
        .hasUnpublishedChanges as boolean;
    expect(await status()).toBe(true);

    await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
    expect((await app.inject({ url: `/s/${slug}/` })).body).toContain(
      "Freshly roasted on Tuesdays",
    );
    expect(await status()).toBe(false);
    // An edit taken back is no change to publish.
    const published = await deps.siteDocuments.draft(siteId);
    await setDraftHeading(siteId, "For a moment");
    expect(await status()).toBe(true);
    await deps.collab.server.replace(siteId, published.doc, { kind: "system" });
    expect(await status()).toBe(false);
  });

  it("answers a matching If-None-Match with 304 and a new publish with a new ETag", async () => {
    const { siteId, slug } = await publishedSite();
    await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
    const first = await app.inject({ url: `/s/${slug}/` });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    const again = await app.inject({ url: `/s/${slug}/`, headers: { "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");

    await setDraftHeading(siteId, "New season, new beans");
    await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
    const after = await app.inject({ url: `/s/${slug}/`, headers: { "if-none-match": etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
  });

  it("serves gzip to clients that accept it", async () => {
    const { siteId, slug } = await publishedSite();
    await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
    const page = await app.inject({
      url: `/s/${slug}/`,
      headers: { "accept-encoding": "gzip, br" },
    });
    expect(page.headers["content-encoding"]).toBe("gzip");
  });

  it("serves a site on its custom domain by Host header", async () => {
    const { siteId } = await publishedSite();
    const set = await call(
      app,
      "mutation",
      "sites.setCustomDomain",
      { siteId, domain: "Shop.Northbound.test" },
      { cookie: owner.cookie },
    );
    expect(set.data.site.customDomain).toBe("shop.northbound.test");
    const bad = await call(
      app,
      "mutation",
      "sites.setCustomDomain",
      { siteId, domain: "https://evil.example/path" },
      { cookie: owner.cookie },
    );
    expect(bad.status).toBe(400);
    await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
    const page = await app.inject({ url: "/", headers: { host: "shop.northbound.test" } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(demoSiteDoc.settings.name);
    expect(page.body).toContain('rel="canonical" href="http://shop.northbound.test/"');
    const sitemap = await app.inject({
      url: "/sitemap.xml",
      headers: { host: "shop.northbound.test" },
    });
    expect(sitemap.headers["content-type"]).toMatch(/xml/);
  });

  it("serves fonts and the islands script with immutable caching", async () => {
    const { siteId, slug } = await publishedSite();
    await call(app, "mutation", "sites.publish", { siteId }, { cookie: owner.cookie });
    const html = (await app.inject({ url: `/s/${slug}/` })).body;
    const font = /href="(\/_pegasus\/fonts\/[^"]+\.woff2)"/.exec(html)?.[1];
    expect(font).toBeDefined();
    const fontResponse = await app.inject({ url: font! });
    expect(fontResponse.statusCode).toBe(200);
    expect(fontResponse.headers["cache-control"]).toMatch(/immutable/);
    const script = /src="(\/_pegasus\/islands\.[0-9a-f]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await app.inject({ url: script! })).headers["content-type"]).toMatch(/javascript/);
    expect((await app.inject({ url: "/_pegasus/fonts/..%2F..%2Fpackage.json" })).statusCode).toBe(
      404,
    );
  });

  it("refuses to publish for viewers and answers unknown stores with 404", async () => {
    expect((await app.inject({ url: "/s/no-such-store/" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/s/NOT_A_SLUG!/" })).statusCode).toBe(404);
  });
});
