import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import pino from "pino";
import { afterAll } from "vitest";
import { buildApp } from "../../server/app.ts";
import { compose, type Composition } from "../../server/compose.ts";
import { loadConfig, type Config } from "../../server/config.ts";
import type { PaymentProvider } from "../../server/commerce/payments/port.ts";
import type { Database } from "../../server/db/client.ts";
import type { AppDeps } from "../../server/deps.ts";
import type { OutboxMailer } from "../../server/mail/outbox.ts";
import { createTestDatabase, type TestDatabaseKind } from "./database.ts";

export type TestApp = {
  app: FastifyInstance;
  deps: AppDeps;
  composition: Composition;
  outbox: OutboxMailer;
  dataDir: string;
  close(): Promise<void>;
};

export type TestAppOptions = {
  kind?: TestDatabaseKind;
  env?: Record<string, string>;
  now?: () => Date;
  /** A database the test owns (left open on close), e.g. shared by two apps like a restart. */
  database?: Database;
  /** A payment provider instead of the configured one. */
  payments?: PaymentProvider;
};

/**
 * The real app (same composition root as `npm start`) on a fresh test database, driven through
 * Fastify's inject. Closed automatically after the file's tests.
 */
export async function useTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const testApp = await createTestApp(options);
  afterAll(() => testApp.close());
  return testApp;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "pegasus-test-"));
  const config: Config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
    NODE_ENV: "test",
    ...options.env,
  });
  const database = options.database
    ? { ...options.database, close: async () => {} }
    : await createTestDatabase(options.kind ?? "pglite");
  const composition = await compose(
    { ...config, databaseUrl: undefined, mongodbUrl: undefined },
    { database, log: pino({ level: "silent" }), now: options.now, payments: options.payments },
  );
  const app = await buildApp(composition.deps, { serveEditor: false });
  await app.ready();
  return {
    app,
    deps: composition.deps,
    composition,
    outbox: composition.deps.mailer as OutboxMailer,
    dataDir,
    async close() {
      await app.close();
      await composition.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type CallOptions = {
  cookie?: string;
  headers?: Record<string, string>;
  /** The client's address (throttles count per address); 127.0.0.1 when unset. */
  ip?: string;
};

export type CallResult<T = unknown> = {
  status: number;
  data: T;
  error:
    | {
        message: string;
        data: { code: string; httpStatus: number; fieldErrors?: Record<string, string[]> };
      }
    | undefined;
  cookie: string | undefined;
  response: LightMyRequestResponse;
};

/** Calls a tRPC procedure over HTTP as a browser would (GET for queries, JSON POST for mutations). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read responses loosely
export async function call<T = any>(
  app: FastifyInstance,
  kind: "query" | "mutation",
  procedure: string,
  input?: unknown,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  const response =
    kind === "query"
      ? await app.inject({
          method: "GET",
          url: `/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          headers,
          remoteAddress: options.ip,
        })
      : await app.inject({
          method: "POST",
          url: `/trpc/${procedure}`,
          headers: { "content-type": "application/json", ...headers },
          payload: input === undefined ? "" : JSON.stringify(input),
          remoteAddress: options.ip,
        });
  const body = response.json() as { result?: { data: T }; error?: CallResult["error"] };
  const setCookie = response.cookies.find((c) => c.name === "pegasus_session");
  return {
    status: response.statusCode,
    data: body.result?.data as T,
    error: body.error,
    cookie: setCookie && setCookie.value ? `pegasus_session=${setCookie.value}` : undefined,
    response,
  };
}

let counter = 0;
/** Registers a fresh user and returns its session cookie. */
export async function registerUser(
  app: FastifyInstance,
  overrides: { email?: string; name?: string; password?: string } = {},
) {
  counter += 1;
  const email = overrides.email ?? `merchant${counter}-${Date.now()}@example.com`;
  const password = overrides.password ?? "correct horse battery staple";
  const result = await call(app, "mutation", "auth.register", {
    email,
    password,
    name: overrides.name ?? `Merchant ${counter}`,
  });
  if (result.status !== 200 || !result.cookie) {
    throw new Error(`register failed: ${result.status} ${JSON.stringify(result.error)}`);
  }
  return {
    email,
    password,
    cookie: result.cookie,
    user: result.data.user as { id: string; email: string },
  };
}
