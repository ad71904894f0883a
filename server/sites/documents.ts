import * as Y from "yjs";
import { SiteDocError, migrateSiteDoc } from "../../blocks/doc/migrations.ts";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import { createSiteYDoc, InvalidSiteError, materialize } from "../../collab/doc/index.ts";
import { applySiteLog, loadSiteLog } from "../../collab/server/load.ts";
import { audit } from "../audit.ts";
import { conflict, notFound, said } from "../errors.ts";
import type { Database } from "../db/client.ts";
import type { SiteDocuments } from "../deps.ts";
import type { AppEventBus } from "../events.ts";
import type { SiteStore } from "../sitestore/port.ts";
import { starterSiteDoc } from "./starter.ts";

/** Published documents never change, so a small LRU of them spares the store on every render. */
const PUBLISHED_CACHE_SIZE = 200;

export class SiteDocumentService implements SiteDocuments {
  private readonly published = new Map<string, SiteDoc>();
  /** The last draft built per site, valid while the store's update log is where it was read. */
  private readonly drafts = new Map<
    string,
    { checkpoint: string; doc: SiteDoc; updatedAt: Date }
  >();

  constructor(
    private readonly store: SiteStore,
    private readonly db: Database,
    private readonly events: AppEventBus,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Stores a new site's document with its Yjs state, made once here: every editor then syncs from
   * that one state (two replicas seeding the same JSON on their own would duplicate everything).
   */
  async initialise(siteId: string, site: { name: string; doc?: SiteDoc }): Promise<void> {
    const ydoc = createSiteYDoc(site.doc ?? starterSiteDoc(site.name), { kind: "system" });
    const { doc } = materialize(ydoc);
    await this.store.create({ siteId, doc, yState: Y.encodeStateAsUpdate(ydoc) });
  }

  /**
   * The draft as it is now: the stored Yjs state plus every update logged since (so a publish sees
   * every acknowledged edit, compacted or not), materialised and validated. Blocks that do not
   * validate are left out. `updatedAt` is when the draft was last compacted.
   */
  async draft(siteId: string): Promise<{ doc: SiteDoc; updatedAt: Date }> {
    try {
      const loaded = await loadSiteLog(this.store, siteId);
      const cached = this.drafts.get(siteId);
      if (cached?.checkpoint === loaded.checkpoint)
        return { doc: cached.doc, updatedAt: cached.updatedAt };
      const ydoc = new Y.Doc();
      applySiteLog(ydoc, loaded);
      const { doc } = materialize(ydoc);
      const updatedAt = (await this.store.get(siteId))?.updatedAt ?? this.now();
      this.drafts.delete(siteId);
      this.drafts.set(siteId, { checkpoint: loaded.checkpoint, doc, updatedAt });
      if (this.drafts.size > PUBLISHED_CACHE_SIZE)
        this.drafts.delete(this.drafts.keys().next().value!);
      return { doc, updatedAt };
    } catch (error) {
      if ((error as { code?: unknown }).code === "not_found") {
        throw notFound(said("app.error.noDocument", "This site has no document yet."));
      }
      if (error instanceof SiteDocError || error instanceof InvalidSiteError) {
        throw conflict(
          said("app.error.draftUnreadable", `The draft cannot be read: ${error.message}`, {
            reason: error.message,
          }),
        );
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
    this.drafts.delete(siteId);
    await this.store.delete(siteId);
  }
}
