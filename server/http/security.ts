import type { FastifyInstance, FastifyRequest } from "fastify";
import { errorBody } from "./errors.ts";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * CSRF protection for the API. Browsers always send `Origin` on cross-site POSTs, so a mutation
 * whose Origin names another site is refused; and tRPC mutations must be `application/json`,
 * which a cross-site <form> cannot send without a CORS preflight we never grant.
 * Non-browser clients (CLI, curl) send no Origin and pass.
 */
export function registerCsrfProtection(app: FastifyInstance, publicUrl: string): void {
  const allowed = new Set([new URL(publicUrl).origin]);
  app.addHook("onRequest", async (request, reply) => {
    if (!UNSAFE_METHODS.has(request.method) || !request.url.startsWith("/trpc")) return;
    const origin = request.headers.origin;
    if (origin && origin !== "null" && !allowed.has(origin) && origin !== ownOrigin(request)) {
      return reply
        .code(403)
        .send(
          errorBody(
            "FORBIDDEN",
            "Cross-site request refused: the Origin does not match this site.",
          ),
        );
    }
    if (origin === "null") {
      return reply.code(403).send(errorBody("FORBIDDEN", "Cross-site request refused."));
    }
    const type = request.headers["content-type"] ?? "";
    if (!type.toLowerCase().startsWith("application/json")) {
      return reply
        .code(415)
        .send(errorBody("UNSUPPORTED_MEDIA_TYPE", "Send API mutations as application/json."));
    }
  });
}

/** The origin the request itself was addressed to (for deployments reached under several names). */
function ownOrigin(request: FastifyRequest): string | null {
  const host = request.headers.host;
  return host ? `${request.protocol}://${host}` : null;
}

/** Content-Security-Policy for the app. Storefront routes set their own. */
export const APP_CSP = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'self'"],
  formAction: ["'self'"],
  imgSrc: ["'self'", "data:", "blob:", "https:"],
  fontSrc: ["'self'", "data:"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  scriptSrc: ["'self'"],
  connectSrc: ["'self'", "ws:", "wss:"],
  frameSrc: ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
  upgradeInsecureRequests: null,
};
