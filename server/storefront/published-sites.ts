import type { AppDeps } from "../deps.ts";

export type PublishedSite = {
  siteId: string;
  slug: string;
  customDomain: string | null;
  /** null when the site was never published. */
  versionId: string | null;
};

/** How long another process may keep serving the previous version after a publish. */
const TTL_MS = 2_000;
const MAX_ENTRIES = 10_000;

/**
 * Finds the site a storefront request is for, by slug or custom domain, without a database
 * round trip on every request: answers are kept for two seconds, and a publish or delete in this
 * process drops them at once.
 */
export class PublishedSites {
  private readonly bySlug = new Map<string, { site: PublishedSite | null; at: number }>();
  private readonly byDomain = new Map<string, { site: PublishedSite | null; at: number }>();

  constructor(private readonly deps: Pick<AppDeps, "db" | "events">) {
    const forget = ({ siteId }: { siteId: string }) => this.forget(siteId);
    deps.events.on("site.published", forget);
    deps.events.on("site.deleted", forget);
  }

  bySiteSlug(slug: string): Promise<PublishedSite | null> {
    return this.lookup(this.bySlug, slug, { slug });
  }

  byCustomDomain(host: string): Promise<PublishedSite | null> {
    return this.lookup(this.byDomain, host, { customDomain: host });
  }

  forget(siteId: string): void {
    for (const cache of [this.bySlug, this.byDomain]) {
      for (const [key, entry] of cache) if (entry.site?.siteId === siteId) cache.delete(key);
    }
  }

  private async lookup(
    cache: Map<string, { site: PublishedSite | null; at: number }>,
    key: string,
    where: { slug: string } | { customDomain: string },
  ): Promise<PublishedSite | null> {
    const now = Date.now();
    const hit = cache.get(key);
    if (hit && now - hit.at < TTL_MS) return hit.site;
    const row = await this.deps.db.prisma.site.findFirst({
      where: { ...where, deletedAt: null },
      select: { id: true, slug: true, customDomain: true, publishedVersionId: true },
    });
    const site = row
      ? {
          siteId: row.id,
          slug: row.slug,
          customDomain: row.customDomain,
          versionId: row.publishedVersionId,
        }
      : null;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, { site, at: now });
    return site;
  }
}
