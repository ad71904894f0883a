import * as Y from "yjs";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import { editOrigin, type EditOrigin } from "../../collab/doc/index.ts";
import { encodeNotice, restoreNotice } from "../../collab/notices.ts";
import { siteDocumentName } from "../../collab/presence.ts";
import type { CollabServer } from "../../collab/server/index.ts";
import type { LiveDocuments } from "../deps.ts";

/**
 * `LiveDocuments` over the collab server: a change is worked out on a copy of the live Y.Doc (the
 * copy is taken and changed synchronously, so no edit can slip in between), then applied to the
 * live document as one update with the AI origin, broadcast to every editor and stored before this
 * resolves, exactly as the collab server's own `replace` does for restores.
 *
 * The person who asked for the change gets the update first as a notice, so their editor applies it
 * as their own local transaction and it is one step of their undo. Until collab has a notice of its
 * own for AI changes this uses the restore notice (versionId `ai:<label>`), which the editor already
 * applies with that person's origin.
 */
export function collabLiveDocuments(server: CollabServer): LiveDocuments {
  return {
    async applyChange(siteId, change, origin) {
      const name = siteDocumentName(siteId);
      const direct = await server.hocuspocus.openDirectConnection(name, { origin });
      try {
        const document = direct.document!;
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(document));
        const parts: Uint8Array[] = [];
        copy.on("update", (update: Uint8Array) => parts.push(update));
        copy.transact(() => change(copy), editOrigin(origin));
        if (parts.length === 0) return null;
        const update = parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
        const userId = "userId" in origin ? origin.userId : undefined;
        if (userId) {
          const notice = encodeNotice(
            restoreNotice(`ai:${Date.now().toString(36)}`, userId, update),
          );
          for (const connection of server.connections.of(siteId, userId))
            connection.sendStateless(notice);
        }
        Y.applyUpdate(document, update, editOrigin(origin));
        await server.persistence.flush(name);
        return update;
      } finally {
        await direct.disconnect();
      }
    },
    async read(siteId): Promise<SiteDoc> {
      return (await server.snapshot(siteId)).doc;
    },
  };
}

export type { EditOrigin };
