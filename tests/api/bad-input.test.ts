import { describe, expect, it } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";

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
    expect((await app.inject({ url: "/readyz" })).statusCode).toBe(200);
  });
  it("sends security headers and a request id", async () => {
    const res = await app.inject({ url: "/healthz", headers: { "x-request-id": "abc-123" } });
    expect(res.headers["x-request-id"]).toBe("abc-123");
    expect(res.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["strict-transport-security"]).toBeDefined();
  });
});
