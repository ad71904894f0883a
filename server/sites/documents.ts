import { TRPCError } from "@trpc/server";
import { SiteDocError, migrateSiteDoc } from "../../blocks/doc/migrations.ts";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import { audit } from "../audit.ts";
import type { Database } from "../db/client.ts";
import type { SiteDocuments } from "../deps.ts";
import type { AppEventBus } from "../events.ts";
import type { SiteStore } from "../sitestore/port.ts";
import { starterSiteDoc } from "./starter.ts";

/** Published documents never change, so a small LRU of them spares the store on every render. */
const PUBLISHED_CACHE_SIZE = 200;

export class SiteDocumentService implements SiteDocuments {
  private readonly published = new Map<string, SiteDoc>();

  constructor(
    private readonly store: SiteStore,
    private readonly db: Database,
    private readonly events: AppEventBus,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async initialise(siteId: string, site: { name: string; doc?: SiteDoc }): Promise<void> {
    await this.store.create({ siteId, doc: site.doc ?? starterSiteDoc(site.name) });
  }

  async draft(siteId: string): Promise<{ doc: SiteDoc; updatedAt: Date }> {
    const stored = await this.store.get(siteId);
    if (!stored)
      throw new TRPCError({ code: "NOT_FOUND", message: "This site has no document yet." });
    try {
      return { doc: migrateSiteDoc(stored.doc).doc, updatedAt: stored.updatedAt };
    } catch (error) {
      if (error instanceof SiteDocError) {
        throw new TRPCError({
          code: "CONFLICT",
          message: `The draft cannot be read: ${error.message}`,
        });
      }
      throw error;
    }
  }

  async publishedDoc(siteId: string, versionId: string): Promise<SiteDoc | null> {
    const hit = this.published.get(versionId);
    if (hit) {
      this.published.delete(versionId);
      this.published.set(versionId, hit);
      return hit;
    }
    const version = await this.store.getVersion(siteId, versionId);
    if (!version) return null;
    // Versions are stored as they were; an older schema is upgraded on read, never rewritten.
    const { doc } = migrateSiteDoc(version.doc);
    this.published.set(versionId, doc);
    if (this.published.size > PUBLISHED_CACHE_SIZE) {
      this.published.delete(this.published.keys().next().value!);
    }
    return doc;
  }

  async publish(siteId: string, userId: string): Promise<{ versionId: string; publishedAt: Date }> {
    const { doc } = await this.draft(siteId);
    const version = await this.store.appendVersion(siteId, {
      kind: "published",
      doc,
      createdById: userId,
    });
    const publishedAt = this.now();
    await this.db.prisma.$transaction(async (tx) => {
      await tx.site.update({
        where: { id: siteId },
        data: { publishedVersionId: version.id, publishedAt },
      });
      await audit(
        { db: this.db },
        { action: "site.published", actorId: userId, siteId, target: version.id },
        tx,
      );
    });
    this.published.set(version.id, doc);
    this.events.emit("site.published", { siteId, versionId: version.id });
    return { versionId: version.id, publishedAt };
  }

  async remove(siteId: string): Promise<void> {
    await this.store.delete(siteId);
  }
}
