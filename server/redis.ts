import type { Redis } from "ioredis";

/** Where Redis outages are told (pino's logger fits). */
export type RedisLog = {
  warn(context: object, message: string): void;
  info?(context: object, message: string): void;
};

/**
 * Logs a Redis connection's outages once each: a warning when it is lost or cannot be made, a line
 * when it is back; not one per reconnection attempt (ioredis retries every second or two).
 */
export function logRedisOutages(client: Redis, log: RedisLog | undefined, what: string): void {
  let lost = false;
  client.on("error", (error: Error) => {
    if (lost) return;
    lost = true;
    log?.warn({ err: error }, `${what}: Redis does not answer; retrying until it does`);
  });
  client.on("ready", () => {
    if (!lost) return;
    lost = false;
    log?.info?.({}, `${what}: Redis answers again`);
  });
}

/** Waits between reconnection attempts: longer each time, at most `maxMs`; never gives up. */
export const reconnectEvery =
  (maxMs = 2_000) =>
  (attempt: number) =>
    Math.min(attempt * 100, maxMs);
