import type { FastifyInstance, FastifyRequest } from "fastify";
import { errorBody } from "./errors.ts";
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "./storable-text.ts";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type RequestGuardOptions = { publicUrl: string; isClosing: () => boolean };

/**
 * The one hook every request passes, kept synchronous and allocation-free because storefront
 * pages are served from memory and this runs for each of them:
 * - security headers, computed once (the storefront replaces the CSP with its own);
 * - the request id, echoed back;
 * - CSRF protection for API mutations. Browsers always send `Origin` on cross-site POSTs, so a
 *   mutation whose Origin names another site is refused; and tRPC mutations must be
 *   `application/json`, which a cross-site <form> cannot send without a CORS preflight we never
 *   grant. Non-browser clients (CLI, curl) send no Origin and pass.
 */
export function registerRequestGuards(app: FastifyInstance, options: RequestGuardOptions): void {
  const allowed = new URL(options.publicUrl).origin;
  app.addHook("onRequest", (request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    reply.header("x-request-id", request.id);
    if (!UNSAFE_METHODS.has(request.method) || !request.url.startsWith("/trpc")) return done();

    const origin = request.headers.origin;
    if (origin === "null" || (origin && origin !== allowed && origin !== ownOrigin(request))) {
      reply
        .code(403)
        .send(
          errorBody(
            "FORBIDDEN",
            "Cross-site request refused: the Origin does not match this site.",
          ),
        );
      return;
    }
    const type = request.headers["content-type"] ?? "";
    if (!type.toLowerCase().startsWith("application/json")) {
      reply
        .code(415)
        .send(errorBody("UNSUPPORTED_MEDIA_TYPE", "Send API mutations as application/json."));
      return;
    }
    done();
  });
  // Plain routes' input (cart and checkout forms, the preview password, reviewers' comments, path
  // and query): text the database cannot store is refused before a handler sees it. tRPC checks
  // its own input (server/trpc.ts), with field errors.
  app.addHook("preHandler", (request, reply, done) => {
    if (request.url.startsWith("/trpc")) return done();
    const body = request.body instanceof URLSearchParams ? formFields(request.body) : request.body;
    const path =
      findUnstorableText(request.params) ??
      findUnstorableText(request.query) ??
      findUnstorableText(body);
    if (!path) return done();
    const message = path.length
      ? `${path.join(".")}: ${UNSTORABLE_TEXT_MESSAGE}`
      : UNSTORABLE_TEXT_MESSAGE;
    reply.code(400).send(errorBody("BAD_REQUEST", message));
  });
  // While shutting down, answers (including those already in flight) tell their clients to close
  // the connection, so no keep-alive socket holds the process open after the last response.
  app.addHook("onSend", (_request, reply, payload, done) => {
    if (options.isClosing()) reply.header("connection", "close");
    done(null, payload);
  });
}

/** A form's fields by name; a repeated field's values joined, since only their characters matter. */
function formFields(form: URLSearchParams): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form) {
    fields[name] = name in fields ? `${fields[name]}\n${value}` : value;
  }
  return fields;
}

/** The origin the request itself was addressed to (for deployments reached under several names). */
function ownOrigin(request: FastifyRequest): string | null {
  const host = request.headers.host;
  return host ? `${request.protocol}://${host}` : null;
}

/** Content-Security-Policy for the app. Storefront routes set their own. */
export const APP_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "frame-ancestors 'self'",
  "form-action 'self'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self' ws: wss:",
  "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com",
].join("; ");

/**
 * Content-Security-Policy for storefront pages, the cart and the checkout: they carry their own
 * inline styles, and the checkout's payment form may be answered with a redirect to Stripe's
 * or PayPal's hosted page (`form-action` governs the redirects that follow a form post, too).
 */
export const STOREFRONT_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "form-action 'self' https://checkout.stripe.com https://www.paypal.com https://www.sandbox.paypal.com",
  "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
  "frame-ancestors 'self'",
].join("; ");

/** What helmet would send, decided once. */
const SECURITY_HEADERS = {
  "content-security-policy": APP_CSP,
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "strict-origin-when-cross-origin",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "SAMEORIGIN",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
};
