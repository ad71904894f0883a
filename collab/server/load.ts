/**
 * Reading a site's Yjs state from the store: the compacted state plus the update log. A site
 * saved before live collaboration existed (JSON only, no Yjs state) is converted once, on first
 * load; of several processes converting at the same time exactly one wins (the store's optimistic
 * version), and the others read its result.
 */
import * as Y from "yjs";
import { migrateSiteDoc } from "../../blocks/doc/migrations.ts";
import { createSiteYDoc, materialize } from "../doc/index.ts";
import type { CollabStore, SiteUpdateLog } from "./store.ts";
import { silentLogger, type CollabLogger } from "./types.ts";

/** A stale-version refusal from the store (matched by code: collab imports nothing of the server). */
export function isStaleVersion(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "stale_version";
}

export type LoadedSiteLog = SiteUpdateLog & { state: Uint8Array };

/** The stored state and update log of a site, converting a JSON-only document first. */
export async function loadSiteLog(
  store: CollabStore,
  siteId: string,
  log: CollabLogger = silentLogger,
): Promise<LoadedSiteLog> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const loaded = await store.loadUpdates(siteId);
    if (loaded.state) return loaded as LoadedSiteLog;
    const stored = await store.get(siteId);
    if (stored === null) continue; // deleted meanwhile: the next loadUpdates says so
    if (stored.yState !== null) continue; // someone converted it meanwhile
    if (loaded.updates.length > 0) {
      log.warn(
        { siteId, updates: loaded.updates.length },
        "a site without Yjs state had logged updates; they cannot be applied and are dropped",
      );
    }
    const ydoc = createSiteYDoc(migrateSiteDoc(stored.doc).doc, { kind: "system" });
    const { doc, problems } = materialize(ydoc);
    try {
      await store.update(siteId, stored.version, { yState: Y.encodeStateAsUpdate(ydoc), doc });
      log.info({ siteId, problems: problems.length }, "converted a site document to Yjs");
    } catch (error) {
      if (!isStaleVersion(error)) throw error;
      // Another process converted (or wrote) it first: read what it stored.
    }
  }
  throw new Error(`site ${siteId}'s document kept changing while it was being loaded`);
}

/** Applies a loaded log to a Y.Doc: the state, then the updates since, merged into one. */
export function applySiteLog(ydoc: Y.Doc, loaded: LoadedSiteLog, origin?: unknown): void {
  Y.applyUpdate(ydoc, loaded.state, origin);
  if (loaded.updates.length === 1) Y.applyUpdate(ydoc, loaded.updates[0]!, origin);
  else if (loaded.updates.length > 1) Y.applyUpdate(ydoc, Y.mergeUpdates(loaded.updates), origin);
}

/** A site's current Y.Doc as the store has it (every acknowledged edit, compacted or not). */
export async function loadSiteYDoc(
  store: CollabStore,
  siteId: string,
  log: CollabLogger = silentLogger,
): Promise<{ ydoc: Y.Doc; loaded: LoadedSiteLog }> {
  const loaded = await loadSiteLog(store, siteId, log);
  const ydoc = new Y.Doc();
  applySiteLog(ydoc, loaded);
  return { ydoc, loaded };
}
