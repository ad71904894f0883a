import { EventEmitter } from "node:events";

/**
 * In-process notifications between domains that must not import each other: e.g. the collab
 * server closes live connections when a session is revoked or a member removed.
 */
export type AppEvents = {
  "sessions.revoked": [{ userId: string; sessionIds: string[] }];
  "member.removed": [{ siteId: string; userId: string }];
  "member.roleChanged": [{ siteId: string; userId: string; role: string }];
  "site.deleted": [{ siteId: string }];
  "site.published": [{ siteId: string; versionId: string }];
};

export class AppEventBus extends EventEmitter<AppEvents> {}
