/**
 * Automatic versions: while a site is being edited, a snapshot (`auto` version: the validated JSON
 * and the Yjs state) at most every `intervalMs`, counted from the first change after the last one;
 * and one when the last editor leaves with changes not yet in a snapshot. An idle site takes none.
 * Named versions and restores go through `snapshotOf` and the versions procedures.
 */
import type {
  Extension,
  beforeUnloadDocumentPayload,
  onChangePayload,
  onDestroyPayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import { InvalidSiteError, materialize } from "../doc/index.ts";
import { siteIdOfDocument } from "../presence.ts";
import { STORE_ORIGIN } from "./persistence.ts";
import type { CollabStore } from "./store.ts";
import { silentLogger, type CollabLogger } from "./types.ts";

export interface VersionsConfiguration {
  /** Where versions are saved. */
  store: CollabStore;
  /** The shortest time between two automatic snapshots of a site being edited, in ms. Default 10 minutes; 0 turns them off. */
  intervalMs: number;
  /** Where snapshots and failures are logged. Default: nowhere. */
  log: CollabLogger;
}

const REDIS_ORIGIN = "__hocuspocus__redis__origin__";

/** A document's validated JSON snapshot and its Yjs state. Throws InvalidSiteError when no valid snapshot can be made. */
export function snapshotOf(document: Y.Doc): { doc: SiteDoc; yState: Uint8Array } {
  return { doc: materialize(document).doc, yState: Y.encodeStateAsUpdate(document) };
}

export class Versions implements Extension {
  extensionName = "pegasus-versions";
  readonly configuration: VersionsConfiguration;
  private readonly due = new Map<string, { timer: NodeJS.Timeout; document: Y.Doc }>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    configuration: Partial<VersionsConfiguration> & Pick<VersionsConfiguration, "store">,
  ) {
    this.configuration = { intervalMs: 10 * 60_000, log: silentLogger, ...configuration };
  }

  async onChange({ documentName, document, transactionOrigin }: onChangePayload): Promise<void> {
    // Changes relayed from another process are snapshotted by that process.
    if (transactionOrigin === REDIS_ORIGIN || transactionOrigin === STORE_ORIGIN) return;
    if (this.configuration.intervalMs <= 0 || this.due.has(documentName)) return;
    const timer = setTimeout(() => void this.take(documentName), this.configuration.intervalMs);
    timer.unref();
    this.due.set(documentName, { timer, document });
  }

  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    if (this.due.has(documentName)) await this.take(documentName);
  }

  async onDestroy(_payload: onDestroyPayload): Promise<void> {
    await Promise.all([...this.due.keys()].map((name) => this.take(name)));
    await Promise.all(this.running);
  }

  /** Takes the pending automatic snapshot of a document now. */
  take(documentName: string): Promise<void> {
    const pending = this.due.get(documentName);
    if (!pending) return Promise.resolve();
    clearTimeout(pending.timer);
    this.due.delete(documentName);
    const run = this.save(documentName, pending.document).finally(() => this.running.delete(run));
    this.running.add(run);
    return run;
  }

  private async save(documentName: string, document: Y.Doc): Promise<void> {
    const siteId = siteIdOfDocument(documentName)!;
    try {
      const { doc, yState } = snapshotOf(document);
      const version = await this.configuration.store.appendVersion(siteId, {
        kind: "auto",
        doc,
        yState,
      });
      this.configuration.log.debug({ siteId, versionId: version.id }, "automatic version saved");
    } catch (error) {
      const message =
        error instanceof InvalidSiteError
          ? "no valid snapshot can be made"
          : "could not save an automatic version";
      this.configuration.log.warn({ err: error, siteId }, message);
    }
  }
}
