import { createReadStream } from "node:fs";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  conditionalResponse,
  createRenderCache,
  fontFilePath,
  FONT_URL_PREFIX,
  islandsScript,
  renderPage,
  type CachedPage,
  type StorefrontData,
} from "../../renderer/index.ts";
import { demoImagePath } from "../../demo-store/index.ts";
import type { AppDeps } from "../deps.ts";
import { escapeHtml } from "../../renderer/escape.ts";
import { storeLanguageOf, t, type MessageId } from "../../domain/storefront-i18n/index.ts";
import { STOREFRONT_CSP } from "../http/security.ts";
import { PublishedSites, type PublishedSite } from "./published-sites.ts";
import { mediaRenderOptions } from "../media/storefront.ts";
import { cartView } from "../commerce/cart.ts";
import { siteCatalog } from "../commerce/catalog.ts";
import { commerceStorefront } from "../commerce/checkout-http/routes.ts";
import {
  catalogData,
  commercePath,
  storefrontCart,
  withCartNotices,
  withStoreCurrency,
} from "../commerce/checkout-http/storefront-data.ts";

const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Published storefronts: `/s/<siteSlug>/...` on the app's host, and `/...` on a site's custom
 * domain (by Host header). Pages are rendered once per (published version, path) and then served
 * from memory with a strong ETag; a publish changes the version, so nothing stale is served.
 */
export function storefrontRoutes(deps: AppDeps) {
  const sites = new PublishedSites(deps);
  const cache = createRenderCache({ maxEntries: 5_000 });
  const appHost = new URL(deps.config.publicUrl).host;
  deps.events.on("site.deleted", ({ siteId }) => cache.invalidateSite(siteId));
  // Pages show live catalog data: a catalog change re-renders the site's pages.
  deps.commerce.events.on("catalog.changed", ({ siteId }) => cache.invalidateSite(siteId));
  const ownHosts = new Set([appHost.replace(/:\d+$/, ""), "localhost", "127.0.0.1", "[::1]"]);
  const commerce = commerceStorefront(deps, sites, ownHosts);

  async function serve(
    request: FastifyRequest,
    reply: FastifyReply,
    site: PublishedSite | null,
    path: string,
    baseUrl: string,
  ) {
    if (!site?.versionId)
      return notFound(
        request,
        reply,
        site ? "storefront.notFound.unpublished" : "storefront.notFound.noStore",
      );
    const special = commercePath(path);
    if (special && special.kind !== "cart")
      return commerce.servePage(request, reply, site, special.kind, special.token);
    const catalog = await siteCatalog(deps, site.siteId);
    const data: StorefrontData = catalogData(catalog);
    if (special?.kind === "cart") {
      // The cart page is the shopper's own: rendered per request, never cached or shared.
      const published = await deps.siteDocuments.publishedDoc(site.siteId, site.versionId);
      if (!published) return notFound(request, reply, "storefront.notFound.noStore");
      const doc = withStoreCurrency(published, catalog);
      const cookies = request.server.parseCookie(request.headers.cookie ?? "");
      const view = await cartView(
        deps,
        site.siteId,
        cookies[commerce.cartCookie(site)],
        doc.settings.locale,
      );
      const rendered = renderPage(
        {
          doc,
          siteSlug: site.slug,
          baseUrl,
          versionId: site.versionId,
          mode: "live",
        },
        path,
        { ...data, cart: storefrontCart(view) },
      );
      return reply
        .code(rendered.status)
        .headers(rendered.headers)
        .header("cache-control", "private, no-store")
        .header("content-security-policy", STOREFRONT_CSP)
        .send(withCartNotices(rendered.html, view.notices));
    }
    // Cached per published version and catalog state: either changing renders afresh. The base
    // URL is part of the key: canonical and Open Graph URLs differ between /s/<slug>/ and a
    // custom domain.
    const cacheVersion = `${site.versionId}~${catalog.stamp}`;
    const cacheKey = `${baseUrl}${path}`;
    let page = cache.get(cacheVersion, cacheKey);
    if (!page) {
      const published = await deps.siteDocuments.publishedDoc(site.siteId, site.versionId);
      if (!published) return notFound(request, reply, "storefront.notFound.noStore");
      const doc = withStoreCurrency(published, catalog);
      const rendered = renderPage(
        { doc, siteSlug: site.slug, baseUrl, versionId: site.versionId, mode: "live" },
        path,
        data,
        {
          onProblem: (problem) =>
            request.log.warn(
              { siteId: site.siteId, versionId: site.versionId, problem },
              "storefront render problem",
            ),
          ...(await mediaRenderOptions(deps.media, {
            ...site,
            versionId: site.versionId,
            doc,
            baseUrl,
          })),
        },
      );
      page = cache.set(cacheVersion, cacheKey, rendered, { siteId: site.siteId });
    }
    return send(request, reply, page);
  }

  async function register(app: FastifyInstance) {
    // A custom domain is served at its root: every GET on a foreign Host is a storefront request.
    // Synchronous on the common path (the app's own host), so app requests pay nothing for it.
    app.addHook("onRequest", (request, reply, done) => {
      if (request.method !== "GET" && request.method !== "HEAD") return done();
      const host = (request.headers.host ?? "").toLowerCase().replace(/:\d+$/, "");
      if (!host || ownHosts.has(host) || /^\/(?:_pegasus|media|api)\//.test(request.url))
        return done();
      sites.byCustomDomain(host).then(
        (site) => {
          if (!site) return done();
          const path = request.url.split("?")[0] || "/";
          // Answering here (without done) ends the request: no app route sees it.
          serve(request, reply, site, path, `${request.protocol}://${host}`).catch(done);
        },
        (error: unknown) => done(error as Error),
      );
    });

    // The cart and checkout API, Stripe's webhook (encapsulated: its own body parsers).
    await app.register(commerce.register);

    app.get("/s/:siteSlug", async (request, reply) => {
      const { siteSlug } = request.params as { siteSlug: string };
      return reply.redirect(`/s/${encodeURIComponent(siteSlug)}/`, 301);
    });

    app.get("/s/:siteSlug/*", async (request, reply) => {
      const { siteSlug, "*": rest } = request.params as { siteSlug: string; "*": string };
      const site = /^[a-z0-9-]{1,64}$/.test(siteSlug) ? await sites.bySiteSlug(siteSlug) : null;
      const base = `${deps.config.publicUrl}/s/${site?.slug ?? siteSlug}`;
      return serve(request, reply, site, `/${rest}`, base);
    });

    app.get(`${FONT_URL_PREFIX}:file`, async (request, reply) => {
      const { file } = request.params as { file: string };
      const path = fontFilePath(file);
      if (!path) return notFound(request, reply, "storefront.notFound.text");
      return reply
        .header("content-type", "font/woff2")
        .header("cache-control", IMMUTABLE)
        .header("access-control-allow-origin", "*")
        .send(createReadStream(path));
    });

    // The demo store's pictures (SVG files shipped with it).
    app.get("/media/demo-store/:file", async (request, reply) => {
      const path = demoImagePath((request.params as { file: string }).file);
      if (!path) return notFound(request, reply, "storefront.notFound.text");
      return reply
        .header("content-type", "image/svg+xml")
        .header("cache-control", "public, max-age=86400")
        .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
        .send(createReadStream(path));
    });

    app.get("/_pegasus/:script", async (request, reply) => {
      const { script } = request.params as { script: string };
      const islands = islandsScript();
      if (script !== `islands.${islands.hash}.js`)
        return notFound(request, reply, "storefront.notFound.text");
      return reply
        .header("content-type", "text/javascript; charset=utf-8")
        .header("cache-control", IMMUTABLE)
        .send(islands.js);
    });
  }
  // Not encapsulated: the custom-domain hook must see every request, not only these routes.
  return Object.assign(register, { [Symbol.for("skip-override")]: true });
}

function send(request: FastifyRequest, reply: FastifyReply, page: CachedPage) {
  const answer = conditionalResponse(page, request.headers["if-none-match"]);
  reply.code(answer.status).headers(answer.headers);
  // Storefront pages carry their own inline styles and scripts; the app's CSP does not fit them.
  reply.header("content-security-policy", STOREFRONT_CSP);
  if (answer.notModified) return reply.send();
  const acceptsGzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  if (page.gzip && acceptsGzip) {
    return reply
      .header("content-encoding", "gzip")
      .header("vary", "accept-encoding")
      .send(page.gzip);
  }
  return reply.send(answer.html);
}

/**
 * A 404 no published store owns (no store, not yet published, a missing asset): in the visitor's
 * language (Accept-Language) when the storefront speaks it, else English.
 */
function notFound(request: FastifyRequest, reply: FastifyReply, id: MessageId) {
  const wanted = (request.headers["accept-language"] ?? "").split(",")[0]!.split(";")[0]!.trim();
  const language = storeLanguageOf(wanted || "en");
  const title = escapeHtml(t(language, "storefront.notFound.title"));
  return reply
    .code(404)
    .header("content-type", "text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .send(
      `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><meta name="robots" content="noindex"></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1.5rem;color:#1c1917"><h1>${title}</h1><p>${escapeHtml(t(language, id))}</p></body></html>`,
    );
}
