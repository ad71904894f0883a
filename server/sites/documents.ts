import type { SiteDocuments } from "../deps.ts";
import type { SiteStore } from "../sitestore/port.ts";
import { starterSiteDoc } from "./starter.ts";

export class SiteDocumentService implements SiteDocuments {
  constructor(private readonly store: SiteStore) {}

  async initialise(siteId: string, site: { name: string }): Promise<void> {
    await this.store.create({ siteId, doc: starterSiteDoc(site.name) });
  }

  async remove(siteId: string): Promise<void> {
    await this.store.delete(siteId);
  }
}
