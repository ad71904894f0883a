import { createHash } from "node:crypto";
import { SiteDocError } from "../../blocks/doc/migrations.ts";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import type { AppDeps } from "../deps.ts";
import { DomainError } from "../errors.ts";

/** How long one read of a draft serves every reviewer of the site (the state poll and pages). */
const DRAFT_TTL_MS = 1_000;
const MAX_SITES = 2_000;

export type PreviewDocument = {
  doc: SiteDoc;
  /** Changes whenever what the preview shows changes: a hash of the draft, or the version id. */
  revision: string;
};

/**
 * The document behind a preview link: a saved version (immutable) or the live draft. Drafts are
 * read at most once a second per site however many reviewers poll, so "has the draft changed?"
 * stays cheap. Null when the document is gone or unreadable: the link then answers like a dead one.
 */
export class PreviewDocuments {
  private readonly drafts = new Map<
    string,
    { at: number; value: Promise<PreviewDocument | null> }
  >();

  constructor(private readonly deps: Pick<AppDeps, "siteDocuments" | "log">) {}

  async forLink(link: {
    siteId: string;
    versionId: string | null;
  }): Promise<PreviewDocument | null> {
    if (link.versionId) {
      const doc = await this.deps.siteDocuments
        .publishedDoc(link.siteId, link.versionId)
        .catch((error: unknown) => this.unreadable(link.siteId, error));
      return doc ? { doc, revision: `v:${link.versionId}` } : null;
    }
    return this.draft(link.siteId);
  }

  draft(siteId: string): Promise<PreviewDocument | null> {
    const now = Date.now();
    const hit = this.drafts.get(siteId);
    if (hit && now - hit.at < DRAFT_TTL_MS) return hit.value;
    const value = this.readDraft(siteId);
    if (this.drafts.size >= MAX_SITES) this.drafts.clear();
    this.drafts.set(siteId, { at: now, value });
    return value;
  }

  private async readDraft(siteId: string): Promise<PreviewDocument | null> {
    try {
      // The draft as the editors have it now (every acknowledged edit), as publishing sees it.
      const { doc } = await this.deps.siteDocuments.draft(siteId);
      const hash = createHash("sha256").update(JSON.stringify(doc)).digest("base64url");
      return { doc, revision: `d:${hash.slice(0, 16)}` };
    } catch (error) {
      this.drafts.delete(siteId);
      return this.unreadable(siteId, error);
    }
  }

  private unreadable(siteId: string, error: unknown): null {
    // No document, or one that cannot be read: the link answers like a dead one.
    if (!(error instanceof SiteDocError) && !(error instanceof DomainError)) throw error;
    this.deps.log.warn({ siteId, err: error }, "preview: the document cannot be read");
    return null;
  }
}
