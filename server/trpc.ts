import { initTRPC, TRPCError } from "@trpc/server";
import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import { z } from "zod";
import { findSession, SESSION_COOKIE, type ActiveSession } from "./auth/sessions.ts";
import type { AppDeps } from "./deps.ts";
import type { SiteRole } from "./db/generated/enums.ts";
import { describeIssues, flattenIssues } from "./http/errors.ts";

export type Context = {
  deps: AppDeps;
  req: CreateFastifyContextOptions["req"];
  res: CreateFastifyContextOptions["res"];
  ip: string;
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
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      message: zodError
        ? describeIssues(zodError)
        : internal
          ? "Something went wrong on our side. Please try again."
          : shape.message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        ...(zodError ? flattenIssues(zodError) : {}),
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

export const authedProcedure = t.procedure.use(async ({ ctx, next }) => {
  const session = await ctx.session();
  if (!session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Log in to continue." });
  return next({ ctx: { user: session.user, sessionId: session.id } });
});

export const ROLE_RANK: Record<SiteRole, number> = { viewer: 1, editor: 2, admin: 3, owner: 4 };

export const ZSiteId = z.string().uuid("siteId must be a site id");

/**
 * The one role check for every site procedure: the caller must be a member of a live site with at
 * least `minRole`. Non-members learn nothing (NOT_FOUND); members below the role get FORBIDDEN.
 */
export function siteProcedure(minRole: SiteRole, options: { includeDeleted?: boolean } = {}) {
  return authedProcedure.input(z.object({ siteId: ZSiteId })).use(async ({ ctx, input, next }) => {
    const membership = await ctx.deps.db.prisma.siteMember.findUnique({
      where: { siteId_userId: { siteId: input.siteId, userId: ctx.user.id } },
      include: { site: true },
    });
    if (!membership || (membership.site.deletedAt && !options.includeDeleted)) {
      throw new TRPCError({ code: "NOT_FOUND", message: "No such site." });
    }
    if (ROLE_RANK[membership.role] < ROLE_RANK[minRole]) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `This needs the ${minRole} role or higher; you are ${article(membership.role)} ${membership.role}.`,
      });
    }
    return next({ ctx: { site: membership.site, role: membership.role } });
  });
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}
