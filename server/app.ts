import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import type { AppDeps } from "./deps.ts";
import { errorBody, type ErrorCode } from "./http/errors.ts";
import { registerRequestGuards } from "./http/security.ts";
import { captureException } from "./observability.ts";
import { aiRoutes } from "./ai/routes.ts";
import { collabRoutes } from "./collab/plugin.ts";
import { mediaRoutes } from "./media/routes.ts";
import { reviewRoutes } from "./review/index.ts";
import { transferRoutes } from "./sites/transfer/routes.ts";
import { storefrontRoutes } from "./storefront/routes.ts";
import { appRouter, type AppRouter } from "./routers/_app.ts";
import { contextFactory } from "./trpc.ts";

export const EDITOR_DIST = fileURLToPath(new URL("../editor/dist", import.meta.url));

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export type AppOptions = {
  /** Serve the built editor at / when editor/dist exists (default true). */
  serveEditor?: boolean;
  /** Extra routes (storefront, collab upgrade, ...) registered by the composition root. */
  plugins?: ((app: FastifyInstance) => Promise<void> | void)[];
};

/** The HTTP app: API, health checks and the editor. Listening and shutdown are main.ts's job. */
export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log,
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    // Honour a caller's request id (a proxy's), else make one; it is on every log line.
    genReqId: (request) => {
      const given = request.headers["x-request-id"];
      return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { maxParamLength: 500 },
  });

  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  await app.register(fastifyCookie, { hook: false });
  registerRequestGuards(app, { publicUrl: deps.config.publicUrl, isClosing: () => closing });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { code, status, message } = describeHttpError(error);
    if (status >= 500) {
      request.log.error({ err: error }, "request failed");
      captureException(error);
    }
    reply.code(status).send(errorBody(code, message));
  });

  app.get("/healthz", async () => ({ status: "ok" }));
  // Ready while the database answers. `relay` says whether live edits reach the other processes:
  // "degraded" (Redis away) keeps the process ready, since it still serves and stores everything
  // its own clients do; taking every process out at once would turn a Redis outage into a total one.
  app.get("/readyz", async (request, reply) => {
    try {
      await deps.db.sql.query("SELECT 1");
      return { status: "ok", relay: deps.collab.server.relayState };
    } catch (error) {
      request.log.warn({ err: error }, "readiness check failed");
      return reply
        .code(503)
        .send(errorBody("SERVICE_UNAVAILABLE", "The database does not answer."));
    }
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: contextFactory(deps),
      onError({ error, path, req }) {
        if (error.code === "INTERNAL_SERVER_ERROR") {
          req.log.error({ err: error.cause ?? error, path }, "procedure failed");
          captureException(error.cause ?? error);
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  await app.register(storefrontRoutes(deps));
  await app.register(aiRoutes());
  await app.register(reviewRoutes(deps));
  await app.register(transferRoutes(deps));
  await app.register(mediaRoutes(deps));
  await app.register(collabRoutes(deps.collab));
  for (const plugin of options.plugins ?? []) await plugin(app);

  const editorBuilt = (options.serveEditor ?? true) && existsSync(`${EDITOR_DIST}/index.html`);
  if (editorBuilt) {
    await app.register(fastifyStatic, {
      root: EDITOR_DIST,
      prefix: "/",
      wildcard: false,
      index: false,
      setHeaders(res, filePath) {
        // Vite names assets by content hash: they never change.
        if (filePath.includes("/assets/"))
          res.raw.setHeader("cache-control", "public, max-age=31536000, immutable");
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === "GET" &&
      !request.url.startsWith("/trpc") &&
      (request.headers.accept ?? "").includes("text/html");
    if (editorBuilt && wantsPage) {
      // The editor is a single-page app: every page URL loads index.html, which routes itself.
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    reply
      .code(404)
      .send(errorBody("NOT_FOUND", `Nothing at ${request.method} ${request.url.split("?")[0]}.`));
  });

  return app;
}

function describeHttpError(error: FastifyError): {
  code: ErrorCode;
  status: number;
  message: string;
} {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { code: "PAYLOAD_TOO_LARGE", status: 413, message: "The request body is too large." };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return {
        code: "UNSUPPORTED_MEDIA_TYPE",
        status: 415,
        message: "This content type is not accepted here.",
      };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { code: "BAD_REQUEST", status: 400, message: "The JSON body is empty." };
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return {
        code: "BAD_REQUEST",
        status: 400,
        message: "The Content-Length does not match the body.",
      };
  }
  if (error instanceof SyntaxError || error.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
    return { code: "BAD_REQUEST", status: 400, message: "The body is not valid JSON." };
  }
  if (error.validation) {
    return { code: "BAD_REQUEST", status: 400, message: error.message };
  }
  const status = error.statusCode ?? 500;
  if (status === 429) return { code: "TOO_MANY_REQUESTS", status, message: error.message };
  if (status >= 400 && status < 500) return { code: "BAD_REQUEST", status, message: error.message };
  return {
    code: "INTERNAL_SERVER_ERROR",
    status: 500,
    message: "Something went wrong on our side.",
  };
}
