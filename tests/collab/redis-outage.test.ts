import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { editOrigin, insertBlock, layout } from "../../collab/doc/index.ts";
import { testBlock } from "../../collab/server/testkit.ts";
import { startPegasus, type PegasusProcess } from "../helpers/process.ts";
import { startRedisServer, type RedisServer } from "../helpers/redis.ts";
import { connect, processApi, sleep, waitFor, type Client } from "./helpers.ts";

/**
 * Two `pegasus start` processes share documents through a Redis of the test's own, which is killed
 * for longer than ioredis' default retry budget (20 retries, about 11 s) while people type on both
 * processes, then started again on the same port. No process exits; each keeps serving and storing
 * its own editors; /readyz stays 200 and says the relay is degraded; once Redis is back the
 * processes resync, so a new client on either sees every edit made on both during the outage,
 * with no further edit needed to trigger it; access taken away meanwhile takes effect everywhere.
 * Needs DATABASE_URL (the processes share a PostgreSQL database) and `redis-server` on the PATH.
 */
const DATABASE_URL = process.env.DATABASE_URL;
const REDIS_PORT = 6391;
const OUTAGE_MS = 20_000;

const headings = (doc: Y.Doc) =>
  [...layout.siteMaps(doc).blocks.values()]
    .filter((entry) => entry.get("type") === "heading")
    .map((entry) => (entry.get("props") as Y.Map<unknown>).get("text") as string)
    .sort();

type Readiness = { status: number; body: { status?: string; relay?: string } };

async function readiness(p: PegasusProcess): Promise<Readiness> {
  const response = await fetch(`${p.url}/readyz`, { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, body: (await response.json()) as Readiness["body"] };
}

describe.skipIf(!DATABASE_URL)(
  "a Redis outage under two processes (skipped: DATABASE_URL is not set)",
  () => {
    const processes: PegasusProcess[] = [];
    const clients: Client[] = [];
    const dirs: string[] = [];
    let redis: RedisServer | undefined;
    let database = "";
    afterAll(async () => {
      clients.forEach((c) => c.destroy());
      await Promise.all(processes.map((p) => p.stop("SIGKILL")));
      await redis?.kill();
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
      if (database) {
        const admin = new pg.Client({ connectionString: DATABASE_URL });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await admin.end();
      }
    });

    it("is survived: no process exits, both keep serving, /readyz reports the degraded relay, and after Redis returns new clients on both see every edit", async () => {
      redis = await startRedisServer(REDIS_PORT);
      database = `pegasus_outage_${randomBytes(4).toString("hex")}`;
      const admin = new pg.Client({ connectionString: DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${database}"`);
      await admin.end();
      const url = new URL(DATABASE_URL!);
      url.pathname = `/${database}`;

      for (let i = 0; i < 2; i++) {
        const dir = await mkdtemp(path.join(tmpdir(), "pegasus-outage-"));
        dirs.push(dir);
        processes.push(
          await startPegasus({
            DATA_DIR: dir,
            DATABASE_URL: url.toString(),
            REDIS_URL: redis.url,
            SESSION_SECRET: "the outage test's secret, shared by both processes",
            // No compaction during the test: it catches a document up with the store too, which
            // would hide a missing resync.
            COLLAB_COMPACT_AFTER_SECONDS: "3600",
            COLLAB_COMPACT_EVERY_SECONDS: "3600",
          }),
        );
      }
      const exits: string[] = [];
      processes.forEach((p, i) =>
        p.child.on("exit", (code, signal) =>
          exits.push(`process ${i + 1} exited (${code ?? signal}):\n${p.output().slice(-3_000)}`),
        ),
      );
      const [one, two] = processes as [PegasusProcess, PegasusProcess];
      for (const p of processes) expect((await readiness(p)).body.relay).toBe("up");

      const api = processApi(one.url, one.dataDir);
      const owner = await api.register("Owner");
      const editor = await api.register("Editor");
      // Two shops. On the first, a person on each process types through the outage. On the
      // second, the person on process two types, then leaves, and process two unloads its copy,
      // while the person on process one keeps it open. When Redis returns, only the store has the
      // edits of the one who left. (Nobody edits that shop on process one meanwhile: process two
      // would then find news in the store when it compacts, and keep its copy a while longer.)
      const ws = (p: PegasusProcess) => `${p.url.replace("http:", "ws:")}/collab`;
      type Shop = { siteId: string; pageId: string; typists: Client[]; typed: string[] };
      const shops: Shop[] = [];
      for (let i = 0; i < 2; i++) {
        const { data } = await api.trpc(
          "sites.create",
          { name: `Outage ${i + 1}`, slug: `outage-${i + 1}-${Date.now()}` },
          owner.cookie,
        );
        const siteId = data.site.id as string;
        await api.invite(siteId, owner, editor, "editor");
        const typists = [
          connect(ws(one), siteId, { cookie: owner.cookie }),
          connect(ws(two), siteId, { cookie: editor.cookie }),
        ];
        clients.push(...typists);
        await Promise.all(typists.map((c) => c.synced()));
        const pageId = [...layout.siteMaps(typists[0]!.doc).pages.keys()][0]!;
        shops.push({ siteId, pageId, typists, typed: [] });
      }
      const people = [owner, editor];
      const type = (shop: Shop, who: number, text: string) => {
        insertBlock(
          shop.typists[who]!.doc,
          testBlock("heading", { text }),
          { pageId: shop.pageId },
          editOrigin({ kind: "user", userId: people[who]!.userId }),
        );
        shop.typed.push(text);
      };

      // The relay works before the outage.
      for (const shop of shops) {
        type(shop, 0, "a0");
        type(shop, 1, "b0");
        const [a, b] = shop.typists as [Client, Client];
        await waitFor(() => headings(a.doc).includes("b0") && headings(b.doc).includes("a0"), {
          what: "edits to cross before the outage",
        });
      }

      await redis.kill();
      const outageStarted = Date.now();
      const seen: Readiness[] = [];
      const [both, leaving] = shops as [Shop, Shop];
      let n = 0;
      while (Date.now() - outageStarted < OUTAGE_MS) {
        n += 1;
        type(both, 0, `a${n}`);
        type(both, 1, `b${n}`);
        if (Date.now() - outageStarted < OUTAGE_MS / 2) {
          type(leaving, 1, `b${n}`);
        } else if (leaving.typists.length === 2) {
          const gone = leaving.typists.pop()!;
          await gone.acknowledged();
          gone.destroy();
        }
        if (n % 5 === 0) {
          for (const p of processes)
            if (p.child.exitCode === null)
              seen.push(await readiness(p).catch(() => ({ status: 0, body: {} })));
        }
        await sleep(200);
      }
      expect(exits).toEqual([]);
      // Each process kept serving and storing its own editors' edits.
      await Promise.all(shops.flatMap((shop) => shop.typists.map((c) => c.acknowledged())));
      const during = [await readiness(one), await readiness(two)];
      expect(during.map((r) => r.status)).toEqual([200, 200]);
      expect(during.map((r) => r.body.relay)).toEqual(["degraded", "degraded"]);
      expect(seen.every((r) => r.status === 200)).toBe(true);
      // Access taken away during the outage: answered at once; the announcement cannot reach
      // process two, which cuts the person off once Redis is back (it re-checks every connection).
      const removing = Date.now();
      await api.trpc(
        "members.remove",
        { siteId: both.siteId, userId: editor.userId },
        owner.cookie,
      );
      expect(Date.now() - removing).toBeLessThan(5_000);
      const removed = both.typists.pop()!;
      const outageMs = Date.now() - outageStarted;

      await redis.start();
      const restarted = Date.now();
      await waitFor(
        async () =>
          (await Promise.all(processes.map(readiness))).every((r) => r.body.relay === "up"),
        { what: "both processes to report the relay up again" },
      );
      const relayUpMs = Date.now() - restarted;
      await waitFor(() => removed.closes.some((close) => close.code === 4403), {
        what: "the removed editor to be cut off on process two once Redis is back",
      });

      // A new client on each process sees every edit made on both, with no edit since; so do the
      // people still connected. Process one is checked before anyone opens the second shop on
      // process two again (opening it there would exchange states and hide a missing resync).
      for (const [i, p] of [one, two].entries()) {
        for (const [s, shop] of shops.entries()) {
          const fresh = connect(ws(p), shop.siteId, { cookie: owner.cookie });
          clients.push(fresh);
          await fresh.synced();
          const expected = [...shop.typed].sort();
          for (const client of [fresh, ...shop.typists.filter((_, who) => who === i)]) {
            await waitFor(() => headings(client.doc).length >= expected.length).catch(() => {
              const missing = expected.filter((text) => !headings(client.doc).includes(text));
              throw new Error(
                `shop ${s + 1}: a client of process ${i + 1} misses ${missing.join(" ")} after ` +
                  `the outage; the process said:\n${p.output().slice(-2_000)}`,
              );
            });
            expect(headings(client.doc)).toEqual(expected);
          }
        }
      }
      const everywhereMs = Date.now() - restarted;
      expect(exits).toEqual([]);
      console.info(
        `redis outage: ${outageMs} ms, ${shops[0]!.typed.length + shops[1]!.typed.length} edits; relay up on both ${relayUpMs} ms after ` +
          `Redis returned, every edit on new clients after ${everywhereMs} ms`,
      );
      // Two process starts, the outage and the resync, each up to a wait's ceiling when loaded.
    }, 600_000);
  },
);
