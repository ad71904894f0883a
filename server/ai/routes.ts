import type { FastifyInstance } from "fastify";
import { ART_PREFIX, parseArtFile, renderArt } from "./site/art.ts";

/**
 * The illustrations of generated stores (./site/art.ts), drawn from their address. Immutable: the
 * address holds every input. SVG with no script, served with a CSP that forbids any.
 */
export function aiRoutes() {
  return async function register(app: FastifyInstance) {
    app.get(`${ART_PREFIX}:file`, async (request, reply) => {
      const spec = parseArtFile((request.params as { file: string }).file);
      if (!spec)
        return reply
          .code(404)
          .header("content-type", "text/plain; charset=utf-8")
          .send("No such picture.");
      return reply
        .header("content-type", "image/svg+xml")
        .header("cache-control", "public, max-age=31536000, immutable")
        .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
        .header("x-content-type-options", "nosniff")
        .send(renderArt(spec));
    });
  };
}
