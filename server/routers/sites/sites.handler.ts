import type { z } from "zod";
import { audit } from "../../audit.ts";
import type { SessionUser } from "../../auth/sessions.ts";
import { countSampleCards } from "../../../blocks/pricing-table/sample.ts";
import { jsonEqual } from "../../../collab/doc/json.ts";
import { Prisma } from "../../db/client.ts";
import type { SiteRole } from "../../db/generated/enums.ts";
import type { Context } from "../../trpc.ts";
import type {
  ZCreateSiteInput,
  ZRenameSiteInput,
  ZSetCustomDomainInput,
  ZSlugAvailableInput,
} from "./sites.schema.ts";
import { ZSiteSlug } from "./sites.schema.ts";
import { publicSite, RESTORE_WINDOW_MS } from "./site.ts";
import { DomainError, said } from "../../errors.ts";

type AuthedContext = Context & { user: SessionUser };
type SiteContext = AuthedContext & {
  site: Parameters<typeof publicSite>[0];
  role: SiteRole;
};

export async function createSiteHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof ZCreateSiteInput>;
}) {
  const { deps } = ctx;
  try {
    const site = await deps.db.prisma.$transaction(async (tx) => {
      const created = await tx.site.create({
        data: {
          name: input.name,
          slug: input.slug,
          members: { create: { userId: ctx.user.id, role: "owner" } },
        },
      });
      await audit(
        deps,
        {
          action: "site.created",
          actorId: ctx.user.id,
          siteId: created.id,
          ip: ctx.ip,
          data: { slug: input.slug },
        },
        tx,
      );
      return created;
    });
    await deps.siteDocuments.initialise(site.id, { name: site.name });
    return { site: publicSite(site, "owner") };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError(
        "CONFLICT",
        said("app.error.addressTaken", `The address “${input.slug}” is taken. Choose another.`, {
          slug: input.slug,
        }),
      );
    }
    throw error;
  }
}

export async function listSitesHandler({ ctx }: { ctx: AuthedContext }) {
  // The dashboard's query, run on every visit: one join straight to SQL (Prisma's include costs
  // two queries and more than twice the time for a merchant with many sites).
  const rows = await ctx.deps.db.sql.query<Parameters<typeof publicSite>[0] & { role: SiteRole }>(
    `SELECT s."id", s."name", s."slug", s."customDomain", m."role",
            s."createdAt" AT TIME ZONE 'UTC' AS "createdAt",
            s."updatedAt" AT TIME ZONE 'UTC' AS "updatedAt",
            s."deletedAt" AT TIME ZONE 'UTC' AS "deletedAt"
       FROM "SiteMember" m JOIN "Site" s ON s."id" = m."siteId"
      WHERE m."userId" = $1 AND s."deletedAt" IS NULL
      ORDER BY s."updatedAt" DESC, s."id"`,
    [ctx.user.id],
  );
  return { sites: rows.map((row) => publicSite(row, row.role)) };
}

export async function listDeletedSitesHandler({ ctx }: { ctx: AuthedContext }) {
  const since = new Date(ctx.deps.now().getTime() - RESTORE_WINDOW_MS);
  const memberships = await ctx.deps.db.prisma.siteMember.findMany({
    where: { userId: ctx.user.id, role: "owner", site: { deletedAt: { gt: since } } },
    include: { site: true },
    orderBy: { site: { deletedAt: "desc" } },
  });
  return { sites: memberships.map((m) => publicSite(m.site, m.role)) };
}

export function getSiteHandler({ ctx }: { ctx: SiteContext }) {
  return { site: publicSite(ctx.site, ctx.role) };
}

export async function slugAvailableHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof ZSlugAvailableInput>;
}) {
  const parsed = ZSiteSlug.safeParse(input.slug);
  if (!parsed.success) {
    return { available: false, reason: parsed.error.issues[0]?.message ?? "Invalid address." };
  }
  const taken = await ctx.deps.db.prisma.site.findUnique({ where: { slug: parsed.data } });
  return taken
    ? { available: false, reason: "This address is taken." }
    : { available: true, reason: null };
}

export async function renameSiteHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZRenameSiteInput>;
}) {
  const { deps } = ctx;
  const site = await deps.db.prisma.$transaction(async (tx) => {
    const updated = await tx.site.update({
      where: { id: ctx.site.id },
      data: { name: input.name },
    });
    await audit(
      deps,
      {
        action: "site.renamed",
        actorId: ctx.user.id,
        siteId: ctx.site.id,
        ip: ctx.ip,
        data: { from: ctx.site.name, to: input.name },
      },
      tx,
    );
    return updated;
  });
  return { site: publicSite(site, ctx.role) };
}

export async function deleteSiteHandler({ ctx }: { ctx: SiteContext }) {
  const { deps } = ctx;
  const site = await deps.db.prisma.$transaction(async (tx) => {
    const updated = await tx.site.update({
      where: { id: ctx.site.id },
      data: { deletedAt: deps.now() },
    });
    await audit(
      deps,
      { action: "site.deleted", actorId: ctx.user.id, siteId: ctx.site.id, ip: ctx.ip },
      tx,
    );
    return updated;
  });
  deps.events.emit("site.deleted", { siteId: site.id });
  return { site: publicSite(site, ctx.role) };
}

export async function restoreSiteHandler({ ctx }: { ctx: SiteContext }) {
  const { deps } = ctx;
  if (!ctx.site.deletedAt) return { site: publicSite(ctx.site, ctx.role) };
  if (deps.now().getTime() - ctx.site.deletedAt.getTime() > RESTORE_WINDOW_MS) {
    throw new DomainError(
      "NOT_FOUND",
      said("app.error.siteDeletedLongAgo", "This site was deleted more than 30 days ago."),
    );
  }
  const site = await deps.db.prisma.$transaction(async (tx) => {
    const updated = await tx.site.update({ where: { id: ctx.site.id }, data: { deletedAt: null } });
    await audit(
      deps,
      { action: "site.restored", actorId: ctx.user.id, siteId: ctx.site.id, ip: ctx.ip },
      tx,
    );
    return updated;
  });
  return { site: publicSite(site, ctx.role) };
}

/** Removes sites deleted more than 30 days ago, with their documents. Runs at start and hourly. */
export async function purgeDeletedSites(
  deps: Pick<Context["deps"], "db" | "now" | "siteDocuments" | "media">,
): Promise<number> {
  const cutoff = new Date(deps.now().getTime() - RESTORE_WINDOW_MS);
  const doomed = await deps.db.prisma.site.findMany({
    where: { deletedAt: { lt: cutoff } },
    select: { id: true },
  });
  for (const { id } of doomed) {
    await deps.siteDocuments.remove(id);
    await deps.media.removeSite(id);
    await deps.db.prisma.site.delete({ where: { id } });
    await audit(deps, { action: "site.purged", siteId: id });
  }
  return doomed.length;
}

export async function publishSiteHandler({ ctx }: { ctx: SiteContext }) {
  const published = await ctx.deps.siteDocuments.publish(ctx.site.id, ctx.user.id);
  // Samples the AI added to top the store up, still as written (products in the catalogue,
  // service cards on the pages just published): publishing goes on, and the editor warns the
  // merchant to replace or remove them. Testimonials and numbers are never samples: the AI writes
  // them only from the brief.
  const sampleProducts = await ctx.deps.db.prisma.product.count({
    where: { siteId: ctx.site.id, sample: true, status: { not: "archived" } },
  });
  const doc = await ctx.deps.siteDocuments.publishedDoc(ctx.site.id, published.versionId);
  const sampleServices = countSampleCards(doc?.pages ?? []);
  return {
    versionId: published.versionId,
    publishedAt: published.publishedAt.toISOString(),
    url: `${ctx.appOrigin}/s/${ctx.site.slug}/`,
    sampleProducts,
    sampleServices,
  };
}

/**
 * Whether the draft has changes the storefront does not show yet (the editor's publish button):
 * the draft as it is now (every acknowledged edit, compacted or not) against the published
 * version's document.
 */
export async function publishStatusHandler({ ctx }: { ctx: SiteContext }) {
  const { deps } = ctx;
  const site = await deps.db.prisma.site.findUniqueOrThrow({
    where: { id: ctx.site.id },
    select: { publishedAt: true, publishedVersionId: true, slug: true },
  });
  const published = site.publishedVersionId
    ? await deps.siteDocuments.publishedDoc(ctx.site.id, site.publishedVersionId)
    : null;
  const hasUnpublishedChanges =
    published === null || !jsonEqual((await deps.siteDocuments.draft(ctx.site.id)).doc, published);
  return {
    publishedAt: site.publishedAt?.toISOString() ?? null,
    publishedVersionId: site.publishedVersionId,
    hasUnpublishedChanges,
    url: `${ctx.appOrigin}/s/${site.slug}/`,
  };
}

/**
 * Points a domain at the site's storefront (the DNS record is the merchant's to create). Its own
 * host is refused, so a site can never take over the app's address.
 */
export async function setCustomDomainHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZSetCustomDomainInput>;
}) {
  const { deps } = ctx;
  const appHost = new URL(deps.config.publicUrl).hostname;
  if (input.domain && (input.domain === appHost || input.domain.endsWith(".localhost"))) {
    throw new DomainError(
      "BAD_REQUEST",
      said("app.error.domainIsPegasus", "This domain belongs to Pegasus itself."),
    );
  }
  try {
    const site = await deps.db.prisma.$transaction(async (tx) => {
      const updated = await tx.site.update({
        where: { id: ctx.site.id },
        data: { customDomain: input.domain },
      });
      await audit(
        deps,
        {
          action: "site.domain_changed",
          actorId: ctx.user.id,
          siteId: ctx.site.id,
          ip: ctx.ip,
          data: { from: ctx.site.customDomain, to: input.domain },
        },
        tx,
      );
      return updated;
    });
    // Storefront lookups by domain are cached briefly; drop them now.
    deps.events.emit("site.published", {
      siteId: site.id,
      versionId: site.publishedVersionId ?? "",
    });
    return { site: publicSite(site, ctx.role) };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError(
        "CONFLICT",
        said("app.error.domainTaken", "Another site already uses this domain."),
      );
    }
    throw error;
  }
}
