import fastifyMultipart from "@fastify/multipart";
import { MIN_ROLE, roleAtLeast, type SiteAction } from "../../domain/permissions.ts";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { findSession, SESSION_COOKIE } from "../auth/sessions.ts";
import type { SiteRole } from "../db/generated/enums.ts";
import type { AppDeps } from "../deps.ts";
import { errorBody, type ErrorCode } from "../http/errors.ts";
import { UploadRefused } from "./inspect.ts";
import { TooManyUploads } from "./upload-limits.ts";
import { retryAfterSeconds } from "../limits/rate-limits.ts";
import { ICON_URL_PREFIX, OG_URL_PREFIX } from "./storefront.ts";
import { readUploadBody } from "./upload-body.ts";

const IMMUTABLE = "public, max-age=31536000, immutable";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const VERSION_ID = UUID;
const VARIANT_FILE = /^(?:[1-9][0-9]{0,3}\.(?:jpg|webp|avif|gif)|logo\.svg)$/;

/** Where the editor uploads to: `POST /api/media/upload?siteId=<id>`, one file, multipart. */
export const MEDIA_UPLOAD_PATH = "/api/media/upload";

/**
 * The media routes: uploads (multipart, editors and up), and the stored files at
 * `/media/<siteId>/<mediaId>/<width>.<ext>`, immutable because a media id never changes content.
 */
export function mediaRoutes(deps: AppDeps) {
  const library = deps.media;
  const allowedOrigin = new URL(deps.config.publicUrl).origin;

  return async function register(app: FastifyInstance) {
    await app.register(fastifyMultipart, {
      limits: { fileSize: library.limits.maxBytes, files: 1, fields: 4, parts: 5 },
    });

    app.post(MEDIA_UPLOAD_PATH, async (request, reply) => {
      // Same rule as the API's CSRF check: a browser names its page's origin on every POST.
      const origin = request.headers.origin;
      if (
        origin &&
        origin !== allowedOrigin &&
        origin !== `${request.protocol}://${request.headers.host}`
      ) {
        return fail(
          reply,
          "FORBIDDEN",
          "Cross-site upload refused: the Origin does not match this site.",
        );
      }
      const siteId = (request.query as { siteId?: unknown }).siteId;
      if (typeof siteId !== "string" || !UUID.test(siteId)) {
        return fail(reply, "BAD_REQUEST", "siteId must be a site id (?siteId=...).");
      }
      const access = await requireRole(deps, request, siteId, "media.upload");
      if (!access.ok) return fail(reply, access.code, access.message);
      if (!request.isMultipart()) {
        return fail(
          reply,
          "UNSUPPORTED_MEDIA_TYPE",
          "Send the image as multipart/form-data with one file field.",
        );
      }

      const body = await readUploadBody(request, library.limits.maxBytes);
      if (!body.ok) {
        request.log.info({ siteId, reason: body.message, detail: body.detail }, "upload refused");
        return fail(reply, body.code, body.message);
      }
      const { filename, bytes, alt } = body;

      try {
        const result = await library.upload({
          siteId,
          userId: access.userId,
          filename,
          bytes,
          alt,
        });
        return reply.code(result.duplicate ? 200 : 202).send(result);
      } catch (error) {
        if (error instanceof UploadRefused) {
          request.log.info({ siteId, filename, reason: error.message }, "upload refused");
          return fail(reply, error.code, error.message);
        }
        if (error instanceof TooManyUploads) {
          reply.header("retry-after", String(retryAfterSeconds(error.retryAfterMs)));
          return fail(reply, error.code, error.message);
        }
        throw error;
      }
    });

    app.get("/media/:siteId/:mediaId/:file", async (request, reply) => {
      const { siteId, mediaId, file } = request.params as Record<string, string>;
      if (!UUID.test(siteId ?? "") || !UUID.test(mediaId ?? "") || !VARIANT_FILE.test(file ?? "")) {
        return fail(reply, "NOT_FOUND", "No such image.");
      }
      const object = await library.file(siteId!, mediaId!, file!);
      if (!object) return fail(reply, "NOT_FOUND", "No such image.");
      reply
        .header("content-type", object.contentType)
        .header("content-length", object.size)
        .header("cache-control", IMMUTABLE)
        // Public pictures: other sites (and link previews) may embed them.
        .header("cross-origin-resource-policy", "cross-origin");
      if (object.contentType === "image/svg+xml") {
        reply.header(
          "content-security-policy",
          "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        );
      }
      return reply.send(object.body);
    });

    // Link-preview cards and icons of a published version (see storefront.ts for their URLs).
    // Made on first request, then read from storage; the URL changes whenever the content would.
    app.get(`${OG_URL_PREFIX}:siteId/:versionId/:kind/:file`, async (request, reply) => {
      const { siteId, versionId, kind, file } = request.params as Record<string, string>;
      const name = /^(.{1,200})\.png$/.exec(file ?? "")?.[1];
      if (
        !UUID.test(siteId ?? "") ||
        !VERSION_ID.test(versionId ?? "") ||
        !["page", "product", "collection"].includes(kind ?? "") ||
        !name
      ) {
        return fail(reply, "NOT_FOUND", "No such image.");
      }
      const png = await library.generated.socialCard(siteId!, versionId!, kind!, name);
      if (!png) return fail(reply, "NOT_FOUND", "No such image.");
      return sendGenerated(reply, png, "image/png");
    });

    app.get(`${ICON_URL_PREFIX}:siteId/:versionId/:file`, async (request, reply) => {
      const { siteId, versionId, file } = request.params as Record<string, string>;
      if (!UUID.test(siteId ?? "") || !VERSION_ID.test(versionId ?? "")) {
        return fail(reply, "NOT_FOUND", "No such icon.");
      }
      const bytes = await library.generated.icon(siteId!, versionId!, file ?? "");
      if (!bytes) return fail(reply, "NOT_FOUND", "No such icon.");
      return sendGenerated(reply, bytes, file!.endsWith(".svg") ? "image/svg+xml" : "image/png");
    });
  };
}

function sendGenerated(reply: FastifyReply, bytes: Buffer, type: string) {
  reply
    .header("content-type", type)
    .header("cache-control", IMMUTABLE)
    .header("cross-origin-resource-policy", "cross-origin");
  if (type === "image/svg+xml") {
    reply.header(
      "content-security-policy",
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    );
  }
  return reply.send(bytes);
}

type Access =
  { ok: true; userId: string; role: SiteRole } | { ok: false; code: ErrorCode; message: string };

/** The API's site-role rule (server/trpc.ts siteProcedure) for plain routes. */
async function requireRole(
  deps: AppDeps,
  request: FastifyRequest,
  siteId: string,
  action: SiteAction,
): Promise<Access> {
  const minRole = MIN_ROLE[action];
  const session = await findSession(
    deps,
    request.server.parseCookie(request.headers.cookie ?? "")[SESSION_COOKIE],
  );
  if (!session) return { ok: false, code: "UNAUTHORIZED", message: "Log in to continue." };
  const membership = await deps.db.prisma.siteMember.findUnique({
    where: { siteId_userId: { siteId, userId: session.user.id } },
    include: { site: { select: { deletedAt: true } } },
  });
  if (!membership || membership.site.deletedAt) {
    return { ok: false, code: "NOT_FOUND", message: "No such site." };
  }
  if (!roleAtLeast(membership.role, minRole)) {
    return {
      ok: false,
      code: "FORBIDDEN",
      message: `This needs the ${minRole} role or higher; you are ${/^[aeiou]/.test(membership.role) ? "an" : "a"} ${membership.role}.`,
    };
  }
  return { ok: true, userId: session.user.id, role: membership.role };
}

function fail(reply: FastifyReply, code: ErrorCode, message: string) {
  return reply.code(errorBody(code, message).error.data.httpStatus).send(errorBody(code, message));
}
