/**
 * The collab WebSocket on the app's own HTTP server: upgrades to `/collab` go to the collab server
 * (Hocuspocus, documents `site:<siteId>`). Closing the app closes every collab connection and stores
 * every open document first, so the HTTP server can close and nothing is lost.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { CollabService } from "./service.ts";

export const COLLAB_PATH = "/collab";

export function collabRoutes(collab: CollabService) {
  return async function collabPlugin(app: FastifyInstance): Promise<void> {
    const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = (request.url ?? "").split("?")[0]!.replace(/\/+$/, "");
      if (path === COLLAB_PATH) {
        collab.server.handleUpgrade(request, socket, head);
      } else if (app.server.listenerCount("upgrade") === 1) {
        // Nobody else takes WebSockets here.
        socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      }
    };
    app.server.on("upgrade", onUpgrade);
    app.addHook("preClose", async () => {
      app.server.off("upgrade", onUpgrade);
      await collab.server.shutdown();
    });
  };
}
