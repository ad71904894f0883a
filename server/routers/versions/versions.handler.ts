import type { z } from "zod";
import { migrateSiteDoc, SiteDocError } from "../../../blocks/doc/migrations.ts";
import { InvalidSiteError, SiteEditError } from "../../../collab/doc/index.ts";
import { audit } from "../../audit.ts";
import type { SessionUser } from "../../auth/sessions.ts";
import type { SiteRole } from "../../db/generated/enums.ts";
import { SiteStoreInvalidInputError } from "../../sitestore/errors.ts";
import type { SiteVersionInfo } from "../../sitestore/port.ts";
import { inputError, type Context } from "../../trpc.ts";
import type {
  ZCreateNamedVersionInput,
  ZListVersionsInput,
  ZRestoreVersionInput,
} from "./versions.schema.ts";
import { DomainError, said } from "../../errors.ts";

type SiteContext = Context & { user: SessionUser; site: { id: string }; role: SiteRole };

export type PublicVersion = {
  id: string;
  kind: SiteVersionInfo["kind"];
  label: string | null;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
};

/** Saved versions of the site, newest first (page with `before`). */
export async function listVersionsHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZListVersionsInput>;
}) {
  const limit = input.limit ?? 50;
  const versions = await ctx.deps.siteStore
    .listVersions(ctx.site.id, { kind: input.kind, limit, before: input.before })
    .catch((error: unknown) => {
      // The only input the store can refuse here: a cursor that is not one of this site's versions.
      if (error instanceof SiteStoreInvalidInputError && input.before !== undefined) {
        throw inputError(["before"], "That version is not in this site's history.");
      }
      throw error;
    });
  const authorIds = [...new Set(versions.flatMap((v) => (v.createdById ? [v.createdById] : [])))];
  const authors = new Map(
    (
      await ctx.deps.db.prisma.user.findMany({
        where: { id: { in: authorIds } },
        select: { id: true, name: true },
      })
    ).map((user) => [user.id, user]),
  );
  return {
    versions: versions.map((v): PublicVersion => ({
      id: v.id,
      kind: v.kind,
      label: v.label,
      createdAt: v.createdAt.toISOString(),
      createdBy: v.createdById ? (authors.get(v.createdById) ?? null) : null,
    })),
    nextBefore: versions.length === limit ? versions[versions.length - 1]!.id : null,
  };
}

/** Saves the current document (every edit so far, live ones included) under a name. */
export async function createNamedVersionHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZCreateNamedVersionInput>;
}) {
  const { doc, yState } = await currentSnapshot(ctx);
  const version = await ctx.deps.siteStore.appendVersion(ctx.site.id, {
    kind: "named",
    label: input.label,
    doc,
    yState,
    createdById: ctx.user.id,
  });
  await audit(ctx.deps, {
    action: "version.created",
    actorId: ctx.user.id,
    siteId: ctx.site.id,
    target: version.id,
    ip: ctx.ip,
    data: { label: input.label },
  });
  return {
    version: { ...publicVersion(version), createdBy: { id: ctx.user.id, name: ctx.user.name } },
  };
}

/**
 * Makes the draft what a saved version holds, in one change everyone editing sees live (and the
 * restorer can undo in the editor). The current draft is saved first as an automatic version, so
 * a restore can itself be undone by restoring that.
 */
export async function restoreVersionHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZRestoreVersionInput>;
}) {
  const { deps } = ctx;
  const version = await deps.siteStore.getVersion(ctx.site.id, input.versionId);
  if (!version)
    throw new DomainError(
      "NOT_FOUND",
      said("app.error.noSuchVersion", "No such version of this site."),
    );
  let target;
  try {
    target = migrateSiteDoc(version.doc).doc;
  } catch (error) {
    if (error instanceof SiteDocError) {
      throw new DomainError(
        "CONFLICT",
        said(
          "app.error.versionNotRestorable",
          `This version cannot be restored: ${error.message}`,
          { reason: error.message },
        ),
      );
    }
    throw error;
  }
  const current = await currentSnapshot(ctx);
  const when = version.createdAt.toISOString().slice(0, 16).replace("T", " ");
  const backup = await deps.siteStore.appendVersion(ctx.site.id, {
    kind: "auto",
    label:
      `Before restoring ${version.label ? `“${version.label}”` : `the version of ${when} UTC`}`.slice(
        0,
        200,
      ),
    doc: current.doc,
    yState: current.yState,
    createdById: ctx.user.id,
  });
  try {
    await deps.collab.server.restore(ctx.site.id, target, {
      userId: ctx.user.id,
      versionId: version.id,
    });
  } catch (error) {
    if (error instanceof SiteEditError) {
      throw new DomainError(
        "CONFLICT",
        said(
          "app.error.versionNotRestorable",
          `This version cannot be restored: ${error.message}`,
          { reason: error.message },
        ),
      );
    }
    throw error;
  }
  await audit(deps, {
    action: "version.restored",
    actorId: ctx.user.id,
    siteId: ctx.site.id,
    target: version.id,
    ip: ctx.ip,
    data: { backupVersionId: backup.id },
  });
  return { restoredVersionId: version.id, backupVersionId: backup.id };
}

async function currentSnapshot(ctx: SiteContext) {
  try {
    return await ctx.deps.collab.server.snapshot(ctx.site.id);
  } catch (error) {
    if (error instanceof InvalidSiteError) {
      throw new DomainError(
        "CONFLICT",
        said(
          "app.error.draftNotSavable",
          `The draft cannot be saved as a version: ${error.message}`,
          { reason: error.message },
        ),
      );
    }
    throw error;
  }
}

function publicVersion(v: SiteVersionInfo): Omit<PublicVersion, "createdBy"> {
  return { id: v.id, kind: v.kind, label: v.label, createdAt: v.createdAt.toISOString() };
}
