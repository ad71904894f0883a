import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEDIA_UPLOAD_PATH } from "../../server/media/routes.ts";
import { createProduct, createShop, Shopper, type Shop } from "../commerce/helpers.ts";
import { call, createTestApp, registerUser, useTestApp, type TestApp } from "../helpers/app.ts";
import { testDatabaseKinds } from "../helpers/database.ts";
import { multipart } from "../media/helpers.ts";
import { photo } from "../media/images.ts";

const { app, deps } = await useTestApp({ env: { BODY_LIMIT_BYTES: "4096" } });

async function counts() {
  return {
    users: await deps.db.prisma.user.count(),
    sites: await deps.db.prisma.site.count(),
    sessions: await deps.db.prisma.session.count(),
  };
}

describe("bad input gets a clear 4xx and changes nothing", () => {
  it("malformed JSON", async () => {
    const before = await counts();
    const res = await app.inject({
      method: "POST",
      url: "/trpc/auth.register",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/JSON/);
    expect(await counts()).toEqual(before);
  });

  it("an oversized body", async () => {
    const before = await counts();
    const res = await app.inject({
      method: "POST",
      url: "/trpc/auth.register",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({
        email: "big@example.com",
        password: "x".repeat(10_000),
        name: "Big",
      }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.data.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await counts()).toEqual(before);
  });

  it("an unknown procedure", async () => {
    const res = await app.inject({ method: "GET", url: "/trpc/auth.nothingHere" });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/No procedure found/);
  });

  it("wrong types, with field errors a form can show", async () => {
    const before = await counts();
    const res = await call(app, "mutation", "auth.register", {
      email: 42,
      password: ["x"],
      name: null,
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.error!.data.fieldErrors!).sort()).toEqual(["email", "name", "password"]);
    expect(await counts()).toEqual(before);
  });

  it("a missing cookie", async () => {
    const res = await call(app, "query", "sites.list");
    expect(res.status).toBe(401);
    expect(res.error?.message).toMatch(/Log in/);
  });

  it("a forged session cookie", async () => {
    const res = await call(app, "query", "auth.me", undefined, {
      cookie: "pegasus_session=forged-token-value-that-is-long-enough",
    });
    expect(res.status).toBe(401);
  });

  it("an expired session", async () => {
    const { cookie, user } = await registerUser(app);
    await deps.db.prisma.session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await call(app, "query", "auth.me", undefined, { cookie });
    expect(res.status).toBe(401);
    expect(await deps.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a cross-site mutation (CSRF)", async () => {
    const { cookie } = await registerUser(app);
    const before = await counts();
    const foreign = await call(
      app,
      "mutation",
      "sites.create",
      { name: "Evil", slug: "evil-site" },
      { cookie, headers: { origin: "https://evil.example" } },
    );
    expect(foreign.status).toBe(403);
    const form = await app.inject({
      method: "POST",
      url: "/trpc/sites.create",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: "name=Evil&slug=evil-site",
    });
    expect(form.statusCode).toBe(415);
    expect(await counts()).toEqual(before);
  });

  it("a mutation sent as a query", async () => {
    const res = await call(app, "query", "auth.logout");
    expect(res.status).toBe(405);
  });

  it("answers unknown routes with the same error shape", async () => {
    const res = await app.inject({ method: "GET", url: "/no/such/thing" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { data: { code: "NOT_FOUND", httpStatus: 404 } } });
  });
});

describe("health", () => {
  it("/healthz and /readyz", async () => {
    expect((await app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    const ready = await app.inject({ url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    // One process, no Redis: there is no relay to other processes.
    expect(ready.json()).toEqual({ status: "ok", relay: "off" });
  });
  it("sends security headers and a request id", async () => {
    const res = await app.inject({ url: "/healthz", headers: { "x-request-id": "abc-123" } });
    expect(res.headers["x-request-id"]).toBe("abc-123");
    expect(res.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["strict-transport-security"]).toBeDefined();
  });
});

/**
 * NUL and half a surrogate pair: PostgreSQL cannot store either (22021 in text, 22P05 in jsonb),
 * so a request carrying one anywhere is refused with a message naming the field, before anything
 * is written, instead of failing in the database with a 500.
 */
describe.each(testDatabaseKinds())("text the database cannot store (%s)", (kind) => {
  let t: TestApp;
  let shop: Shop;
  let mediaId: string;
  beforeAll(async () => {
    t = await createTestApp({ kind });
    shop = await createShop(t.app, t.deps);
    await createProduct(shop, { title: "Linen apron" });
    const body = multipart(await photo(40, 30), "apron.jpg", "image/jpeg");
    const uploaded = await t.app.inject({
      method: "POST",
      url: `${MEDIA_UPLOAD_PATH}?siteId=${shop.siteId}`,
      headers: { ...body.headers, cookie: shop.owner.cookie },
      payload: body.payload,
    });
    mediaId = uploaded.json().media.id;
  });
  afterAll(() => t.close());

  /** Everything these requests could change, read back. */
  async function stored() {
    const p = t.deps.db.prisma;
    return {
      sites: await p.site.findMany({ select: { name: true }, orderBy: { id: "asc" } }),
      products: await p.product.findMany({ select: { title: true }, orderBy: { id: "asc" } }),
      versions: await p.siteVersion.count(),
      links: await p.previewLink.findMany({ select: { label: true } }),
      alts: await p.media.findMany({ select: { alt: true } }),
      carts: await p.cartLine.count(),
    };
  }

  it("refuses them in names, titles, labels, alt text and ids with 400, naming the field", async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ["sites.create", { name: "Kiln\u0000Co", slug: "kiln-nul" }, "name"],
      ["sites.rename", { siteId: shop.siteId, name: "Kiln \ud83d" }, "name"],
      [
        "products.create",
        { siteId: shop.siteId, product: { title: "Apron\u0000", variants: [{ price: 100 }] } },
        "product.title",
      ],
      ["products.list", { siteId: shop.siteId, query: "\u0000" }, "query"],
      ["versions.createNamed", { siteId: shop.siteId, label: "\udc00Spring" }, "label"],
      ["preview.create", { siteId: shop.siteId, label: "For \ud800Sam" }, "label"],
      ["media.updateAlt", { siteId: shop.siteId, mediaId, alt: "A kiln\u0000" }, "alt"],
      ["ai.productDescription", { siteId: shop.siteId, productId: "a\u0000b" }, "productId"],
      // A key nobody asked for, named like an object's own property.
      ["products.list", { siteId: shop.siteId, constructor: "\ud800" }, "constructor"],
    ];
    const before = await stored();
    for (const [procedure, input, field] of cases) {
      const kindOf = procedure.endsWith(".list") ? "query" : "mutation";
      const res = await call(t.app, kindOf, procedure, input, { cookie: shop.owner.cookie });
      expect(res.status, procedure).toBe(400);
      expect(res.error?.message, procedure).toBe(
        `${field}: contains a character that can't be stored (a NUL character or half of an emoji); remove it and try again.`,
      );
      expect(res.error?.data.fieldErrors?.[field], procedure).toHaveLength(1);
    }
    expect(await stored()).toEqual(before);
  });

  it("refuses them in a storefront form too", async () => {
    const product = await createProduct(shop, { title: "Mug" });
    const before = await stored();
    const shopper = new Shopper(t.app, shop);
    const res = await shopper.post("/api/cart/add", {
      variantId: `${product.variants[0]!.id}\u0000`,
      quantity: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(
      /^variantId: contains a character that can't be stored/,
    );
    expect(await stored()).toEqual(before);
  });

  it("refuses a versions.list cursor from another site with 400, not a 500", async () => {
    const other = await createShop(t.app, t.deps);
    const named = await other.as("mutation", "versions.createNamed", { label: "Theirs" });
    expect(named.status).toBe(200);
    const res = await shop.as("query", "versions.list", { before: named.data.version.id });
    expect(res.status).toBe(400);
    expect(res.error?.message).toBe("before: That version is not in this site's history.");
    expect(res.error?.data.fieldErrors).toEqual({
      before: ["That version is not in this site's history."],
    });
    // Its own versions still page as before.
    const own = await shop.as("query", "versions.list", { limit: 1 });
    expect(own.status).toBe(200);
  });
});
