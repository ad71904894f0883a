import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { editOrigin, insertBlock, layout } from "../../collab/doc/index.ts";
import { testBlock } from "../../collab/server/testkit.ts";
import { freePort, startPegasus, type PegasusProcess } from "../helpers/process.ts";
import { STARTUP_WALL_CEILING_MS, WAIT_CEILING_MS } from "../helpers/waits.ts";
import { connect, processApi, waitFor, type Client } from "./helpers.ts";

/**
 * The real `pegasus start` process on embedded PGlite, killed with SIGKILL mid-edit and started
 * again on the same data directory and port: every edit of every client survives.
 */
const dataDir = await mkdtemp(path.join(tmpdir(), "pegasus-crash-"));
const port = await freePort();
const env = { DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn" };
const base = `http://127.0.0.1:${port}`;
const wsUrl = `ws://127.0.0.1:${port}/collab`;
let running: PegasusProcess | undefined;
const clients: Client[] = [];

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await running?.stop("SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
});

const { trpc, register, invite } = processApi(base, dataDir);

const headings = (doc: Y.Doc) =>
  [...layout.siteMaps(doc).blocks.values()]
    .filter((entry) => entry.get("type") === "heading")
    .map((entry) => (entry.get("props") as Y.Map<unknown>).get("text") as string)
    .sort();

// Two starts, each bounded by its processor time (helpers/waits.ts), and the waits around them.
const CRASH_TEST_MS = 2 * STARTUP_WALL_CEILING_MS + 3 * WAIT_CEILING_MS;

describe("a crash of the server process", { timeout: CRASH_TEST_MS }, () => {
  it("loses no edit: three clients edit, the process is killed with -9, restarted, and everything is there", async () => {
    running = await startPegasus(env);
    const owner = await register("Owner");
    const [second, third] = [await register("Second"), await register("Third")];
    const { data } = await trpc(
      "sites.create",
      { name: "Crash shop", slug: `crash-${Date.now()}` },
      owner.cookie,
    );
    const siteId = data.site.id as string;
    for (const member of [second, third]) await invite(siteId, owner, member, "editor");
    const people = [owner, second, third];
    const editors = people.map((p) => {
      const client = connect(wsUrl, siteId, { cookie: p.cookie });
      clients.push(client);
      return client;
    });
    await Promise.all(editors.map((c) => c.synced()));
    const pageId = [...layout.siteMaps(editors[0]!.doc).pages.keys()][0]!;
    const expected: string[] = [];
    const edit = (i: number, text: string) => {
      expected.push(text);
      insertBlock(
        editors[i]!.doc,
        testBlock("heading", { text }),
        { pageId },
        editOrigin({ kind: "user", userId: people[i]!.userId }),
      );
    };

    // Acknowledged edits, one of them from a client that then goes away for good.
    for (let round = 1; round <= 3; round++)
      for (let i = 0; i < 3; i++) edit(i, `acked ${i}.${round}`);
    const leaver = connect(wsUrl, siteId, { cookie: owner.cookie });
    await leaver.synced();
    expected.push("acked by a client that left");
    insertBlock(
      leaver.doc,
      testBlock("heading", { text: "acked by a client that left" }),
      { pageId },
      editOrigin({ kind: "user", userId: owner.userId }),
    );
    await Promise.all([...editors, leaver].map((c) => c.acknowledged()));
    leaver.destroy();

    // Edits in flight when the process dies, and edits made while it is down.
    for (let i = 0; i < 3; i++) edit(i, `in flight ${i}`);
    await running.stop("SIGKILL");
    for (let i = 0; i < 3; i++) edit(i, `while down ${i}`);

    running = await startPegasus(env);
    for (const client of editors) {
      await waitFor(() => headings(client.doc).length === expected.length, {
        what: "every edit on every client",
      });
    }
    for (const client of editors) expect(headings(client.doc)).toEqual([...expected].sort());
    await Promise.all(editors.map((c) => c.acknowledged()));

    // The server has them all too: a fresh client after another hard kill sees every edit.
    editors.forEach((c) => c.destroy());
    await running.stop("SIGKILL");
    running = await startPegasus(env);
    const fresh = connect(wsUrl, siteId, { cookie: owner.cookie });
    clients.push(fresh);
    await fresh.synced();
    expect(headings(fresh.doc)).toEqual([...expected].sort());
    // Three process starts: ~15 s on an idle machine, each allowed a wait's ceiling when loaded.
  }, 600_000);
});
