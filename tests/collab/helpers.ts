/**
 * Support for the collab tests: the real app listening on loopback (same composition as `npm
 * start`, collab knobs settable), real HocuspocusProviders over `ws` with a session cookie or a
 * token, and a raw protocol client that can send what no provider would.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import type { FastifyInstance } from "fastify";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import pino from "pino";
import WebSocket from "ws";
import * as Y from "yjs";
import { siteDocumentName } from "../../collab/presence.ts";
import { buildApp } from "../../server/app.ts";
import type { CollabOptions } from "../../server/collab/service.ts";
import { compose } from "../../server/compose.ts";
import { loadConfig } from "../../server/config.ts";
import type { AppDeps } from "../../server/deps.ts";
import { call, registerUser } from "../helpers/app.ts";
import { createTestDatabase, type TestDatabaseKind } from "../helpers/database.ts";
import { WAIT_CEILING_MS } from "../helpers/waits.ts";

export type LogLine = { level: number; msg: string; [key: string]: unknown };

export type CollabApp = {
  app: FastifyInstance;
  deps: AppDeps;
  /** ws://127.0.0.1:<port>/collab */
  wsUrl: string;
  logs: LogLine[];
  close(): Promise<void>;
};

/** The real app on a fresh database, listening on a free loopback port. */
export async function startCollabApp(
  options: { kind?: TestDatabaseKind; collab?: CollabOptions; env?: Record<string, string> } = {},
): Promise<CollabApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "pegasus-collab-"));
  const config = loadConfig({ DATA_DIR: dataDir, NODE_ENV: "test", ...options.env });
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n"))
        if (line) logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const database = await createTestDatabase(options.kind ?? "pglite");
  const composition = await compose(
    { ...config, databaseUrl: undefined, mongodbUrl: undefined },
    { database, log: pino({ level: "debug" }, sink), collab: options.collab },
  );
  const app = await buildApp(composition.deps, { serveEditor: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as { port: number };
  return {
    app,
    deps: composition.deps,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    logs,
    async close() {
      await app.close();
      await composition.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type Role = "owner" | "admin" | "editor" | "viewer";
export type Person = { cookie: string; user: { id: string; email: string }; name: string };

/** A site created through the API by its owner, with one more member per role asked for. */
export async function siteWith(
  app: FastifyInstance,
  deps: AppDeps,
  roles: Role[] = [],
): Promise<{ siteId: string; owner: Person; members: Person[] }> {
  const owner = await person(app, "Olivia Owner");
  const slug = `shop-${Math.random().toString(36).slice(2, 10)}`;
  const created = await call(
    app,
    "mutation",
    "sites.create",
    { name: "Shop", slug },
    { cookie: owner.cookie },
  );
  if (created.status !== 200) throw new Error(`sites.create: ${JSON.stringify(created.error)}`);
  const siteId = created.data.site.id as string;
  const members: Person[] = [];
  for (const [i, role] of roles.entries()) {
    const member = await person(app, `${role[0]!.toUpperCase()}${role.slice(1)} ${i + 1}`);
    await deps.db.prisma.siteMember.create({ data: { siteId, userId: member.user.id, role } });
    members.push(member);
  }
  return { siteId, owner, members };
}

export async function person(app: FastifyInstance, name: string): Promise<Person> {
  const registered = await registerUser(app, { name });
  return { cookie: registered.cookie, user: registered.user, name };
}

/** A WebSocket class for the provider that sends `headers` (the session cookie) on the upgrade. */
export function webSocketWith(headers: Record<string, string>) {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };
}

export type Client = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Close events the socket saw (code, reason). */
  closes: { code: number; reason: string }[];
  stateless: string[];
  authFailures: string[];
  synced(): Promise<void>;
  /** Resolves once every local change was acknowledged by the server. */
  acknowledged(): Promise<void>;
  destroy(): void;
};

/** A real HocuspocusProvider on the site's document, authenticated by cookie or token. */
export function connect(
  wsUrl: string,
  siteId: string,
  auth: { cookie?: string; token?: string | (() => Promise<string>) },
  doc = new Y.Doc(),
): Client {
  const closes: Client["closes"] = [];
  const stateless: string[] = [];
  const authFailures: string[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl,
    WebSocketPolyfill: webSocketWith(auth.cookie ? { cookie: auth.cookie } : {}),
    delay: 100,
    minDelay: 50,
    maxDelay: 400,
    factor: 1.5,
    jitter: false,
    messageReconnectTimeout: 30_000,
  });
  socket.on("close", ({ event }: { event: { code: number; reason: string } }) =>
    closes.push({ code: event.code, reason: String(event.reason) }),
  );
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: siteDocumentName(siteId),
    document: doc,
    token: auth.token ?? null,
    onStateless: ({ payload }) => stateless.push(payload),
    onAuthenticationFailed: ({ reason }) => authFailures.push(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    closes,
    stateless,
    authFailures,
    synced: () => waitFor(() => provider.isSynced, { what: "the provider to sync" }),
    acknowledged: () =>
      waitFor(() => provider.isSynced && !provider.hasUnsyncedChanges, {
        what: "the server to acknowledge",
      }),
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  options: { timeout?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeout ?? WAIT_CEILING_MS);
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${options.what ?? "a condition"}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------
// A raw protocol client: what a hostile or broken client could send.

export type RawMessage = { document: string; type: number; bytes: Uint8Array };

export type RawClient = {
  ws: WebSocket;
  received: RawMessage[];
  closed: Promise<{ code: number; reason: string }>;
  isOpen(): boolean;
  send(bytes: Uint8Array): void;
  /** Sends the auth message and waits for the answer: "authenticated:<scope>" or "denied:<reason>". */
  auth(document: string, token?: string): Promise<string>;
  syncStep1(document: string, doc: Y.Doc): void;
  update(document: string, update: Uint8Array): void;
  awareness(document: string, update: Uint8Array): void;
  close(): void;
};

export function message(document: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export async function rawClient(
  wsUrl: string,
  headers: Record<string, string> = {},
): Promise<RawClient> {
  const ws = new WebSocket(wsUrl, { headers });
  const received: RawMessage[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  ws.on("message", (data: Buffer) => {
    const bytes = new Uint8Array(data);
    const decoder = decoding.createDecoder(bytes);
    received.push({
      document: decoding.readVarString(decoder),
      type: decoding.readVarUint(decoder),
      bytes,
    });
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const client: RawClient = {
    ws,
    received,
    closed,
    isOpen: () => ws.readyState === WebSocket.OPEN,
    send: (bytes) => ws.send(bytes),
    async auth(document, token = "") {
      const before = received.length;
      ws.send(
        message(document, (e) => {
          encoding.writeVarUint(e, 2);
          encoding.writeVarUint(e, 0);
          encoding.writeVarString(e, token);
        }),
      );
      let answer = "";
      await waitFor(
        () => {
          for (const m of received.slice(before)) {
            if (m.document !== document || m.type !== 2) continue;
            const d = decoding.createDecoder(m.bytes);
            decoding.readVarString(d);
            decoding.readVarUint(d);
            const kind = decoding.readVarUint(d);
            answer = `${kind === 2 ? "authenticated" : "denied"}:${decoding.readVarString(d)}`;
            return true;
          }
          return ws.readyState !== WebSocket.OPEN;
        },
        { what: "an answer to authentication" },
      );
      return answer || "closed";
    },
    syncStep1(document, doc) {
      ws.send(
        message(document, (e) => {
          encoding.writeVarUint(e, 0);
          encoding.writeVarUint(e, 0);
          encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
        }),
      );
    },
    update(document, update) {
      ws.send(
        message(document, (e) => {
          encoding.writeVarUint(e, 0);
          encoding.writeVarUint(e, 2);
          encoding.writeVarUint8Array(e, update);
        }),
      );
    },
    awareness(document, update) {
      ws.send(
        message(document, (e) => {
          encoding.writeVarUint(e, 1);
          encoding.writeVarUint8Array(e, update);
        }),
      );
    },
    close: () => ws.close(),
  };
  return client;
}

/** The update a change to a replica of `source` makes (the replica starts as a copy of it). */
export function changeOf(source: Y.Doc, change: (replica: Y.Doc) => void): Uint8Array {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(source));
  const updates: Uint8Array[] = [];
  replica.on("update", (update: Uint8Array) => updates.push(update));
  change(replica);
  return Y.mergeUpdates(updates);
}

/** The site's state as the store holds it: compacted state plus logged updates. */
export async function storedState(deps: AppDeps, siteId: string): Promise<Y.Doc> {
  const log = await deps.siteStore.loadUpdates(siteId);
  const doc = new Y.Doc();
  if (log.state) Y.applyUpdate(doc, log.state);
  for (const update of log.updates) Y.applyUpdate(doc, update);
  return doc;
}

// ---------------------------------------------------------------------------------------------------
// The API of a `pegasus start` process, over HTTP.

export type ProcessPerson = { email: string; cookie: string; userId: string };

export function processApi(base: string, dataDir: string) {
  async function trpc(procedure: string, input: unknown, cookie?: string) {
    const response = await fetch(`${base}/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as {
      result?: { data: Record<string, unknown> };
      error?: unknown;
    };
    if (!response.ok)
      throw new Error(`${procedure}: ${response.status} ${JSON.stringify(body.error)}`);
    const setCookie = response.headers.get("set-cookie");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read responses loosely
    return { data: body.result!.data as Record<string, any>, cookie: setCookie?.split(";")[0] };
  }
  async function register(name: string): Promise<ProcessPerson> {
    const email = `${name.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
    const { data, cookie } = await trpc("auth.register", {
      email,
      password: "correct horse battery staple",
      name,
    });
    return { email, cookie: cookie!, userId: data.user.id as string };
  }
  /** Invites `member` and accepts with the link from the outbox under DATA_DIR. */
  async function invite(siteId: string, by: ProcessPerson, member: ProcessPerson, role: Role) {
    await trpc("members.invite", { siteId, email: member.email, role }, by.cookie);
    const outbox = path.join(dataDir, "outbox");
    for (const file of (await readdir(outbox)).sort().reverse()) {
      const mail = JSON.parse(await readFile(path.join(outbox, file), "utf8")) as {
        to: string;
        text: string;
      };
      if (mail.to !== member.email) continue;
      const token = /token=([^\s&]+)/.exec(mail.text)![1]!;
      await trpc("members.acceptInvitation", { token }, member.cookie);
      return;
    }
    throw new Error(`no invitation mailed to ${member.email}`);
  }
  return { trpc, register, invite };
}
