import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import {
  conditionalResponse,
  createRenderCache,
  renderPage,
  type CachedPage,
  type RenderOptions,
  type StorefrontData,
} from "../../renderer/index.ts";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import {
  languageFromAcceptLanguage,
  type StoreLanguage,
} from "../../domain/storefront-i18n/index.ts";
import { escapeHtml } from "../../renderer/escape.ts";
import type { AppDeps } from "../deps.ts";
import { DomainError, domainErrorReply, forbidden, notFound } from "../errors.ts";
import { describeIssues, errorBody, flattenIssues, type ErrorCode } from "../http/errors.ts";
import { retryAfterSeconds, waitInWords } from "../limits/rate-limits.ts";
import {
  listThreads,
  MAX_COMMENT_LENGTH,
  presentThreadsToReviewer,
  replyToThread,
  startThread,
} from "./comments.ts";
import {
  checkPreviewPassword,
  findLivePreviewLink,
  hasUnlocked,
  recordPreviewView,
  unlockProof,
} from "./links.ts";
import { ERROR_PAGE_CSP, linkNotFoundPage, passwordPage, tooManyAttemptsPage } from "./pages.ts";
import type { CommentActor } from "./permissions.ts";
import { PreviewDocuments } from "./preview-documents.ts";
import { PreviewThrottle } from "./preview-throttle.ts";
import { REVIEW_SCRIPT_PREFIX, reviewScript, reviewScriptPath } from "./reviewer/bundle.ts";
import { reviewerWords, type ReviewerSettings } from "./reviewer/words.ts";

/**
 * Preview links: `/p/<token>/` and `/p/<token>/<page>` render the draft or a saved version in the
 * renderer's preview mode (banner, noindex, no shared caching, checkout off), plus the reviewer
 * script that reloads drafts and carries comments. `/p/<token>/_review/*` is the reviewer's small
 * JSON API (draft state, threads, new comments and replies).
 *
 * Dead links (expired, revoked, made up) all answer the same constant 404 page; a protected link
 * answers the same constant 401 password page until its password is given. Guessing is slowed
 * by `PreviewThrottle` (dead tokens per address, passwords per link and address) without ever
 * refusing a live link or a right password from an address that has not been guessing.
 */

export const PREVIEW_COOKIE = "pegasus_preview";
const IMMUTABLE = "public, max-age=31536000, immutable";
const NO_DATA: StorefrontData = { products: [], collections: [] };

/** The preview page's policy: the storefront's, and the token never leaves in a Referer. */
const PREVIEW_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
  "frame-ancestors 'self'",
].join("; ");

const PREVIEW_HEADERS = {
  "x-robots-tag": "noindex, nofollow",
  "cache-control": "private, no-store",
  "referrer-policy": "no-referrer",
};

/**
 * The password page posts its form to itself. Under `no-referrer` a browser sends that POST with
 * `Origin: null`, which the same-origin check must refuse; `same-origin` lets it name our origin
 * while the token still never leaves in a Referer (the page loads nothing from elsewhere).
 */
const PASSWORD_PAGE_REFERRER_POLICY = "same-origin";

const ZReviewer = {
  name: z.string().trim().min(1, "Tell us your name.").max(80, "Use at most 80 characters."),
  email: z.email("Enter an email address such as you@example.com.").trim().max(254),
  body: z
    .string()
    .trim()
    .min(1, "Write a comment first.")
    .max(MAX_COMMENT_LENGTH, `Use at most ${MAX_COMMENT_LENGTH} characters.`),
};
const ZNewThread = z.object({
  blockId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Pick a block on the page."),
  ...ZReviewer,
});
const ZReply = z.object(ZReviewer);

type Link = NonNullable<Awaited<ReturnType<typeof findLivePreviewLink>>>;

export type ReviewRouteOptions = {
  /**
   * Catalog data for product and collection pages (the commerce domain's), with a stamp that
   * changes whenever the data does (rendered pages are cached under it).
   */
  storefrontData?: (siteId: string) => Promise<{
    data: StorefrontData;
    stamp: string;
    /** The document as the shop renders it (e.g. prices in the store's currency). */
    withStore(doc: SiteDoc): SiteDoc;
  }>;
  /** What the media library tells the renderer about the images a document uses. */
  mediaOptions?: (
    siteId: string,
    doc: SiteDoc,
    data: StorefrontData,
  ) => Promise<Pick<RenderOptions, "media">>;
};

export function previewRoutes(deps: AppDeps, options: ReviewRouteOptions = {}) {
  const documents = new PreviewDocuments(deps);
  const publicOrigin = new URL(deps.config.publicUrl).origin;
  const cache = createRenderCache({ maxEntries: 1_000 });
  const storefrontData =
    options.storefrontData ??
    (async () => ({ data: NO_DATA, stamp: "", withStore: (doc: SiteDoc) => doc }));
  const throttle = new PreviewThrottle(deps.limits);
  deps.events.on("site.deleted", ({ siteId }) => cache.invalidateSite(siteId));

  function throttled(request: FastifyRequest, reply: FastifyReply, ms: number) {
    reply.header("retry-after", String(retryAfterSeconds(ms)));
    return sendErrorPage(request, reply, 429, tooManyAttemptsPage);
  }

  /** The live link of a request, or null after answering (404, or 429 for an address guessing). */
  async function linkFor(request: FastifyRequest, reply: FastifyReply): Promise<Link | null> {
    const { token } = request.params as { token: string };
    const link = await findLivePreviewLink(deps, token);
    if (link) return link;
    const wait = await throttle.miss(request.ip);
    if (wait > 0) throttled(request, reply, wait);
    else sendErrorPage(request, reply, 404, linkNotFoundPage);
    return null;
  }

  function unlocked(request: FastifyRequest, link: Link): boolean {
    const { token } = request.params as { token: string };
    // The cookie plugin runs without its global hook; parse only where a cookie matters.
    const cookies = request.server.parseCookie(request.headers.cookie ?? "");
    return hasUnlocked(link, token, cookies[PREVIEW_COOKIE]);
  }

  async function servePage(request: FastifyRequest, reply: FastifyReply) {
    const link = await linkFor(request, reply);
    if (!link) return reply;
    if (!unlocked(request, link)) return sendPasswordPage(request, reply, false);
    const { token, "*": rest = "" } = request.params as { token: string; "*"?: string };
    const path = `/${rest}`;
    const document = await documents.forLink(link);
    // A live link whose document is gone (its version was removed): no guess, so not counted.
    if (!document) return sendErrorPage(request, reply, 404, linkNotFoundPage);

    const catalog = await storefrontData(link.siteId);
    const cacheKey = `${link.id}:${document.revision}:${catalog.stamp}`;
    let page = cache.get(cacheKey, path);
    if (!page) {
      const doc = catalog.withStore(document.doc);
      const rendered = renderPage(
        {
          doc,
          siteSlug: link.site.slug,
          baseUrl: `${deps.config.publicUrl}/p/${token}`,
          versionId: cacheKey,
          mode: "preview",
        },
        path,
        catalog.data,
        {
          onProblem: (problem) =>
            request.log.debug({ siteId: link.siteId, problem }, "preview render problem"),
          ...(await options.mediaOptions?.(link.siteId, document.doc, catalog.data)),
        },
      );
      if (rendered.headers["content-type"]?.startsWith("text/html")) {
        rendered.html = withReviewScript(rendered.html, {
          api: `/p/${token}/_review`,
          revision: document.revision,
          live: link.versionId === null,
          allowComments: link.allowComments,
          // The overlay speaks the store's language, like the page under it.
          lang: doc.settings.locale,
          words: reviewerWords(doc.settings.locale),
        });
      }
      page = cache.set(cacheKey, path, rendered, { siteId: link.siteId });
    }
    if (
      request.method === "GET" &&
      page.status === 200 &&
      page.headers["content-type"]?.startsWith("text/html")
    ) {
      await recordPreviewView(deps, link.id, path);
    }
    return send(request, reply, page);
  }

  async function unlock(request: FastifyRequest, reply: FastifyReply) {
    if (!sameOrigin(request, publicOrigin))
      return sendErrorPage(request, reply, 403, linkNotFoundPage);
    const { token, "*": rest = "" } = request.params as { token: string; "*"?: string };
    // The reviewer API has its own routes; anything else posted below it does not exist.
    if (rest.startsWith("_review")) {
      return reply.code(404).send(errorBody("NOT_FOUND", "Nothing here."));
    }
    const link = await linkFor(request, reply);
    if (!link) return reply;
    const back = request.url.split("?")[0]!;
    if (!link.passwordHash) return reply.redirect(back, 303);
    // Counted before argon2 runs, so a burst gets no more guesses than attempts one by one.
    const wait = await throttle.reservePassword(link.id, request.ip);
    if (wait > 0) return throttled(request, reply, wait);
    const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
    const password = (form.get("password") ?? "").slice(0, 256);
    if (!(await checkPreviewPassword(link, password)))
      return sendPasswordPage(request, reply, true);
    await throttle.passwordAccepted(link.id, request.ip);
    reply.setCookie(PREVIEW_COOKIE, unlockProof(link, token), {
      httpOnly: true,
      sameSite: "lax",
      secure: request.protocol === "https",
      path: `/p/${token}/`,
      expires: link.expiresAt,
    });
    return reply.redirect(back, 303);
  }

  /** Runs a reviewer API call for an open, unlocked link; failures use the API's error shape. */
  function reviewerApi(
    handler: (request: FastifyRequest, link: Link, actor: CommentActor) => Promise<unknown>,
  ) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      reply.headers(PREVIEW_HEADERS);
      if (request.method === "POST") {
        if (!sameOrigin(request, publicOrigin))
          return apiError(reply, "FORBIDDEN", "Cross-site request refused.");
        if (!(request.headers["content-type"] ?? "").startsWith("application/json")) {
          return apiError(reply, "UNSUPPORTED_MEDIA_TYPE", "Send JSON.");
        }
      }
      const { token } = request.params as { token: string };
      const link = await findLivePreviewLink(deps, token);
      if (!link) {
        const wait = await throttle.miss(request.ip);
        if (wait > 0) {
          reply.header("retry-after", String(retryAfterSeconds(wait)));
          return apiError(reply, "TOO_MANY_REQUESTS", "Too many attempts. Wait a few minutes.");
        }
        return apiError(reply, "NOT_FOUND", "This preview is not available.");
      }
      if (!unlocked(request, link)) {
        return apiError(reply, "UNAUTHORIZED", "Enter the preview's password first.");
      }
      const actor: CommentActor = {
        kind: "reviewer",
        linkId: link.id,
        allowComments: link.allowComments,
      };
      try {
        return reply.send(await handler(request, link, actor));
      } catch (error) {
        if (error instanceof z.ZodError) {
          return reply
            .code(400)
            .send(errorBody("BAD_REQUEST", describeIssues(error), flattenIssues(error)));
        }
        if (error instanceof DomainError) {
          const { status, body } = domainErrorReply(error);
          return reply.code(status).send(body);
        }
        throw error;
      }
    };
  }

  async function commentLimit(request: FastifyRequest, link: Link) {
    const wait = await throttle.comment(link.id, request.ip);
    if (wait > 0) {
      throw new DomainError(
        "TOO_MANY_REQUESTS",
        `That is a lot of comments at once. Try again in ${waitInWords(wait)}.`,
      );
    }
  }

  async function register(app: FastifyInstance) {
    // The password form is the only form here; its body is tiny.
    app.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: 4_096 },
      (_request, body, done) => done(null, new URLSearchParams(body as string)),
    );

    app.get(`${REVIEW_SCRIPT_PREFIX}:file`, async (request, reply) => {
      const { file } = request.params as { file: string };
      const script = reviewScript();
      if (file !== `review.${script.hash}.js`) {
        return reply.code(404).send(errorBody("NOT_FOUND", "No such script."));
      }
      return reply
        .header("content-type", "text/javascript; charset=utf-8")
        .header("cache-control", IMMUTABLE)
        .send(script.js);
    });

    app.get("/p/:token", async (request, reply) => {
      const { token } = request.params as { token: string };
      reply.headers(PREVIEW_HEADERS);
      return reply.redirect(`/p/${encodeURIComponent(token)}/`, 301);
    });
    app.get("/p/:token/*", servePage);
    app.post("/p/:token/*", unlock);

    app.get(
      "/p/:token/_review/state",
      reviewerApi(async (_request, link) => {
        const document = await documents.forLink(link);
        return {
          revision: document?.revision ?? "gone",
          live: link.versionId === null,
          allowComments: link.allowComments,
        };
      }),
    );

    app.get(
      "/p/:token/_review/threads",
      reviewerApi(async (_request, link, actor) => {
        const threads = await listThreads(deps, link.siteId, actor);
        return { threads: await presentThreadsToReviewer(deps, threads) };
      }),
    );

    app.post(
      "/p/:token/_review/threads",
      reviewerApi(async (request, link, actor) => {
        const input = ZNewThread.parse(request.body);
        if (!link.allowComments) {
          throw forbidden("This link does not take comments.");
        }
        await commentLimit(request, link);
        const document = await documents.forLink(link);
        if (!document) throw notFound("Nothing to comment on.");
        const thread = await startThread(
          deps,
          { id: link.siteId, name: link.site.name },
          document.doc,
          actor,
          { blockId: input.blockId, body: input.body, reviewer: input },
        );
        const [shown] = await presentThreadsToReviewer(deps, [thread]);
        return { thread: shown };
      }),
    );

    app.post(
      "/p/:token/_review/threads/:threadId/replies",
      reviewerApi(async (request, link, actor) => {
        const input = ZReply.parse(request.body);
        const { threadId } = request.params as { threadId: string };
        if (!link.allowComments) {
          throw forbidden("This link does not take comments.");
        }
        if (!z.uuid().safeParse(threadId).success) {
          throw notFound("There is no such comment thread.");
        }
        await commentLimit(request, link);
        const thread = await replyToThread(deps, { id: link.siteId, name: link.site.name }, actor, {
          threadId,
          body: input.body,
          reviewer: input,
        });
        const [shown] = await presentThreadsToReviewer(deps, [thread]);
        return { thread: shown };
      }),
    );
  }
  return register;
}

/** Adds the reviewer script and its settings to a rendered preview page (before `</head>`). */
export function withReviewScript(html: string, settings: ReviewerSettings): string {
  const tags =
    `<meta name="pegasus-preview" content="${escapeHtml(JSON.stringify(settings))}">` +
    `<script src="${reviewScriptPath()}" defer></script>`;
  const at = html.indexOf("</head>");
  return at === -1 ? html : html.slice(0, at) + tags + html.slice(at);
}

function send(request: FastifyRequest, reply: FastifyReply, page: CachedPage) {
  const answer = conditionalResponse(page, request.headers["if-none-match"]);
  reply.code(answer.status).headers(answer.headers).headers(PREVIEW_HEADERS);
  reply.header("content-security-policy", PREVIEW_CSP);
  if (answer.notModified) return reply.send();
  if (page.gzip && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
    return reply
      .header("content-encoding", "gzip")
      .header("vary", "accept-encoding")
      .send(page.gzip);
  }
  return reply.send(answer.html);
}

/** The password form (again, saying so, after a wrong password). */
function sendPasswordPage(request: FastifyRequest, reply: FastifyReply, wrongPassword: boolean) {
  return sendErrorPage(
    request,
    reply,
    401,
    (language) => passwordPage(language, wrongPassword),
    PASSWORD_PAGE_REFERRER_POLICY,
  );
}

/** An error page in the reviewer's browser language: the same for every link, like the pages. */
function sendErrorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  status: 401 | 403 | 404 | 429,
  page: (language: StoreLanguage) => string,
  referrerPolicy = PREVIEW_HEADERS["referrer-policy"],
) {
  return reply
    .code(status)
    .headers(PREVIEW_HEADERS)
    .header("referrer-policy", referrerPolicy)
    .header("content-type", "text/html; charset=utf-8")
    .header("content-security-policy", ERROR_PAGE_CSP)
    .header("vary", "accept-language")
    .send(page(languageFromAcceptLanguage(request.headers["accept-language"])));
}

function apiError(reply: FastifyReply, code: ErrorCode, message: string) {
  return reply.code(errorBody(code, message).error.data.httpStatus).send(errorBody(code, message));
}

/** Browsers send Origin on cross-site POSTs; ours must match the host the request came to. */
function sameOrigin(request: FastifyRequest, publicOrigin: string): boolean {
  const origin = request.headers.origin;
  if (origin === undefined || origin === publicOrigin) return true;
  const host = request.headers.host;
  return host !== undefined && origin === `${request.protocol}://${host}`;
}
