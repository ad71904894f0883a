/**
 * Counters of the collab server, for operators (logs, a future /metrics) and for tests and
 * benchmarks that need to see what the server did: connections, loaded documents, persisted
 * updates and their write latency, refused input by kind, the Redis relay's outages.
 */
import type {
  Extension,
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  connectedPayload,
  onDisconnectPayload,
} from "@hocuspocus/server";
import type { RefusalKind } from "./guard.ts";
import type { RelayState } from "./relay.ts";

/** Latencies kept for percentiles (a ring of the most recent). */
const SAMPLES = 4096;

export type CollabMetricsSnapshot = {
  connectionsOpened: number;
  connectionsClosed: number;
  documentsLoaded: number;
  documentsUnloaded: number;
  /** Client updates written to the update log (each may be a group of several). */
  updatesPersisted: number;
  persistFailures: number;
  /** Time to store one accepted client update, in ms (p50, p99 of the most recent). */
  persistMs: { p50: number; p99: number };
  refused: Partial<Record<RefusalKind, number>>;
  /** Blocks left out of a snapshot because they do not validate, last count per site. */
  invalidBlocks: number;
  /** Times the Redis relay to other processes was lost. */
  relayOutages: number;
  /** Messages for other processes that could not be sent (Redis away). */
  relayPublishFailures: number;
  /** The last resync once Redis was back: open documents, and ms from reconnecting to done. */
  relayLastResync: { documents: number; ms: number } | null;
};

export class Metrics implements Extension {
  extensionName = "pegasus-metrics";
  private readonly counts = {
    connectionsOpened: 0,
    connectionsClosed: 0,
    documentsLoaded: 0,
    documentsUnloaded: 0,
    updatesPersisted: 0,
    persistFailures: 0,
    relayOutages: 0,
    relayPublishFailures: 0,
  };
  private relayLastResync: CollabMetricsSnapshot["relayLastResync"] = null;
  private readonly refusals: Partial<Record<RefusalKind, number>> = {};
  private readonly persistSamples: number[] = [];
  private persistNext = 0;
  private readonly problems = new Map<string, number>();

  async connected(_payload: connectedPayload): Promise<void> {
    this.counts.connectionsOpened += 1;
  }

  async onDisconnect(_payload: onDisconnectPayload): Promise<void> {
    this.counts.connectionsClosed += 1;
  }

  async afterLoadDocument(_payload: afterLoadDocumentPayload): Promise<void> {
    this.counts.documentsLoaded += 1;
  }

  async afterUnloadDocument(_payload: afterUnloadDocumentPayload): Promise<void> {
    this.counts.documentsUnloaded += 1;
  }

  refused(kind: RefusalKind): void {
    this.refusals[kind] = (this.refusals[kind] ?? 0) + 1;
  }

  problemsFound(siteId: string, count: number): void {
    this.problems.set(siteId, count);
  }

  relayChanged(state: RelayState, resync?: { documents: number; ms: number }): void {
    if (state === "degraded") this.counts.relayOutages += 1;
    else if (resync && this.counts.relayOutages > 0) this.relayLastResync = resync;
  }

  relayPublishFailed(): void {
    this.counts.relayPublishFailures += 1;
  }

  /** Wraps a persist function, counting and timing it. */
  timed<A extends unknown[]>(
    persist: (...args: A) => Promise<void>,
  ): (...args: A) => Promise<void> {
    return async (...args: A) => {
      const started = performance.now();
      try {
        await persist(...args);
        this.counts.updatesPersisted += 1;
        this.persistSamples[this.persistNext] = performance.now() - started;
        this.persistNext = (this.persistNext + 1) % SAMPLES;
      } catch (error) {
        this.counts.persistFailures += 1;
        throw error;
      }
    };
  }

  snapshot(): CollabMetricsSnapshot {
    const sorted = [...this.persistSamples].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted.length
        ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 100) /
          100
        : 0;
    let invalidBlocks = 0;
    for (const n of this.problems.values()) invalidBlocks += n;
    return {
      ...this.counts,
      persistMs: { p50: at(0.5), p99: at(0.99) },
      refused: { ...this.refusals },
      invalidBlocks,
      relayLastResync: this.relayLastResync && { ...this.relayLastResync },
    };
  }
}
