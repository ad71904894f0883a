import type { z } from "zod";
import { audit } from "../../audit.ts";
import type { SessionUser } from "../../auth/sessions.ts";
import type { PreviewLink, Site } from "../../db/generated/client.ts";
import type { SiteRole } from "../../db/generated/enums.ts";
import { createPreviewLink, previewLinkStatus } from "../../review/links.ts";
import type { SiteVersionInfo } from "../../sitestore/port.ts";
import type { Context } from "../../trpc.ts";
import type { ZCreatePreviewLinkInput, ZPreviewLinkRef } from "./preview.schema.ts";
import { DomainError, said } from "../../errors.ts";

type SiteContext = Context & { user: SessionUser; site: Site; role: SiteRole };

const LINKS_LISTED = 200;
const VIEWS_LISTED = 100;

export type PublicPreviewLink = {
  id: string;
  label: string;
  target:
    | { kind: "draft" }
    | {
        kind: "version";
        versionId: string;
        /** The version's own name; null when it has none (the app words its kind and time). */
        label: string | null;
        versionKind: SiteVersionInfo["kind"] | null;
        savedAt: string | null;
      };
  hasPassword: boolean;
  allowComments: boolean;
  status: "active" | "expired" | "revoked";
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  viewCount: number;
  lastViewedAt: string | null;
};

function publicLink(
  link: PreviewLink,
  now: Date,
  people: Map<string, string>,
  versions: Map<string, SiteVersionInfo>,
): PublicPreviewLink {
  const version = link.versionId ? versions.get(link.versionId) : undefined;
  return {
    id: link.id,
    label: link.label,
    target: link.versionId
      ? {
          kind: "version",
          versionId: link.versionId,
          label: version?.label ?? null,
          versionKind: version?.kind ?? null,
          savedAt: version?.createdAt.toISOString() ?? null,
        }
      : { kind: "draft" },
    hasPassword: link.passwordHash !== null,
    allowComments: link.allowComments,
    status: previewLinkStatus(link, now),
    expiresAt: link.expiresAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
    createdAt: link.createdAt.toISOString(),
    createdBy: link.createdById
      ? { id: link.createdById, name: people.get(link.createdById) ?? "Former member" }
      : null,
    viewCount: link.viewCount,
    lastViewedAt: link.lastViewedAt?.toISOString() ?? null,
  };
}

export async function createPreviewLinkHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZCreatePreviewLinkInput>;
}) {
  const { deps } = ctx;
  const versions = new Map<string, SiteVersionInfo>();
  if (input.versionId) {
    const version = await deps.siteStore.getVersion(ctx.site.id, input.versionId);
    if (!version) {
      throw new DomainError(
        "BAD_REQUEST",
        said("app.error.noSuchSavedVersion", "There is no such saved version."),
      );
    }
    versions.set(version.id, version);
  }
  const { link, token } = await createPreviewLink(deps, {
    siteId: ctx.site.id,
    createdById: ctx.user.id,
    label: input.label,
    versionId: input.versionId,
    expiresInDays: input.expiresInDays,
    password: input.password,
    allowComments: input.allowComments,
  });
  await audit(deps, {
    action: "preview_link.created",
    actorId: ctx.user.id,
    siteId: ctx.site.id,
    target: link.id,
    ip: ctx.ip,
    data: {
      versionId: input.versionId,
      expiresAt: link.expiresAt.toISOString(),
      password: input.password !== null,
      allowComments: input.allowComments,
    },
  });
  return {
    link: publicLink(link, deps.now(), new Map([[ctx.user.id, ctx.user.name]]), versions),
    // The only time the token is shown: only its hash is stored.
    url: `${ctx.appOrigin}/p/${token}/`,
  };
}

export async function listPreviewLinksHandler({ ctx }: { ctx: SiteContext }) {
  const { deps } = ctx;
  const links = await deps.db.prisma.previewLink.findMany({
    where: { siteId: ctx.site.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: LINKS_LISTED,
  });
  const creatorIds = [...new Set(links.flatMap((l) => (l.createdById ? [l.createdById] : [])))];
  const users = await deps.db.prisma.user.findMany({
    where: { id: { in: creatorIds } },
    select: { id: true, name: true },
  });
  const versions = new Map<string, SiteVersionInfo>();
  for (const versionId of new Set(links.flatMap((l) => (l.versionId ? [l.versionId] : [])))) {
    const version = await deps.siteStore.getVersion(ctx.site.id, versionId);
    if (version) versions.set(versionId, version);
  }
  const now = deps.now();
  return {
    links: links.map((link) =>
      publicLink(link, now, new Map(users.map((u) => [u.id, u.name])), versions),
    ),
  };
}

export async function revokePreviewLinkHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZPreviewLinkRef>;
}) {
  const { deps } = ctx;
  const link = await deps.db.prisma.previewLink.findFirst({
    where: { id: input.linkId, siteId: ctx.site.id },
  });
  if (!link)
    throw new DomainError(
      "NOT_FOUND",
      said("app.error.noSuchPreviewLink", "There is no such preview link."),
    );
  if (!link.revokedAt) {
    await deps.db.prisma.$transaction(async (tx) => {
      await tx.previewLink.update({ where: { id: link.id }, data: { revokedAt: deps.now() } });
      await audit(
        deps,
        {
          action: "preview_link.revoked",
          actorId: ctx.user.id,
          siteId: ctx.site.id,
          target: link.id,
          ip: ctx.ip,
        },
        tx,
      );
    });
  }
  return { ok: true as const };
}

export async function previewLinkViewsHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZPreviewLinkRef>;
}) {
  const { deps } = ctx;
  const link = await deps.db.prisma.previewLink.findFirst({
    where: { id: input.linkId, siteId: ctx.site.id },
    select: { id: true, viewCount: true },
  });
  if (!link)
    throw new DomainError(
      "NOT_FOUND",
      said("app.error.noSuchPreviewLink", "There is no such preview link."),
    );
  const views = await deps.db.prisma.previewView.findMany({
    where: { linkId: link.id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: VIEWS_LISTED,
  });
  return {
    total: link.viewCount,
    views: views.map((view) => ({ at: view.at.toISOString(), path: view.path })),
  };
}

/** The saved versions a link can show (newest first). */
export async function previewVersionsHandler({ ctx }: { ctx: SiteContext }) {
  const versions = await ctx.deps.siteStore.listVersions(ctx.site.id, { limit: 50 });
  return {
    versions: versions.map((version) => ({
      id: version.id,
      kind: version.kind,
      // Its own name, or null: the app words "Saved version" with its time in its language.
      label: version.label,
      savedAt: version.createdAt.toISOString(),
    })),
  };
}
