import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { conditionalResponse, createRenderCache, etagFor } from "./cache.ts";
import type { RenderedPage } from "./types.ts";

const page = (html: string, status = 200): RenderedPage => ({
  status,
  headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=0" },
  html,
});

describe("render cache", () => {
  it("returns what was stored, keyed by version and path", () => {
    const cache = createRenderCache({ maxEntries: 10 });
    cache.set("site1:v1", "/", page("<p>home v1</p>"));
    cache.set("site1:v2", "/", page("<p>home v2</p>"));
    expect(cache.get("site1:v1", "/")?.html).toBe("<p>home v1</p>");
    expect(cache.get("site1:v2", "/")?.html).toBe("<p>home v2</p>");
    expect(cache.get("site1:v1", "/about")).toBeUndefined();
  });

  it("gives a strong ETag that changes with the body", () => {
    const cache = createRenderCache({ maxEntries: 10 });
    const a = cache.set("v", "/a", page("one"));
    const b = cache.set("v", "/b", page("two"));
    expect(a.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(a.etag).not.toBe(b.etag);
    expect(a.etag).toBe(etagFor("one"));
    expect(a.headers.etag).toBe(a.etag);
  });

  it("drops the least recently used page when full", () => {
    const cache = createRenderCache({ maxEntries: 2 });
    cache.set("v", "/a", page("a"));
    cache.set("v", "/b", page("b"));
    cache.get("v", "/a"); // /a is now the most recently used
    cache.set("v", "/c", page("c"));
    expect(cache.size).toBe(2);
    expect(cache.get("v", "/b")).toBeUndefined();
    expect(cache.get("v", "/a")?.html).toBe("a");
    expect(cache.get("v", "/c")?.html).toBe("c");
  });

  it("invalidates a site by version prefix or by site id", () => {
    const cache = createRenderCache({ maxEntries: 10 });
    cache.set("brew:v1", "/", page("1"));
    cache.set("brew:v2", "/", page("2"));
    cache.set("tea:v1", "/", page("3"), { siteId: "site_tea" });
    expect(cache.invalidateSite("brew:")).toBe(2);
    expect(cache.get("brew:v2", "/")).toBeUndefined();
    expect(cache.get("tea:v1", "/")?.html).toBe("3");
    expect(cache.invalidateSite("site_tea")).toBe(1);
    expect(cache.size).toBe(0);
    expect(cache.invalidateSite("")).toBe(0);
  });

  it("pre-compresses large bodies", () => {
    const cache = createRenderCache({ maxEntries: 1 });
    const html = "<p>coffee</p>".repeat(500);
    const cached = cache.set("v", "/", page(html));
    expect(cached.gzip).toBeDefined();
    expect(gunzipSync(cached.gzip!).toString()).toBe(html);
    expect(cache.set("v", "/small", page("tiny")).gzip).toBeUndefined();
  });
});

describe("conditionalResponse", () => {
  const cache = createRenderCache({ maxEntries: 10 });
  const cached = cache.set("v", "/", page("<h1>Hello</h1>"));

  it("answers 304 with no body when the tag matches", () => {
    const response = conditionalResponse(cached, cached.etag);
    expect(response.status).toBe(304);
    expect(response.html).toBe("");
    expect(response.headers.etag).toBe(cached.etag);
    expect(response.headers["content-type"]).toBeUndefined();
  });

  it("matches in a list, weakened tags, and *", () => {
    expect(conditionalResponse(cached, `"nope", W/${cached.etag}`).status).toBe(304);
    expect(conditionalResponse(cached, "*").status).toBe(304);
    expect(conditionalResponse(cached, ['"x"', cached.etag]).status).toBe(304);
  });

  it("sends the page when the tag differs or is absent", () => {
    expect(conditionalResponse(cached, '"stale"').status).toBe(200);
    expect(conditionalResponse(cached, undefined).html).toBe("<h1>Hello</h1>");
  });

  it("never turns an error page into a 304", () => {
    const missing = cache.set("v", "/missing", page("<h1>Not found</h1>", 404));
    expect(conditionalResponse(missing, missing.etag).status).toBe(404);
  });
});
