import { createContext, useContext, useEffect, useState } from "react";
import type { SiteConnection } from "../editor/session/connection.ts";
import type { Brand } from "../media/LogoOptions.tsx";
import { brandOf } from "../media/siteLogo.ts";

/** Opens a site's live document. Tests hand in a local one; the app connects to the server. */
export type ConnectSite = (siteId: string) => Promise<SiteConnection>;

export const ConnectSiteContext = createContext<ConnectSite>(async (siteId) =>
  (await import("../editor/session/connection.ts")).connectToSite(siteId),
);

export type StoreDocument =
  | { readonly status: "opening" }
  | { readonly status: "open"; readonly brand: Brand; readonly connection: SiteConnection }
  | { readonly status: "unavailable" };

/** Past this, the wizard stops waiting and offers the editor (which has the Logo tab) instead. */
const OPEN_TIMEOUT_MS = 15_000;

function whenSynced(connection: SiteConnection, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error: Error | null) => {
      clearTimeout(timer);
      unsubscribe();
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      const { synced, denied } = connection.getState();
      if (synced) settle(null);
      else if (denied) settle(new Error(denied));
    };
    const timer = setTimeout(() => settle(new Error("The store did not open in time.")), timeoutMs);
    const unsubscribe = connection.subscribe(check);
    check();
  });
}

/**
 * The freshly generated store's live document, open while the wizard shows it: its brand as the
 * generation left it (name, palette, fonts), and the connection to set the chosen logo through.
 * The editor opens a connection of its own; this one closes with the component.
 */
export function useStoreDocument(siteId: string): StoreDocument {
  const connect = useContext(ConnectSiteContext);
  const [state, setState] = useState<StoreDocument>({ status: "opening" });

  useEffect(() => {
    let closed = false;
    let connection: SiteConnection | null = null;
    void (async () => {
      try {
        const opened = await connect(siteId);
        if (closed) return opened.destroy();
        connection = opened;
        // Only reading and one setting: nobody in the editor should see the wizard as a person.
        opened.awareness?.setLocalState(null);
        await whenSynced(opened, OPEN_TIMEOUT_MS);
        // The editor's reader, with its defaults; in a chunk the editor loads next anyway.
        const { DocStore } = await import("../editor/state/docStore.ts");
        const store = new DocStore(opened.ydoc);
        const brand = brandOf(store.getSettings(), store.getTheme());
        store.destroy();
        if (!closed) setState({ status: "open", brand, connection: opened });
      } catch {
        if (!closed) setState({ status: "unavailable" });
      }
    })();
    return () => {
      closed = true;
      connection?.destroy();
    };
  }, [connect, siteId]);

  return state;
}
