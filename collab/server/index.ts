/** The collab server (Hocuspocus and Pegasus' extensions). Hosted by server/collab/. */
export { Auth, CollabAuthError, type AuthConfiguration } from "./auth.ts";
export { CLOSED_BECAUSE, Connections, type ConnectionsConfiguration } from "./connections.ts";
export { CLOSE, Guard, type GuardConfiguration, type RefusalKind } from "./guard.ts";
export {
  applySiteLog,
  isStaleVersion,
  loadSiteLog,
  loadSiteYDoc,
  type LoadedSiteLog,
} from "./load.ts";
export { Metrics, type CollabMetricsSnapshot } from "./metrics.ts";
export {
  Persistence,
  STORE_ORIGIN,
  type Compaction,
  type PersistenceConfiguration,
} from "./persistence.ts";
export { CollabServer, type CollabServerConfiguration } from "./server.ts";
export type { CollabStore, SiteUpdateLog, StoredSiteJson, UpdateLogCheckpoint } from "./store.ts";
export {
  silentLogger,
  type AuthenticatedContext,
  type CollabAuthenticator,
  type CollabIdentity,
  type CollabLogger,
} from "./types.ts";
export { checkUpdate, siteRules, type SiteRules, type UpdateVerdict } from "./update-check.ts";
export { snapshotOf, Versions, type VersionsConfiguration } from "./versions.ts";
