import type { SiteDoc } from "../../blocks/doc/schema.ts";
import { changeNotice } from "../../collab/notices.ts";
import { snapshotOf, type CollabServer } from "../../collab/server/index.ts";
import type { LiveDocuments } from "../deps.ts";

/**
 * `LiveDocuments` over the collab server's `change`: the AI change is worked out on a copy of the
 * live Y.Doc in one transaction, sent first to the editors of the person who asked for it as a
 * `change` notice with origin `ai` (so it is one step of their undo, labelled in their history),
 * then applied to the live document, broadcast to every other editor and stored before this
 * resolves.
 *
 * A labelled change is also attributed in the site's version history: the document as it was just
 * before is kept as an automatic version "Before AI: …" by the person who asked, so the change
 * can be looked at and gone back from there too, long after the undo history is gone.
 */
export function collabLiveDocuments(server: CollabServer): LiveDocuments {
  return {
    async applyChange(siteId, change, origin, label) {
      const userId = "userId" in origin ? origin.userId : undefined;
      let before: ReturnType<typeof snapshotOf> | null = null;
      const update = await server.change(
        siteId,
        (copy, transactionOrigin) => {
          // The live document as it is right before the change: the copy, not yet changed.
          if (label && userId) before = snapshotOf(copy);
          copy.transact(() => change(copy), transactionOrigin);
        },
        origin,
        { notice: (made) => changeNotice(origin, made, label) },
      );
      if (update && before && label) {
        const { doc, yState } = before;
        await server.configuration.store.appendVersion(siteId, {
          kind: "auto",
          label: `Before ${label}`.slice(0, 200),
          doc,
          yState,
          createdById: userId,
        });
      }
      return update;
    },
    async read(siteId): Promise<SiteDoc> {
      return (await server.snapshot(siteId)).doc;
    },
  };
}
