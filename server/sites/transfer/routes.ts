import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { findSession, SESSION_COOKIE, type ActiveSession } from "../../auth/sessions.ts";
import { can } from "../../../domain/permissions.ts";
import type { AppDeps } from "../../deps.ts";
import { errorBody, type ErrorCode } from "../../http/errors.ts";
import { admit, retryAfterSeconds } from "../../limits/rate-limits.ts";
import { ARCHIVE_LIMITS, ArchiveError } from "./archive.ts";
import { exportSite, importSite, type TransferDeps } from "./site-transfer.ts";

/**
 * The archive travels over plain HTTP, not tRPC (it is binary and can be large):
 *   GET  /api/sites/<siteId>/export   the archive as a download (`transfer.export`: admins and up)
 *   POST /api/sites/import            the archive as the body (application/gzip); answers
 *                                     { site, report } with the new site (any logged-in person)
 * Both use the session cookie and the API's rules: non-members learn nothing (404), a POST must
 * come from our own pages (Origin) with a content type a cross-site form cannot send.
 */

export const exportPath = (siteId: string) => `/api/sites/${siteId}/export`;
export const IMPORT_PATH = "/api/sites/import";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ARCHIVE_TYPES = ["application/gzip", "application/x-gzip", "application/octet-stream"];

export function transferDeps(deps: AppDeps): TransferDeps {
  return {
    ...deps,
    mediaStorage: deps.media.storage,
    catalogChanged: (siteId) => deps.commerce.catalogChanged(siteId),
  };
}

export function transferRoutes(deps: AppDeps) {
  const allowedOrigin = new URL(deps.config.publicUrl).origin;
  // Each import makes a site; a person importing in a loop is stopped for a while.
  const imports = deps.limits.limiter({ name: "site-import", points: 30, seconds: 60 * 60 });

  async function session(request: FastifyRequest): Promise<ActiveSession | null> {
    return findSession(
      deps,
      request.server.parseCookie(request.headers.cookie ?? "")[SESSION_COOKIE],
    );
  }

  return async function register(app: FastifyInstance) {
    app.addContentTypeParser(
      ARCHIVE_TYPES,
      { parseAs: "buffer", bodyLimit: ARCHIVE_LIMITS.maxArchiveBytes },
      (_request, body, done) => done(null, body),
    );

    app.get("/api/sites/:siteId/export", async (request, reply) => {
      const { siteId } = request.params as { siteId: string };
      const who = await session(request);
      if (!who) return fail(reply, "UNAUTHORIZED", "Log in to continue.");
      if (!UUID.test(siteId)) return fail(reply, "NOT_FOUND", "No such site.");
      const membership = await deps.db.prisma.siteMember.findUnique({
        where: { siteId_userId: { siteId, userId: who.user.id } },
        include: { site: { select: { deletedAt: true } } },
      });
      if (!membership || membership.site.deletedAt)
        return fail(reply, "NOT_FOUND", "No such site.");
      if (!can(membership.role, "transfer.export")) {
        return fail(reply, "FORBIDDEN", "Only owners and admins can export the site.");
      }
      const result = await exportSite(transferDeps(deps), siteId);
      await deps.db.prisma.auditLog.create({
        data: {
          action: "site.exported",
          actorId: who.user.id,
          siteId,
          ip: request.ip,
          data: { bytes: result.archive.length, problems: result.problems },
        },
      });
      return reply
        .header("content-type", "application/gzip")
        .header("content-disposition", `attachment; filename="${result.filename}"`)
        .header("cache-control", "private, no-store")
        .send(result.archive);
    });

    app.post(
      IMPORT_PATH,
      {
        bodyLimit: ARCHIVE_LIMITS.maxArchiveBytes,
        // Before the app-wide text checks (a preHandler), which would read an archive sent as
        // text as unstorable text: what is not an archive is refused for its type.
        preValidation: (request, reply, done) => {
          if (Buffer.isBuffer(request.body)) return done();
          void fail(reply, "UNSUPPORTED_MEDIA_TYPE", "Send the archive as application/gzip.");
        },
      },
      async (request, reply) => {
        const origin = request.headers.origin;
        if (
          origin &&
          origin !== allowedOrigin &&
          origin !== `${request.protocol}://${request.headers.host}`
        ) {
          return fail(
            reply,
            "FORBIDDEN",
            "Cross-site request refused: the Origin does not match this site.",
          );
        }
        const who = await session(request);
        if (!who) return fail(reply, "UNAUTHORIZED", "Log in to continue.");
        if (!Buffer.isBuffer(request.body)) {
          return fail(reply, "UNSUPPORTED_MEDIA_TYPE", "Send the archive as application/gzip.");
        }
        const counted = await admit(imports, who.user.id);
        if (!counted.allowed) {
          reply.header("retry-after", String(retryAfterSeconds(counted.retryAfterMs)));
          return fail(
            reply,
            "TOO_MANY_REQUESTS",
            "You imported many sites just now. Wait a few minutes.",
          );
        }
        const query = request.query as { name?: unknown; slug?: unknown };
        try {
          const result = await importSite(transferDeps(deps), who.user, request.body, {
            name: typeof query.name === "string" && query.name.trim() ? query.name : undefined,
            slug: typeof query.slug === "string" && query.slug ? query.slug : undefined,
            ip: request.ip,
          });
          return reply.code(201).send(result);
        } catch (error) {
          if (error instanceof ArchiveError) return fail(reply, "BAD_REQUEST", error.message);
          throw error;
        }
      },
    );
  };
}

function fail(reply: FastifyReply, code: ErrorCode, message: string) {
  return reply.code(errorBody(code, message).error.data.httpStatus).send(errorBody(code, message));
}
