import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { editOrigin, insertBlock, layout } from "../../collab/doc/index.ts";
import { testBlock } from "../../collab/server/testkit.ts";
import { startRedisServer, type RedisServer } from "../helpers/redis.ts";
import {
  connect,
  siteWith,
  startCollabApp,
  waitFor,
  type Client,
  type CollabApp,
} from "./helpers.ts";

/**
 * The real app with REDIS_URL pointing at a Redis of the test's own (port 6393), killed and
 * started again: what an operator sees (/readyz, the collab metrics) and what an editor sees
 * (edits taken and stored, documents opening) while it is away. The long outage under two
 * processes is tests/collab/redis-outage.test.ts.
 */
const REDIS_PORT = 6393;
let redis: RedisServer;
let t: CollabApp;
const clients: Client[] = [];

beforeAll(async () => {
  redis = await startRedisServer(REDIS_PORT);
  t = await startCollabApp({ env: { REDIS_URL: redis.url } });
});

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await t?.close();
  await redis?.kill();
});

const headings = (doc: Y.Doc) =>
  [...layout.siteMaps(doc).blocks.values()]
    .filter((entry) => entry.get("type") === "heading")
    .map((entry) => (entry.get("props") as Y.Map<unknown>).get("text") as string);

async function readiness() {
  const response = await t.app.inject({ url: "/readyz" });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
}

describe("the collab relay through a Redis outage", () => {
  it("reports it in /readyz and the metrics, keeps serving editors, and reports the resync once Redis is back", async () => {
    const metrics = () => t.deps.collab.server.metricsSnapshot();
    const { siteId, owner } = await siteWith(t.app, t.deps);
    const editor = connect(t.wsUrl, siteId, { cookie: owner.cookie });
    clients.push(editor);
    await editor.synced();
    await waitFor(() => metrics().relay === "up", { what: "the relay to be up" });
    expect(await readiness()).toEqual({ status: 200, body: { status: "ok", relay: "up" } });
    expect(metrics()).toMatchObject({ relayOutages: 0, relayLastResync: null });

    await redis.kill();
    await waitFor(() => metrics().relay === "degraded", { what: "the relay to be degraded" });
    expect(await readiness()).toEqual({ status: 200, body: { status: "ok", relay: "degraded" } });

    // Editing goes on: the edit is stored and acknowledged; the others would get it later.
    const pageId = [...layout.siteMaps(editor.doc).pages.keys()][0]!;
    insertBlock(
      editor.doc,
      testBlock("heading", { text: "typed while Redis is away" }),
      { pageId },
      editOrigin({ kind: "user", userId: owner.user.id }),
    );
    await editor.acknowledged();
    expect(metrics().relayPublishFailures).toBeGreaterThan(0);

    // A document opened meanwhile does not wait for Redis.
    const other = await siteWith(t.app, t.deps);
    const late = connect(t.wsUrl, other.siteId, { cookie: other.owner.cookie });
    clients.push(late);
    // Redis only returns below: a document waiting for it would never sync.
    await waitFor(() => late.provider.isSynced, {
      what: "a document opened during the outage to sync",
    });

    await redis.start();
    await waitFor(() => metrics().relay === "up", { what: "the relay to be up again" });
    expect(await readiness()).toEqual({ status: 200, body: { status: "ok", relay: "up" } });
    const { relayOutages, relayLastResync } = metrics();
    expect(relayOutages).toBe(1);
    expect(relayLastResync).toMatchObject({ documents: 2 });
    expect(relayLastResync!.ms).toBeGreaterThanOrEqual(0);
    expect(headings(editor.doc)).toContain("typed while Redis is away");
  }, 360_000);
});
