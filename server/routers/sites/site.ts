import type { SiteRole } from "../../db/generated/enums.ts";

type SiteRow = {
  id: string;
  name: string;
  slug: string;
  customDomain: string | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
};

export type PublicSite = {
  id: string;
  name: string;
  slug: string;
  customDomain: string | null;
  role: SiteRole;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export function publicSite(site: SiteRow, role: SiteRole): PublicSite {
  return {
    id: site.id,
    name: site.name,
    slug: site.slug,
    customDomain: site.customDomain,
    role,
    createdAt: site.createdAt.toISOString(),
    updatedAt: site.updatedAt.toISOString(),
    deletedAt: site.deletedAt?.toISOString() ?? null,
  };
}

/** How long a deleted site can be restored before it is purged for good. */
export const RESTORE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
