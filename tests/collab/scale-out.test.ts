import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createUndoManager, editOrigin, insertBlock, layout } from "../../collab/doc/index.ts";
import { applyNotice, parseNotice } from "../../collab/notices.ts";
import type { PresenceState } from "../../collab/presence.ts";
import { testBlock } from "../../collab/server/testkit.ts";
import { startPegasus, type PegasusProcess } from "../helpers/process.ts";
import { STARTUP_WALL_CEILING_MS, WAIT_CEILING_MS } from "../helpers/waits.ts";
import { connect, processApi, waitFor, type Client } from "./helpers.ts";

/**
 * Two `pegasus start` processes on one PostgreSQL database and the real Redis serve the same
 * document: clients on either see each other's edits and presence, and access taken away through
 * one process closes connections on the other. Runs when REDIS_URL is set (CI sets it); a
 * REDIS_URL that does not answer fails the suite rather than skipping it.
 */
const REDIS_URL = process.env.REDIS_URL;
const DATABASE_URL = process.env.DATABASE_URL;

const headings = (doc: Y.Doc) =>
  [...layout.siteMaps(doc).blocks.values()]
    .filter((entry) => entry.get("type") === "heading")
    .map((entry) => (entry.get("props") as Y.Map<unknown>).get("text") as string)
    .sort();

describe.skipIf(!REDIS_URL)("scale-out over Redis (skipped: REDIS_URL is not set)", () => {
  it("reaches Redis at REDIS_URL", async () => {
    const redis = new Redis(REDIS_URL!, {
      lazyConnect: true,
      connectTimeout: 3_000,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    redis.on("error", () => {});
    try {
      await redis.connect();
      expect(await redis.ping()).toBe("PONG");
    } finally {
      redis.disconnect();
    }
  });

  describe.skipIf(!DATABASE_URL)(
    "two processes (skipped: they need DATABASE_URL to share a database)",
    () => {
      const processes: PegasusProcess[] = [];
      const clients: Client[] = [];
      const dirs: string[] = [];
      let database = "";
      afterAll(async () => {
        clients.forEach((c) => c.destroy());
        await Promise.all(processes.map((p) => p.stop("SIGTERM")));
        await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
        if (database) {
          const admin = new pg.Client({ connectionString: DATABASE_URL });
          await admin.connect();
          await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
          await admin.end();
        }
      });

      // Two processes starting on a busy machine: bounded by their work (startPegasus), not a clock.
      it(
        "serve one document: edits, presence and revocations cross from one to the other",
        async () => {
          // A database of its own, so the processes' migrations and data leave nothing behind.
          database = `pegasus_scaleout_${randomBytes(4).toString("hex")}`;
          const admin = new pg.Client({ connectionString: DATABASE_URL });
          await admin.connect();
          await admin.query(`CREATE DATABASE "${database}"`);
          await admin.end();
          const url = new URL(DATABASE_URL!);
          url.pathname = `/${database}`;

          for (let i = 0; i < 2; i++) {
            const dir = await mkdtemp(path.join(tmpdir(), "pegasus-scale-"));
            dirs.push(dir);
            processes.push(
              await startPegasus({
                DATA_DIR: dir,
                DATABASE_URL: url.toString(),
                REDIS_URL: REDIS_URL!,
                // Collab tokens made by one process must open documents on the other.
                SESSION_SECRET: "the scale-out test's secret, shared by both processes",
              }),
            );
          }
          const [one, two] = processes as [PegasusProcess, PegasusProcess];
          const api = processApi(one.url, one.dataDir);
          const owner = await api.register("Owner");
          const editor = await api.register("Editor");
          const { data } = await api.trpc(
            "sites.create",
            { name: "Scaled", slug: `scaled-${Date.now()}` },
            owner.cookie,
          );
          const siteId = data.site.id as string;
          await api.invite(siteId, owner, editor, "editor");

          const ws = (p: PegasusProcess) => `${p.url.replace("http:", "ws:")}/collab`;
          const a = connect(ws(one), siteId, { cookie: owner.cookie });
          const b = connect(ws(two), siteId, { cookie: editor.cookie });
          const c = connect(ws(two), siteId, { cookie: owner.cookie });
          clients.push(a, b, c);
          await Promise.all([a.synced(), b.synced(), c.synced()]);
          const pageId = [...layout.siteMaps(a.doc).pages.keys()][0]!;
          const people = [owner, editor, owner];
          [a, b, c].forEach((client, i) => {
            for (let n = 1; n <= 3; n++) {
              insertBlock(
                client.doc,
                testBlock("heading", { text: `${"abc"[i]}${n}` }),
                { pageId },
                editOrigin({ kind: "user", userId: people[i]!.userId }),
              );
            }
          });
          const expected = ["a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3"];
          for (const client of [a, b, c]) {
            await waitFor(() => headings(client.doc).length === expected.length, {
              what: "edits from both processes",
            });
            expect(headings(client.doc)).toEqual(expected);
          }
          expect(Y.encodeStateVector(b.doc)).toEqual(Y.encodeStateVector(a.doc));

          // Presence set on one process shows on the other, stamped by the server it came through.
          a.provider.awareness!.setLocalState({ pageId, selection: [] });
          await waitFor(() => b.provider.awareness!.getStates().has(a.doc.clientID), {
            what: "presence across processes",
          });
          expect(
            (b.provider.awareness!.getStates().get(a.doc.clientID) as PresenceState).user.id,
          ).toBe(owner.userId);

          // Removing the editor through process one closes their connection on process two.
          await api.trpc("members.remove", { siteId, userId: editor.userId }, owner.cookie);
          await waitFor(() => b.closes.some((close) => close.code === 4403), {
            what: "the editor to be cut off on the other process",
          });

          // A collab token made by one process opens the document on the other.
          const { data: made } = await api.trpc("collab.token", { siteId }, owner.cookie);
          const withToken = connect(ws(two), siteId, { token: made.token as string });
          clients.push(withToken);
          await withToken.synced();

          // A restore made through process one reaches the restorer's editor on process two first
          // as a notice: one step of their undo there, which brings back what the restore removed.
          c.provider.on("stateless", ({ payload }: { payload: string }) =>
            applyNotice(c.doc, payload, owner.userId),
          );
          const { data: saved } = await api.trpc(
            "versions.createNamed",
            { siteId, label: "Nine headings" },
            owner.cookie,
          );
          insertBlock(
            a.doc,
            testBlock("heading", { text: "after the version" }),
            { pageId },
            editOrigin({ kind: "user", userId: owner.userId }),
          );
          await waitFor(() => headings(c.doc).includes("after the version"), {
            what: "the new heading on process two",
          });
          const undoC = createUndoManager(c.doc, { kind: "user", userId: owner.userId });
          await api.trpc(
            "versions.restore",
            { siteId, versionId: saved.version.id as string },
            owner.cookie,
          );
          await waitFor(() => headings(c.doc).length === expected.length, {
            what: "the restore on process two",
          });
          expect(c.stateless.some((payload) => parseNotice(payload)?.type === "restore")).toBe(
            true,
          );
          expect(undoC.undoStack).toHaveLength(1);
          undoC.undo();
          await waitFor(() => headings(a.doc).includes("after the version"), {
            what: "the undone restore on process one",
          });
          await waitFor(() => headings(a.doc).length === expected.length + 1);
          expected.push("after the version");
          expected.sort();

          // Everything is stored once, whichever process received it.
          await Promise.all([a.acknowledged(), c.acknowledged()]);
          const reader = connect(ws(two), siteId, { cookie: owner.cookie });
          clients.push(reader);
          await reader.synced();
          expect(headings(reader.doc)).toEqual(expected);
        },
        STARTUP_WALL_CEILING_MS + WAIT_CEILING_MS,
      );
    },
  );
});
