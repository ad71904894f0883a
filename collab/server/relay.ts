/**
 * The relay between processes serving the same documents: Hocuspocus' Redis extension, made to
 * live through a Redis outage and to resync when Redis returns.
 *
 * While Redis is unreachable each process goes on serving and storing its own editors (the update
 * log is the truth, not Redis); only the live exchange with the other processes stops. So:
 * - the publishing connection never queues and never throws: a publish that cannot go out fails at
 *   once, is counted and logged (once per outage), and resolves; the extension's unawaited
 *   publishes can no longer reject unhandled (which made processes exit);
 * - the subscribing connection reconnects for as long as it takes and keeps its subscriptions; a
 *   document opened meanwhile does not wait for its subscription;
 * - compaction goes on without the cross-process lock, which only saves duplicate work (the store's
 *   optimistic version already refuses a stale compaction);
 * - once both connections are back, the relay resyncs every document open here before it reports
 *   itself up: it announces its return (the other processes then catch their open documents up
 *   with the store), catches each document open here up with the store's update log (every
 *   acknowledged edit, whichever process took it), and publishes each one's state vector, which
 *   makes every process with it open exchange what the other lacks. Why that loses nothing is in
 *   collab/README.md.
 */
import { Redis as RedisExtension, type RedisInstance } from "@hocuspocus/extension-redis";
import {
  OutgoingMessage,
  type Document,
  type afterLoadDocumentPayload,
  type onStoreDocumentPayload,
} from "@hocuspocus/server";
import { Redis as IORedis, type RedisOptions } from "ioredis";
import { silentLogger, type CollabLogger } from "./types.ts";

export type RelayState = "up" | "degraded";

export interface RelayConfiguration {
  /** The Redis to relay through (`redis://` or `rediss://` URL, with user, password and db). */
  url: string;
  /** Prefix of the channels and lock keys. Default `pegasus:collab`. */
  prefix: string;
  /** Where outages, recoveries and failures are logged. Default: nowhere. */
  log: CollabLogger;
  /** Applies to an open document whatever the store holds that it lacks. Default: nothing. */
  catchUp: (documentName: string, document: Document) => Promise<unknown>;
  /** How long a command to Redis may take before it fails (ms). Default 2 s. */
  commandTimeoutMs: number;
  /** The longest wait between two attempts to reconnect (ms). Default 2 s. */
  maxReconnectDelayMs: number;
  /** How long opening a document waits for its channel while Redis is up (ms). Default 2 s. */
  subscribeWaitMs: number;
  /** Told when the relay is lost and when it is back and resynced. Default: nothing. */
  onState: (state: RelayState, resync?: { documents: number; ms: number }) => void;
  /** Told of every message that could not be sent to the other processes. Default: nothing. */
  onPublishFailed: () => void;
}

export class Relay extends RedisExtension {
  extensionName = "pegasus-relay";
  /** The relay's own options (`configuration` is the extension's). */
  readonly options: RelayConfiguration;
  private readonly publisher: IORedis;
  private readonly subscriber: IORedis;
  private readonly resyncChannel: string;
  private up = false;
  private lostAt: number | null = null;
  private resyncing: Promise<void> | null = null;
  /** Publishes, rejecting when it cannot (the extension's publishes never do). */
  private readonly publishOrThrow: (channel: string, message: string | Buffer) => Promise<number>;
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  private publishFailureLogged = false;
  private destroyed = false;

  constructor(configuration: Partial<RelayConfiguration> & Pick<RelayConfiguration, "url">) {
    const relay: RelayConfiguration = {
      prefix: "pegasus:collab",
      log: silentLogger,
      catchUp: async () => {},
      commandTimeoutMs: 2_000,
      maxReconnectDelayMs: 2_000,
      subscribeWaitMs: 2_000,
      onState: () => {},
      onPublishFailed: () => {},
      ...configuration,
    };
    const retryStrategy = (attempt: number) => Math.min(attempt * 100, relay.maxReconnectDelayMs);
    const common: RedisOptions = { connectTimeout: relay.commandTimeoutMs, retryStrategy };
    // Publishing and locking fail at once when Redis is away, never queue: the document is stored
    // without Redis, and what the others missed is resynced when it returns.
    const publisher = new IORedis(relay.url, {
      ...common,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: relay.commandTimeoutMs,
    });
    // Subscriptions wait for Redis as long as it takes and are renewed on every reconnect.
    const subscriber = new IORedis(relay.url, { ...common, maxRetriesPerRequest: null });
    const made = [publisher, subscriber];
    super({
      prefix: relay.prefix,
      // The extension makes its publisher first, then its subscriber. (Its types are those of the
      // ioredis it bundles; the client is the same API, from the ioredis this package depends on.)
      createClient: () => made.shift() as unknown as RedisInstance,
    });
    this.options = relay;
    this.publisher = publisher;
    this.subscriber = subscriber;
    this.resyncChannel = `${relay.prefix}:resync`;

    const publish = publisher.publish.bind(publisher);
    this.publishOrThrow = (channel, message) =>
      within(publish(channel, message), relay.commandTimeoutMs);
    publisher.publish = ((channel: string | Buffer, message: string | Buffer) =>
      publish(channel, message).catch((error: unknown) => {
        this.publishFailed(error);
        return 0;
      })) as IORedis["publish"];

    // Relayed messages go to the extension, never rejecting unhandled; returns start a catch-up.
    const [relayed] = subscriber.listeners("messageBuffer") as ((
      channel: Buffer,
      data: Buffer,
    ) => Promise<void>)[];
    subscriber.removeAllListeners("messageBuffer");
    subscriber.on("messageBuffer", (channel: Buffer, data: Buffer) => {
      if (channel.toString() === this.resyncChannel) {
        if (data.toString() !== this.configuration.identifier) void this.catchUpAll();
        return;
      }
      Promise.resolve()
        .then(() => relayed?.(channel, data))
        .catch((error: unknown) =>
          relay.log.warn({ err: error }, "could not apply a message relayed from another process"),
        );
    });
    subscriber.subscribe(this.resyncChannel).catch(() => {
      // Only when disconnected for good (shutting down).
    });

    for (const client of [publisher, subscriber]) {
      client.on("error", (error: Error) =>
        relay.log.debug({ err: error }, "redis relay connection error"),
      );
      client.on("close", () => this.check());
      client.on("ready", () => this.check());
    }
  }

  /** "up" once connected and resynced; "degraded" while Redis is unreachable or resyncing. */
  get state(): RelayState {
    return this.up ? "up" : "degraded";
  }

  /** Opens the document's channel without making the document wait for Redis. */
  override async afterLoadDocument(payload: afterLoadDocumentPayload): Promise<void> {
    const subscribed = super
      .afterLoadDocument(payload)
      .catch((error: unknown) =>
        this.options.log.warn(
          { err: error, document: payload.documentName },
          "could not subscribe to a document's relay channel",
        ),
      );
    // When the subscription comes later, the extension then exchanges state vectors with the others.
    await Promise.race([subscribed, delay(this.up ? this.options.subscribeWaitMs : 0)]);
  }

  /** Takes the cross-process lock before compaction, or goes on without it while Redis is away. */
  override async onStoreDocument(payload: onStoreDocumentPayload): Promise<void> {
    if (!this.up) return;
    await super.onStoreDocument(payload);
  }

  override async onDestroy(): Promise<void> {
    this.destroyed = true;
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  private check(): void {
    if (this.destroyed) return;
    if (!this.bothReady()) {
      if (this.up) {
        this.up = false;
        this.lostAt = Date.now();
        this.options.log.warn(
          { documents: this.instance?.documents.size ?? 0 },
          "lost Redis: editors here keep editing and every edit is stored, but edits from other " +
            "processes arrive only once it is back",
        );
        this.options.onState("degraded");
      }
      return;
    }
    if (this.up || this.resyncing) return;
    this.resyncing = this.resync()
      .catch((error: unknown) => {
        this.options.log.debug({ err: error }, "redis relay resync did not finish; trying again");
        return delay(RETRY_RESYNC_MS);
      })
      .finally(() => {
        this.resyncing = null;
        // Lost again meanwhile, or a step failed: look once more.
        if (!this.up) this.check();
      });
  }

  private bothReady(): boolean {
    return this.publisher.status === "ready" && this.subscriber.status === "ready";
  }

  private async resync(): Promise<void> {
    const started = Date.now();
    // Replies come in order: once this answers, the subscriptions renewed on reconnect are in place.
    await within(this.subscriber.ping(), this.options.commandTimeoutMs);
    await this.publishOrThrow(this.resyncChannel, this.configuration.identifier);
    const documents = [...(this.instance?.documents ?? [])];
    await this.catchUpAll();
    for (const [name, document] of documents) {
      const message = new OutgoingMessage(name).createSyncMessage().writeFirstSyncStepFor(document);
      await this.publishOrThrow(
        `${this.options.prefix}:${name}`,
        Buffer.concat([this.messagePrefix, Buffer.from(message.toUint8Array())]),
      );
    }
    if (!this.bothReady()) throw new Error("Redis went away again during the resync");
    this.up = true;
    this.publishFailureLogged = false;
    const ms = Date.now() - started;
    if (this.lostAt !== null) {
      this.options.log.info(
        { documents: documents.length, outageMs: Date.now() - this.lostAt, resyncMs: ms },
        "Redis is back: open documents resynced with the store and the other processes",
      );
    }
    this.lostAt = null;
    this.options.onState("up", { documents: documents.length, ms });
  }

  /** Catches every open document up with the store; calls meanwhile ask for one more round. */
  private catchUpAll(): Promise<void> {
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return this.catchingUp;
    }
    const run = async () => {
      do {
        this.catchUpAgain = false;
        for (const [name, document] of this.instance?.documents ?? []) {
          try {
            await this.options.catchUp(name, document);
          } catch (error) {
            this.options.log.error(
              { err: error, document: name },
              "could not catch a document up with the store after a Redis outage",
            );
          }
        }
      } while (this.catchUpAgain && !this.destroyed);
    };
    // Cleared once settled (never synchronously: with nothing open, `run` ends before it is kept).
    this.catchingUp = run().finally(() => (this.catchingUp = null));
    return this.catchingUp;
  }

  private publishFailed(error: unknown): void {
    this.options.onPublishFailed();
    if (this.publishFailureLogged || this.destroyed) return;
    this.publishFailureLogged = true;
    this.options.log.warn(
      { err: error },
      "could not relay a change to other processes; they get it when Redis is back",
    );
  }
}

/** A resync that could not finish is tried again after this long (ms). */
const RETRY_RESYNC_MS = 500;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** `promise`, or a rejection after `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
