import type { SessionUser } from "../../auth/sessions.ts";
import type { Site } from "../../db/generated/client.ts";
import type { SiteRole } from "../../db/generated/enums.ts";
import {
  NOT_INCLUDED,
  NOT_INCLUDED_PARTS,
  type NotIncludedPart,
} from "../../sites/transfer/commerce-part.ts";
import { exportPath, IMPORT_PATH } from "../../sites/transfer/routes.ts";
import { ARCHIVE_LIMITS } from "../../sites/transfer/archive.ts";
import type { Context } from "../../trpc.ts";

type SiteContext = Context & { user: SessionUser; site: Site; role: SiteRole };

/**
 * What an export of the site will hold, for the settings screen, and where to download it. The
 * archive itself comes from GET /api/sites/<siteId>/export (server/sites/transfer/routes.ts).
 */
export async function exportSummaryHandler({ ctx }: { ctx: SiteContext }) {
  const { deps, site } = ctx;
  const [{ doc }, products, collections, media] = await Promise.all([
    deps.siteDocuments.draft(site.id),
    deps.db.prisma.product.count({ where: { siteId: site.id } }),
    deps.db.prisma.collection.count({ where: { siteId: site.id } }),
    deps.db.prisma.media.aggregate({
      where: { siteId: site.id, status: "ready" },
      _count: { _all: true },
      _sum: { storedBytes: true },
    }),
  ]);
  return {
    pages: doc.pages.length,
    products,
    collections,
    images: media._count._all,
    imageBytes: media._sum.storedBytes ?? 0,
    published: site.publishedVersionId !== null,
    notIncluded: NOT_INCLUDED,
    notIncludedParts: Object.keys(NOT_INCLUDED_PARTS) as NotIncludedPart[],
    downloadPath: exportPath(site.id),
    importPath: IMPORT_PATH,
    maxArchiveBytes: ARCHIVE_LIMITS.maxArchiveBytes,
  };
}
