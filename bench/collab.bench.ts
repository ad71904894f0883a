/**
 * Collab benchmark (issue 4): the collab server in its own process on loopback, real
 * HocuspocusProviders over `ws` in this one.
 *
 * - propagation: one editor types into a heading (a prop edit every 25 ms); the time until each
 *   other client's Y.Doc has it, with 10, 50 and 100 clients on the document. Every update is
 *   checked by the Guard and relayed while it is appended to the store (its acknowledgement waits
 *   for the append; the relay does not), so this includes the check, not the database write. All
 *   receivers share this process's event loop, so the tail includes their queueing too.
 * - memory per open document (200 and 2,000 blocks), and what fits in 1 GiB;
 * - load: a 2,000-block site not open on the server, from provider creation to `synced`;
 * - persistence: updates per second one process stores in the append-log (clients that each send
 *   the next edit once the previous one is acknowledged, i.e. stored).
 * - trace replay (issue 13): one writer replays a seeded editing trace (`editingTrace`: keystrokes
 *   with bursts of backspaces and cursor jumps, a 1 MB paste in 500 pieces, edits made offline) as
 *   fast as its provider sends, i.e. far faster than anyone types; the rate at which every update
 *   is acknowledged (checked, applied and stored) is the ceiling the Guard sustains, holding the
 *   writer back rather than closing it. The same trace through a bare Hocuspocus server (no
 *   extensions, nothing stored) right before is the baseline; the server processes' CPU time per
 *   update is compared too, as it moves less with the machine's load than wall-clock time.
 * The machine is shared (2 cores here): results vary between runs by tens of percent.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { cpus, loadavg } from "node:os";
import { createInterface, type Interface } from "node:readline";
import { fileURLToPath } from "node:url";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { createSiteYDoc, editOrigin, layout, updateProps } from "../collab/doc/index.ts";
import { siteDocumentName } from "../collab/presence.ts";
import {
  applyTraceEdit,
  editingTrace,
  traceContent,
  traceSite,
  traceTarget,
  traceText,
  type EditingTrace,
} from "../collab/server/testkit.ts";

const SERVER = fileURLToPath(new URL("./servers/collab.ts", import.meta.url));

type Served = {
  wsUrl: string;
  cookie: string;
  userId: string;
  latencySite: string;
  loadSites: string[];
  throughputSites: string[];
  traceSites: string[];
  store: string;
};

type Server = Served & {
  child: ChildProcess;
  lines: Interface;
  metrics(): Promise<Record<string, unknown>>;
};

async function startServer(kind: "pglite" | "postgres"): Promise<Server> {
  return spawnServer<Served>(["serve", kind]);
}

/** A bare Hocuspocus server in its own process: the trace replay's baseline. */
function startBare() {
  return spawnServer<{ wsUrl: string }>(["bare"]);
}

async function spawnServer<T>(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", SERVER, ...args], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await once(lines, "line")) as [string];
  return {
    ...(JSON.parse(line) as T),
    child,
    lines,
    async metrics() {
      child.stdin!.write("metrics\n");
      const [answer] = (await once(lines, "line")) as [string];
      return JSON.parse(answer) as Record<string, unknown>;
    },
  };
}

async function stopServer(server: { child: ChildProcess }): Promise<void> {
  server.child.kill("SIGTERM");
  await once(server.child, "exit");
}

function cookieSocket(cookie: string) {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  };
}

type Client = { doc: Y.Doc; provider: HocuspocusProvider; socket: HocuspocusProviderWebsocket };

function connect(server: Served, siteId: string): Client {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: server.wsUrl,
    WebSocketPolyfill: cookieSocket(server.cookie),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: siteDocumentName(siteId),
    document: doc,
  });
  provider.attach();
  return { doc, provider, socket };
}

function close(client: Client): void {
  client.provider.destroy();
  client.socket.destroy();
}

async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`collab bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const ms = (value: number) => value.toFixed(1);

function headingOf(doc: Y.Doc): string {
  for (const [id, entry] of layout.siteMaps(doc).blocks.entries())
    if (entry.get("type") === "heading") return id;
  throw new Error("no heading");
}

async function propagation(
  server: Served,
  clients: number,
  edits = 160,
): Promise<{ p50: number; p99: number; samples: number }> {
  const all = Array.from({ length: clients }, () => connect(server, server.latencySite));
  try {
    await until(() => all.every((c) => c.provider.isSynced), 30_000, `${clients} clients to sync`);
    const [editor, ...receivers] = all as [Client, ...Client[]];
    const heading = headingOf(editor.doc);
    const sentAt: number[] = [];
    const latencies: number[] = [];
    let lastSeen = 0;
    const seen = receivers.map(() => 0);
    receivers.forEach((receiver, r) => {
      const props = layout
        .siteMaps(receiver.doc)
        .blocks.get(heading)!
        .get("props") as Y.Map<unknown>;
      props.observe(() => {
        const k = Number(String(props.get("text")).slice("typing ".length));
        if (k > seen[r]! && sentAt[k] !== undefined) {
          seen[r] = k;
          if (k > WARMUP) latencies.push(performance.now() - sentAt[k]!);
          lastSeen = Math.min(...seen);
        }
      });
    });
    const WARMUP = 20;
    const origin = editOrigin({ kind: "user", userId: server.userId });
    for (let k = 1; k <= WARMUP + edits; k++) {
      sentAt[k] = performance.now();
      updateProps(editor.doc, heading, { text: `typing ${k}` }, origin);
      await sleep(25);
    }
    await until(() => lastSeen === WARMUP + edits, 30_000, "the last edit everywhere");
    latencies.sort((a, b) => a - b);
    return {
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      samples: latencies.length,
    };
  } finally {
    all.forEach(close);
    await sleep(300);
  }
}

async function memory(blocks: number, count: number) {
  const child = spawn(
    process.execPath,
    ["--expose-gc", "--import", "tsx", SERVER, "memory", String(blocks), String(count)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await once(lines, "line")) as [string];
  await once(child, "exit");
  return JSON.parse(line) as {
    heapPerDoc: number;
    externalPerDoc: number;
    rssPerDoc: number;
    stateBytes: number;
  };
}

async function loadTimes(server: Served): Promise<{ total: number[]; apply: number[] }> {
  const total: number[] = [];
  const apply: number[] = [];
  // The first site warms both processes up (JIT, caches) and is not counted.
  for (const [i, siteId] of server.loadSites.entries()) {
    const started = performance.now();
    const client = connect(server, siteId);
    // How much of it is this client applying the state (Yjs), as opposed to the server and network.
    let applying = 0;
    let since = 0;
    client.doc.on("beforeTransaction", () => (since = performance.now()));
    client.doc.on("afterTransaction", () => (applying += performance.now() - since));
    await until(() => client.provider.isSynced, 30_000, "a 2,000-block site to sync");
    if (i > 0) {
      total.push(performance.now() - started);
      apply.push(applying);
    }
    close(client);
  }
  return { total: total.sort((a, b) => a - b), apply: apply.sort((a, b) => a - b) };
}

async function throughput(server: Server, clientsPerSite: number, seconds: number) {
  const clients = server.throughputSites.flatMap((siteId) =>
    Array.from({ length: clientsPerSite }, () => connect(server, siteId)),
  );
  try {
    await until(
      () => clients.every((c) => c.provider.isSynced),
      30_000,
      "throughput clients to sync",
    );
    const before = await server.metrics();
    const origin = editOrigin({ kind: "user", userId: server.userId });
    let acknowledged = 0;
    let running = true;
    const loops = clients.map(async (client, i) => {
      const heading = headingOf(client.doc);
      let k = 0;
      while (running) {
        const stored = new Promise<void>((resolve) => {
          const onChange = ({ number }: { number: number }) => {
            if (number > 0) return;
            client.provider.off("unsyncedChanges", onChange);
            resolve();
          };
          client.provider.on("unsyncedChanges", onChange);
        });
        updateProps(client.doc, heading, { text: `client ${i} edit ${++k}` }, origin);
        await stored;
        if (running) acknowledged++;
      }
    });
    const started = performance.now();
    await sleep(seconds * 1000);
    running = false;
    const elapsed = (performance.now() - started) / 1000;
    await Promise.all(loops);
    const after = await server.metrics();
    const writes = (after.logWrites as number) - (before.logWrites as number);
    return {
      updatesPerSecond: acknowledged / elapsed,
      writesPerSecond: writes / elapsed,
      persistMs: after.persistMs as { p50: number; p99: number },
      clients: clients.length,
    };
  } finally {
    clients.forEach(close);
    await sleep(300);
  }
}

/** The trace the replay types: 10,000 keystrokes, a 1 MB paste in 500 pieces, 5,000 offline. */
const TRACE = {
  seed: 2026,
  typing: 10_000,
  pasteChars: 1_000_000,
  pastePieces: 500,
  offline: 5_000,
} as const;

type Replayed = { updates: number; ms: number; cpuMs: number };
type TraceReplay = { online: Replayed; offline: Replayed; closes: number };

/**
 * Replays `trace` through a real provider on `documentName` as fast as it sends (a macrotask every
 * 100 edits, as a browser's event loop would allow): the typing and the paste online, then the
 * offline part while disconnected, caught up on reconnecting; each part is done when every edit
 * is acknowledged and a collaborator has it. On a bare server the writer first creates the trace's
 * site itself.
 */
async function replayTrace(
  server: { wsUrl: string; cookie?: string; metrics(): Promise<Record<string, unknown>> },
  documentName: string,
  trace: EditingTrace,
): Promise<TraceReplay> {
  const socketOf = () =>
    new HocuspocusProviderWebsocket({
      url: server.wsUrl,
      WebSocketPolyfill: server.cookie ? cookieSocket(server.cookie) : WebSocket,
      delay: 100,
      minDelay: 50,
      maxDelay: 400,
      factor: 1.5,
      jitter: false,
      messageReconnectTimeout: 120_000,
    });
  const doc = new Y.Doc();
  let closes = 0;
  const socket = socketOf();
  socket.on("close", () => (closes += 1));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
  });
  provider.attach();
  // A collaborator watches throughout (it also keeps the document open on the bare server, which
  // would drop it while the writer is offline).
  const watched = new Y.Doc();
  const watcherSocket = socketOf();
  const watcher = new HocuspocusProvider({
    websocketProvider: watcherSocket,
    name: documentName,
    document: watched,
  });
  watcher.attach();
  // Acknowledged, and relayed to the collaborator. (On reconnecting, the provider starts its count
  // of unacknowledged edits again: alone it would read zero before the offline edits are in.)
  const sameState = () =>
    Buffer.compare(Y.encodeStateVector(watched), Y.encodeStateVector(doc)) === 0 &&
    Y.equalSnapshots(Y.snapshot(watched), Y.snapshot(doc));
  const acknowledged = () =>
    until(
      () => provider.isSynced && !provider.hasUnsyncedChanges && sameState(),
      600_000,
      "every edit acknowledged and relayed",
    );
  const cpu = async () => (await server.metrics()).cpuMs as number;
  const timed = async (updates: number, run: () => Promise<void>): Promise<Replayed> => {
    const [cpuBefore, started] = [await cpu(), performance.now()];
    await run();
    const ms = performance.now() - started;
    return { updates, ms, cpuMs: (await cpu()) - cpuBefore };
  };
  try {
    await until(() => provider.isSynced && watcher.isSynced, 60_000, "the clients to sync");
    if (!server.cookie) {
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(createSiteYDoc(traceSite(trace.start))));
      await acknowledged();
    }
    const target = traceTarget(traceContent(doc));
    const origin = editOrigin({ kind: "user", userId: "bench" });
    const replay = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        applyTraceEdit(target, trace.edits[i]!, origin);
        if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const offline = trace.segments.find((segment) => segment.kind === "offline")!;
    const before = await timed(offline.from, async () => {
      await replay(0, offline.from);
      await acknowledged();
    });
    const closedBefore = closes;
    socket.disconnect();
    await until(() => closes > closedBefore, 30_000, "the writer to go offline");
    await replay(offline.from, offline.to);
    const caughtUp = await timed(offline.to - offline.from, async () => {
      void socket.connect();
      await acknowledged();
    });
    const after = await timed(trace.edits.length - offline.to, async () => {
      await replay(offline.to, trace.edits.length);
      await acknowledged();
    });
    if (traceText(traceContent(watched)) !== trace.result) {
      throw new Error("collab bench: the collaborator did not get the whole trace");
    }
    return {
      online: {
        updates: before.updates + after.updates,
        ms: before.ms + after.ms,
        cpuMs: before.cpuMs + after.cpuMs,
      },
      offline: caughtUp,
      // Our own disconnection aside.
      closes: closes - 1,
    };
  } finally {
    provider.destroy();
    socket.destroy();
    watcher.destroy();
    watcherSocket.destroy();
  }
}

function replayRow(what: string, ours: Replayed, bare: Replayed, closes: number): string {
  const rate = (r: Replayed) => r.updates / (r.ms / 1000);
  const cpu = (r: Replayed) => r.cpuMs / r.updates;
  return (
    `| ${what} | ${rate(ours).toFixed(0)} updates/s acknowledged, ${closes} connections closed; ` +
    `server CPU ${cpu(ours).toFixed(2)} ms per update. Bare Hocuspocus: ${rate(bare).toFixed(0)} ` +
    `updates/s, ${cpu(bare).toFixed(2)} ms per update. Ratio ${(rate(ours) / rate(bare)).toFixed(2)} ` +
    `(CPU ${(cpu(bare) / cpu(ours)).toFixed(2)}) | no connection closed |`
  );
}

export async function collabBenchmark(): Promise<string> {
  const rows: string[] = [];
  const loadBefore = loadavg()[0]!;
  const kinds: ("pglite" | "postgres")[] = process.env.DATABASE_URL
    ? ["pglite", "postgres"]
    : ["pglite"];
  const trace = editingTrace(TRACE);
  for (const kind of kinds) {
    const server = await startServer(kind);
    try {
      for (const clients of [10, 50, 100]) {
        const result = await propagation(server, clients);
        const target = clients === 50 ? "p99 < 50 ms" : "—";
        rows.push(
          `| propagation, one editor to ${clients - 1} others (${kind}) | p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms (${result.samples} deliveries) | ${target} |`,
        );
      }
      const loads = await loadTimes(server);
      rows.push(
        `| load a 2,000-block site from the store to a synced client (${kind}) | median ${ms(percentile(loads.total, 0.5))} ms, worst ${ms(loads.total[loads.total.length - 1]!)} ms (${loads.total.length} cold loads); of which the client applying the state: median ${ms(percentile(loads.apply, 0.5))} ms | < 200 ms |`,
      );
      const result = await throughput(server, 5, 8);
      rows.push(
        `| updates stored per second, one process (${kind}, ${result.clients} clients on 10 sites) | ${result.updatesPerSecond.toFixed(0)} /s acknowledged, ${result.writesPerSecond.toFixed(0)} log writes/s, append p50 ${result.persistMs.p50} ms, p99 ${result.persistMs.p99} ms | — |`,
      );
      const bareServer = await startBare();
      let bare: TraceReplay;
      try {
        bare = await replayTrace(bareServer, "bare-trace", trace);
      } finally {
        await stopServer(bareServer);
      }
      const ours = await replayTrace(server, siteDocumentName(server.traceSites[0]!), trace);
      rows.push(
        replayRow(
          `trace replayed as fast as the provider sends: ${ours.online.updates.toLocaleString("en")} updates, keystrokes and a 1 MB paste in 500 pieces (${kind})`,
          ours.online,
          bare.online,
          ours.closes,
        ),
        replayRow(
          `trace replayed: ${ours.offline.updates.toLocaleString("en")} edits made offline, from reconnecting to all acknowledged (${kind})`,
          ours.offline,
          bare.offline,
          ours.closes,
        ),
      );
    } finally {
      await stopServer(server);
    }
  }
  for (const [blocks, count] of [
    [200, 20],
    [2_000, 4],
  ] as const) {
    const m = await memory(blocks, count);
    const perDoc = m.heapPerDoc + Math.max(0, m.externalPerDoc);
    const extra =
      blocks === 200
        ? `; about ${Math.floor(2 ** 30 / perDoc)} such documents in 1 GiB of heap`
        : "";
    rows.push(
      `| memory per open ${blocks.toLocaleString("en")}-block document | ${(perDoc / 2 ** 20).toFixed(1)} MiB heap (Yjs state ${(m.stateBytes / 1024).toFixed(0)} KiB; RSS grew ${(m.rssPerDoc / 2 ** 20).toFixed(1)} MiB per document)${extra} | — |`,
    );
  }
  const conditions =
    `Server in its own process, clients in the benchmark's process, loopback; ${cpus().length} cores ` +
    `shared with other work (load average ${loadBefore.toFixed(1)} at the start, ` +
    `${loadavg()[0]!.toFixed(1)} at the end). Propagation includes the Guard's check and the ` +
    `relay (the append to the store runs alongside; only the author's acknowledgement waits ` +
    `for it); its tail also holds the receivers' own queueing ` +
    `(all in one event loop). Load time runs from creating the provider to its \`synced\` event.`;
  return [conditions, "", "| measure | result | target |", "| --- | --- | --- |", ...rows].join(
    "\n",
  );
}
