/**
 * The collab service of the app: the collab server (collab/server/) wired to Pegasus' site store,
 * sessions, members and events. Taken-away access closes live connections in every process: with
 * REDIS_URL set the events travel over a Redis channel of their own, so a member removed through
 * one process is disconnected from all of them. Changes announced while Redis was away are caught
 * when it is back, by re-checking every open connection.
 */
import { Redis as IORedis } from "ioredis";
import { CollabServer, type CollabServerConfiguration } from "../../collab/server/index.ts";
import { ConfigError, type Config } from "../config.ts";
import type { AppDeps } from "../deps.ts";
import type { AppEventBus } from "../events.ts";
import { logRedisOutages, reconnectEvery } from "../redis.ts";
import type { SiteStore } from "../sitestore/port.ts";
import { collabAuthenticator, isReadOnlyRole, roleOn } from "./authenticate.ts";
import type { SiteRole } from "../db/generated/enums.ts";

export type CollabService = {
  server: CollabServer;
  /** Closes every connection, stores every open document, leaves Redis. */
  close(): Promise<void>;
};

/** Knobs for tests and benchmarks, over the config's (COLLAB_* variables). */
export type CollabOptions = Partial<
  Omit<CollabServerConfiguration, "store" | "authenticate" | "log" | "redisUrl" | "recheck">
>;

type AccessChange =
  | { type: "sessions"; sessionIds: string[] }
  | { type: "member"; siteId: string; userId: string }
  | { type: "role"; siteId: string; userId: string; role: SiteRole }
  | { type: "site"; siteId: string };

const CONTROL_CHANNEL = "pegasus:collab:access";
/** How long a command to the access channel's Redis may take before it fails (ms). */
const COMMAND_TIMEOUT_MS = 2_000;

export async function createCollabService(input: {
  config: Config;
  store: SiteStore;
  log: AppDeps["log"];
  events: AppEventBus;
  /** The app's dependencies, once composed (the authenticator runs only after that). */
  deps: () => AppDeps;
  options?: CollabOptions;
}): Promise<CollabService> {
  const { config, store, log, events, deps } = input;
  const collabLog = log.child({ component: "collab" });
  if (config.redisUrl) await probeRedis(config.redisUrl);

  const server = new CollabServer({
    compactAfterMs: config.collab.compactAfterMs,
    compactAtLeastEveryMs: config.collab.compactAtLeastEveryMs,
    autoVersionEveryMs: config.collab.autoVersionEveryMs,
    ...input.options,
    guard: { maxMessageBytes: config.collab.maxMessageBytes, ...input.options?.guard },
    store,
    log: collabLog,
    redisUrl: config.redisUrl ?? null,
    authenticate: collabAuthenticator(deps),
    recheck: async ({ userId, sessionId, siteId }) => {
      const app = deps();
      const session = await app.db.prisma.session.findUnique({
        where: { id: sessionId },
        select: { userId: true, expiresAt: true },
      });
      if (!session || session.userId !== userId || session.expiresAt <= app.now()) return null;
      const role = await roleOn(app, siteId, userId);
      return role && { readOnly: isReadOnlyRole(role) };
    },
  });

  const apply = (change: AccessChange) => {
    const { connections } = server;
    if (change.type === "sessions") connections.closeSessions(change.sessionIds);
    else if (change.type === "member") connections.closeMember(change.siteId, change.userId);
    else if (change.type === "role")
      connections.roleChanged(change.siteId, change.userId, isReadOnlyRole(change.role));
    else connections.closeSite(change.siteId);
  };
  const channel = config.redisUrl
    ? await openAccessChannel(
        config.redisUrl,
        apply,
        () => void server.connections.recheckAll(),
        collabLog,
      )
    : null;
  const announce = (change: AccessChange) => {
    apply(change);
    channel?.publish(change);
  };

  const listeners = {
    "sessions.revoked": ({ sessionIds }: { sessionIds: string[] }) =>
      announce({ type: "sessions", sessionIds }),
    "member.removed": ({ siteId, userId }: { siteId: string; userId: string }) =>
      announce({ type: "member", siteId, userId }),
    "member.roleChanged": ({
      siteId,
      userId,
      role,
    }: {
      siteId: string;
      userId: string;
      role: string;
    }) => announce({ type: "role", siteId, userId, role: role as SiteRole }),
    "site.deleted": ({ siteId }: { siteId: string }) => announce({ type: "site", siteId }),
  };
  events.on("sessions.revoked", listeners["sessions.revoked"]);
  events.on("member.removed", listeners["member.removed"]);
  events.on("member.roleChanged", listeners["member.roleChanged"]);
  events.on("site.deleted", listeners["site.deleted"]);

  let closing: Promise<void> | undefined;
  return {
    server,
    close() {
      closing ??= (async () => {
        events.off("sessions.revoked", listeners["sessions.revoked"]);
        events.off("member.removed", listeners["member.removed"]);
        events.off("member.roleChanged", listeners["member.roleChanged"]);
        events.off("site.deleted", listeners["site.deleted"]);
        await server.shutdown();
        await channel?.close();
      })();
      return closing;
    },
  };
}

/** Fails the start, naming the variable, when REDIS_URL does not answer. */
async function probeRedis(url: string): Promise<void> {
  const probe = new IORedis(url, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause = "";
  probe.on("error", (error: Error) => (cause ||= error.message));
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    const why = cause || (error instanceof Error ? error.message : String(error));
    throw new ConfigError([
      { variable: "REDIS_URL", message: `cannot reach ${redact(url)} (${why})` },
    ]);
  } finally {
    probe.disconnect();
  }
}

async function openAccessChannel(
  url: string,
  apply: (change: AccessChange) => void,
  onMissed: () => void,
  log: AppDeps["log"],
): Promise<{ publish(change: AccessChange): void; close(): Promise<void> }> {
  const me = crypto.randomUUID();
  // Announcing fails at once while Redis is away (logged, never queued, never thrown at the caller);
  // listening waits for it as long as it takes, and re-subscribes when it is back.
  const pub = new IORedis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: COMMAND_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: reconnectEvery(),
  });
  const sub = new IORedis(url, {
    maxRetriesPerRequest: null,
    connectTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: reconnectEvery(),
  });
  logRedisOutages(pub, log, "collab access announcements");
  logRedisOutages(sub, log, "collab access announcements from other processes");
  let listening = false;
  sub.on("ready", () => {
    // Changes announced while it was away were missed: look at every open connection again.
    if (listening) onMissed();
    listening = true;
  });
  sub.on("message", (_channel: string, message: string) => {
    try {
      const { from, change } = JSON.parse(message) as { from: string; change: AccessChange };
      if (from !== me) apply(change);
    } catch (error) {
      log.warn({ err: error }, "unreadable message on the collab access channel");
    }
  });
  await sub.subscribe(CONTROL_CHANNEL);
  return {
    publish(change) {
      pub
        .publish(CONTROL_CHANNEL, JSON.stringify({ from: me, change }))
        .catch((error: unknown) =>
          log.warn({ err: error }, "could not announce an access change to other processes"),
        );
    },
    async close() {
      sub.disconnect();
      pub.disconnect();
    },
  };
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
