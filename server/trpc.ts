import { initTRPC, TRPCError } from "@trpc/server";
import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import { z } from "zod";
import { MIN_ROLE, roleAtLeast, type SiteAction } from "../domain/permissions.ts";
import { findSession, SESSION_COOKIE, type ActiveSession } from "./auth/sessions.ts";
import type { AppDeps } from "./deps.ts";
import { DomainError, said, type FieldSaid } from "./errors.ts";
import { describeIssues, fieldSaidOfIssues, flattenIssues } from "./http/errors.ts";
import { visitorOrigin } from "./http/origins.ts";
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "./http/storable-text.ts";

export type Context = {
  deps: AppDeps;
  req: CreateFastifyContextOptions["req"];
  res: CreateFastifyContextOptions["res"];
  ip: string;
  /**
   * The app's address as this request reached it, when the app answers there as itself
   * (http/origins.ts), PUBLIC_URL's otherwise: for links shown in the app, never for mail.
   */
  appOrigin: string;
  /** Loaded once per request, on first use. */
  session: () => Promise<ActiveSession | null>;
};

export function contextFactory(deps: AppDeps) {
  return ({ req, res }: CreateFastifyContextOptions): Context => {
    let loaded: Promise<ActiveSession | null> | undefined;
    return {
      deps,
      req,
      res,
      ip: req.ip,
      appOrigin: visitorOrigin(deps.config.publicUrl, req.headers.host),
      // Cookies are parsed only here, for API calls, not on every storefront request.
      session: () =>
        (loaded ??= findSession(
          deps,
          req.server.parseCookie(req.headers.cookie ?? "")[SESSION_COOKIE],
        )),
    };
  };
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof z.ZodError ? error.cause : null;
    const fieldErrors = error.cause instanceof DomainError ? error.cause.fieldErrors : undefined;
    // Field messages as ids and parameters, for the app to word per field (decision 0016).
    const fieldSaid = zodError
      ? fieldSaidOfIssues(zodError)
      : error.cause instanceof DomainError
        ? error.cause.fieldSaid
        : undefined;
    // The sentence's id and parameters, for the app to word it in the merchant's language.
    const said = error.cause instanceof DomainError ? error.cause.said : undefined;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    // Input validation carries zod's own dump as its message: summarise it. A refusal found past
    // the schema (inputError) already has its sentence: keep it.
    const validation = zodError !== null && error.message === zodError.message;
    return {
      message: validation
        ? describeIssues(zodError)
        : internal
          ? "Something went wrong on our side. Please try again."
          : shape.message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        ...(said ? { messageCode: said.id, params: said.params ?? {} } : {}),
        ...(fieldSaid && Object.keys(fieldSaid).length
          ? { fieldCodes: wireFieldCodes(fieldSaid) }
          : {}),
        ...(zodError
          ? flattenIssues(zodError)
          : fieldErrors
            ? { fieldErrors, formErrors: [] }
            : {}),
      },
    };
  },
});

/** `{ "address.zip": [{ code, params }] }`: each field message's id and parameters. */
function wireFieldCodes(fieldSaid: FieldSaid) {
  return Object.fromEntries(
    Object.entries(fieldSaid).map(([path, list]) => [
      path,
      list.map((s) => ({ code: s.id, params: s.params ?? {} })),
    ]),
  );
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * The one place a domain refusal becomes the transport's (decision 0010): its code picks the HTTP
 * status, its sentence is the message, and its field errors reach forms as `fieldErrors`. It runs
 * around every procedure, so no handler wraps its own.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  const cause = result.ok ? null : result.error.cause;
  if (cause instanceof DomainError) {
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
});

/**
 * Every procedure refuses text the database cannot store (NUL, half a surrogate pair) anywhere in
 * its input, keys included, before any handler or schema sees it: checked once here rather than
 * in each schema, so a new procedure cannot forget it. The refusal reads like a schema's.
 */
export const publicProcedure = t.procedure.use(domainErrors).use(async ({ getRawInput, next }) => {
  // A body that does not parse (or is absent, as for `auth.logout`) is the input parser's to
  // judge: procedures that take no input never read it, and the others refuse it there.
  const raw = await getRawInput().catch(() => undefined);
  const path = findUnstorableText(raw);
  if (path) throw inputError(path, UNSTORABLE_TEXT_MESSAGE);
  return next();
});

/**
 * A refusal of one input field found past the schema, shaped like the schema's own (the message
 * names the field, `fieldErrors` carries it for forms).
 */
export function inputError(path: (string | number)[], message: string): TRPCError {
  // ZodRealError, as parsing makes: a plain `new z.ZodError` is no Error, so tRPC would wrap it.
  const cause = new z.ZodRealError([{ code: "custom", path, message, input: undefined }]);
  return new TRPCError({ code: "BAD_REQUEST", message: describeIssues(cause), cause });
}

export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const session = await ctx.session();
  if (!session) {
    throw new DomainError("UNAUTHORIZED", said("app.error.loginToContinue", "Log in to continue."));
  }
  return next({ ctx: { user: session.user, sessionId: session.id } });
});

export const ZSiteId = z.string().uuid("siteId must be a site id");

/** The input every site procedure starts with (the role-matrix test finds site procedures by it). */
export const ZSiteScope = z.object({ siteId: ZSiteId });

/**
 * The one role check for every site procedure: the caller must be a member of a live site with at
 * least the role the permission table (domain/permissions.ts) gives `action`. Non-members learn
 * nothing (NOT_FOUND); members below the role get FORBIDDEN.
 */
export function siteProcedure(action: SiteAction, options: { includeDeleted?: boolean } = {}) {
  const minRole = MIN_ROLE[action];
  return authedProcedure.input(ZSiteScope).use(async ({ ctx, input, next }) => {
    const membership = await ctx.deps.db.prisma.siteMember.findUnique({
      where: { siteId_userId: { siteId: input.siteId, userId: ctx.user.id } },
      include: { site: true },
    });
    if (!membership || (membership.site.deletedAt && !options.includeDeleted)) {
      throw new DomainError("NOT_FOUND", said("app.error.noSuchSite", "No such site."));
    }
    if (!roleAtLeast(membership.role, minRole)) {
      throw new DomainError(
        "FORBIDDEN",
        said(
          "app.error.roleTooLow",
          `This needs the ${minRole} role or higher; you are ${article(membership.role)} ${membership.role}.`,
          { needed: minRole, role: membership.role },
        ),
      );
    }
    return next({ ctx: { site: membership.site, role: membership.role } });
  });
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}
