/**
 * Opening a site's live document as early as possible: the editor route's loader calls
 * `preconnect` as soon as the address is known, while the editor's code and the session load;
 * the editor then takes that connection instead of opening its own.
 */
import { connectToSite, type SiteConnection } from "./connection.ts";

/** A connection nobody took (the visitor was not logged in after all) is closed after this. */
const UNCLAIMED_MS = 15_000;

const waiting = new Map<
  string,
  { connection: SiteConnection; timer: ReturnType<typeof setTimeout> }
>();

export function preconnect(siteId: string): void {
  if (!siteId || waiting.has(siteId)) return;
  const connection = connectToSite(siteId);
  const timer = setTimeout(() => {
    waiting.delete(siteId);
    connection.destroy();
  }, UNCLAIMED_MS);
  waiting.set(siteId, { connection, timer });
}

/** The connection opened early for this site, if there is one (each is taken once). */
export function takeConnection(siteId: string): SiteConnection | null {
  const entry = waiting.get(siteId);
  if (!entry) return null;
  waiting.delete(siteId);
  clearTimeout(entry.timer);
  return entry.connection;
}
