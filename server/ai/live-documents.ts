import type { SiteDoc } from "../../blocks/doc/schema.ts";
import { changeNotice } from "../../collab/notices.ts";
import type { CollabServer } from "../../collab/server/index.ts";
import type { LiveDocuments } from "../deps.ts";

/**
 * `LiveDocuments` over the collab server's `change`: the AI change is worked out on a copy of the
 * live Y.Doc in one transaction, sent first to the editors of the person who asked for it as a
 * `change` notice with origin `ai` (so it is one step of their undo, labelled in their history),
 * then applied to the live document, broadcast to every other editor and stored before this
 * resolves.
 */
export function collabLiveDocuments(server: CollabServer): LiveDocuments {
  return {
    applyChange(siteId, change, origin, label) {
      return server.change(
        siteId,
        (copy, transactionOrigin) => copy.transact(() => change(copy), transactionOrigin),
        origin,
        { notice: (update) => changeNotice(origin, update, label) },
      );
    },
    async read(siteId): Promise<SiteDoc> {
      return (await server.snapshot(siteId)).doc;
    },
  };
}
