import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  SiteStoreConflictError,
  SiteStoreInvalidInputError,
  SiteStoreNotFoundError,
  SiteStoreStaleVersionError,
} from "./errors.ts";
import type { SiteDocJson, SiteStore, SiteUpdateLog, UpdateLogCheckpoint } from "./port.ts";

/** A store to test and how to dispose of it (and of the database behind it). */
export type SiteStoreHarness = { store: SiteStore; teardown?: () => Promise<void> };

/**
 * The behaviour every SiteStore adapter must show. `open` runs once per suite; each test works on
 * site ids of its own, so the tests do not depend on each other or on their order.
 */
export function siteStoreContract(name: string, open: () => Promise<SiteStoreHarness>): void {
  describe(name, () => {
    let harness: SiteStoreHarness | undefined;
    let store: SiteStore;
    beforeAll(async () => {
      harness = await open();
      store = harness.store;
    });
    afterAll(async () => {
      await harness?.teardown?.();
    });

    describe("documents", () => {
      it("creates a document at version 1 and reads it back as written", async () => {
        const siteId = newSiteId();
        const doc = sampleDoc("Bloom & Co");
        const created = await store.create({ siteId, doc });
        expect(created).toMatchObject({ siteId, version: 1, doc, yState: null });
        expect(created.createdAt).toBeInstanceOf(Date);
        expect(created.updatedAt).toBeInstanceOf(Date);

        const read = await store.get(siteId);
        expect(read).toEqual(created);
        expect(await store.get(newSiteId())).toBeNull();
      });

      it("keeps a Yjs state byte for byte", async () => {
        const editor = new SiteEditor();
        editor.setBlock("hero", { title: "Fresh flowers, daily" });
        editor.typeText("hero", "Hand-tied bouquets");
        const yState = Y.encodeStateAsUpdate(editor.doc);
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc(), yState });

        const read = await store.get(siteId);
        expect(read?.yState).toBeInstanceOf(Uint8Array);
        expect(Array.from(read!.yState!)).toEqual(Array.from(yState));
        expect(blocksOf(rebuild({ state: read!.yState, updates: [] }))).toEqual(
          blocksOf(editor.doc),
        );

        // A Buffer sliced from Node's shared pool: only its own bytes may be stored.
        const pooled = Buffer.from(Y.encodeStateAsUpdate(new SiteEditor().doc));
        expect(pooled.byteOffset + pooled.byteLength).toBeLessThanOrEqual(pooled.buffer.byteLength);
        const updated = await store.update(siteId, 1, { yState: pooled });
        expect(Array.from(updated.yState!)).toEqual(Array.from(pooled));
        expect(Array.from((await store.get(siteId))!.yState!)).toEqual(Array.from(pooled));
      });

      it("refuses a second create for the same site and keeps the first document", async () => {
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc("First") });
        await expect(store.create({ siteId, doc: sampleDoc("Second") })).rejects.toBeInstanceOf(
          SiteStoreConflictError,
        );
        const read = await store.get(siteId);
        expect(read).toMatchObject({ version: 1, doc: sampleDoc("First") });
      });

      it("lists the documents that exist, in the order asked, each once", async () => {
        const [a, b, c] = [newSiteId(), newSiteId(), newSiteId()];
        await store.create({ siteId: a, doc: sampleDoc("A") });
        await store.create({ siteId: b, doc: sampleDoc("B") });
        const listed = await store.listBySiteIds([b, c, a, b]);
        expect(listed.map((d) => [d.siteId, siteName(d.doc)])).toEqual([
          [b, "B"],
          [a, "A"],
        ]);
        expect(await store.listBySiteIds([])).toEqual([]);
      });

      it("writes an update on top of the expected version and counts the version up", async () => {
        const siteId = newSiteId();
        const yState = Y.encodeStateAsUpdate(new SiteEditor().doc);
        await store.create({ siteId, doc: sampleDoc("Before"), yState });

        const afterDoc = await store.update(siteId, 1, { doc: sampleDoc("After") });
        expect(afterDoc).toMatchObject({ version: 2, doc: sampleDoc("After") });
        expect(Array.from(afterDoc.yState!)).toEqual(Array.from(yState));

        const newState = Y.encodeStateAsUpdate(new SiteEditor("x").doc);
        const afterState = await store.update(siteId, 2, { yState: newState });
        expect(afterState).toMatchObject({ version: 3, doc: sampleDoc("After") });
        expect(Array.from(afterState.yState!)).toEqual(Array.from(newState));
        expect(await store.get(siteId)).toEqual(afterState);

        const cleared = await store.update(siteId, 3, { yState: null });
        expect(cleared).toMatchObject({ version: 4, yState: null, doc: sampleDoc("After") });
      });

      it("refuses a write from a stale version and leaves the stored document as it was", async () => {
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc("Original") });
        const current = await store.update(siteId, 1, { doc: sampleDoc("Theirs") });

        const stale = store.update(siteId, 1, { doc: sampleDoc("Mine") });
        await expect(stale).rejects.toBeInstanceOf(SiteStoreStaleVersionError);
        await expect(stale).rejects.toMatchObject({ expectedVersion: 1, currentVersion: 2 });
        await expect(
          store.update(siteId, 7, { doc: sampleDoc("From the future") }),
        ).rejects.toBeInstanceOf(SiteStoreStaleVersionError);
        expect(await store.get(siteId)).toEqual(current);
      });

      it("says not found when updating a site without a document", async () => {
        await expect(store.update(newSiteId(), 1, { doc: sampleDoc() })).rejects.toBeInstanceOf(
          SiteStoreNotFoundError,
        );
      });

      it("lets exactly one of several concurrent writers from the same version win", async () => {
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc("Original") });
        const names = Array.from({ length: 8 }, (_, i) => `Writer ${i}`);
        const results = await Promise.allSettled(
          names.map((name) => store.update(siteId, 1, { doc: sampleDoc(name) })),
        );
        const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
        const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(7);
        for (const error of lost) expect(error).toBeInstanceOf(SiteStoreStaleVersionError);
        const stored = await store.get(siteId);
        expect(stored).toMatchObject({ version: 2, doc: won[0]!.doc });
      });

      it("refuses documents that JSON cannot represent exactly, and stores nothing", async () => {
        const cyclic: Record<string, unknown> = { schemaVersion: 1 };
        cyclic.self = cyclic;
        const bad: [string, unknown][] = [
          ["no schemaVersion", { pages: [] }],
          ["a string schemaVersion", { schemaVersion: "1" }],
          ["a fractional schemaVersion", { schemaVersion: 1.5 }],
          ["schemaVersion 0", { schemaVersion: 0 }],
          ["an array", [{ schemaVersion: 1 }]],
          ["null", null],
          ["NaN", withProp(Number.NaN)],
          ["Infinity", withProp(Number.POSITIVE_INFINITY)],
          ["a bigint", withProp(10n)],
          ["a function", withProp(() => 1)],
          ["a symbol", withProp(Symbol("x"))],
          ["a Date", withProp(new Date())],
          ["a Map", withProp(new Map())],
          ["a Uint8Array", withProp(new Uint8Array(2))],
          ["undefined in an array", withProp([1, undefined])],
          ["a hole in an array", withProp([1, , 3])], // eslint-disable-line no-sparse-arrays
          ["a cycle", cyclic],
          ["a NUL character", withProp("a\u0000b")],
          ["a lone surrogate", withProp("\uD800x")],
          ["a lone surrogate in a key", { schemaVersion: 1, ["\uDC00"]: 1 }],
        ];
        for (const [what, doc] of bad) {
          const siteId = newSiteId();
          await expect(
            store.create({ siteId, doc: doc as SiteDocJson }),
            what,
          ).rejects.toBeInstanceOf(SiteStoreInvalidInputError);
          expect(await store.get(siteId), what).toBeNull();
        }

        const siteId = newSiteId();
        const created = await store.create({ siteId, doc: sampleDoc() });
        await expect(
          store.update(siteId, 1, { doc: withProp(Number.NaN) as SiteDocJson }),
        ).rejects.toBeInstanceOf(SiteStoreInvalidInputError);
        await expect(store.update(siteId, 1, {})).rejects.toBeInstanceOf(
          SiteStoreInvalidInputError,
        );
        await expect(
          store.update(siteId, 1, { yState: [1, 2] as unknown as Uint8Array }),
        ).rejects.toBeInstanceOf(SiteStoreInvalidInputError);
        expect(await store.get(siteId)).toEqual(created);
      });

      it("refuses malformed site ids", async () => {
        for (const siteId of ["", "a/b", "a b", "x".repeat(129), 42 as unknown as string]) {
          await expect(store.create({ siteId, doc: sampleDoc() })).rejects.toBeInstanceOf(
            SiteStoreInvalidInputError,
          );
        }
      });

      it("round-trips keys MongoDB restricts, deep nesting and any Unicode", async () => {
        let deep: unknown = "bottom";
        for (let i = 0; i < 150; i++) deep = { child: deep, level: i };
        const doc = {
          schemaVersion: 1,
          $: { lexical: "node state" },
          "price.usd": 45.99,
          "": "an empty key",
          $set: { $inc: 1 },
          text: 'Grüße, 東京, emoji 🌸, quote " backslash \\ newline \n',
          numbers: [0, -0.5, 1e300, -123456789, 2 ** 53 - 1],
          flags: [true, false, null],
          deep,
        };
        const siteId = newSiteId();
        await store.create({ siteId, doc });
        expect((await store.get(siteId))?.doc).toEqual(doc);
        // Undefined properties are dropped, as JSON.stringify drops them.
        const withUndefined = { ...sampleDoc(), extra: undefined };
        await store.update(siteId, 1, { doc: withUndefined });
        const read = await store.get(siteId);
        expect(read?.doc).toEqual(sampleDoc());
        expect(read?.doc).not.toHaveProperty("extra");
      });

      it("round-trips a 2,000-block document", async () => {
        const doc = largeDoc(2000);
        const siteId = newSiteId();
        await store.create({ siteId, doc });
        const read = await store.get(siteId);
        expect(read?.doc).toEqual(doc);
        expect(countBlocks(read!.doc as FixtureDoc)).toBe(2000);
        const changed = largeDoc(2000, "v2");
        await store.update(siteId, 1, { doc: changed });
        expect((await store.get(siteId))?.doc).toEqual(changed);
      });

      it("deletes the document with its update log and versions; the id starts clean after", async () => {
        const siteId = newSiteId();
        const other = newSiteId();
        for (const id of [siteId, other]) {
          await store.create({ siteId: id, doc: sampleDoc() });
          await store.appendUpdate(id, new SiteEditor().edit("a"));
          await store.appendVersion(id, { kind: "named", label: "Launch", doc: sampleDoc() });
        }

        await store.delete(siteId);
        expect(await store.get(siteId)).toBeNull();
        expect(await store.listVersions(siteId)).toEqual([]);
        await expect(store.loadUpdates(siteId)).rejects.toBeInstanceOf(SiteStoreNotFoundError);
        await store.delete(siteId); // deleting nothing is fine

        await store.create({ siteId, doc: sampleDoc("Reborn") });
        const log = await store.loadUpdates(siteId);
        expect(log).toMatchObject({ version: 1, state: null, updates: [] });
        expect(await store.listVersions(siteId)).toEqual([]);

        // The other site is untouched.
        expect((await store.loadUpdates(other)).updates).toHaveLength(1);
        expect(await store.listVersions(other)).toHaveLength(1);
      });

      it("answers ping", async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });
    });

    describe("Yjs update log", () => {
      it("returns appended updates in order, and they rebuild the live document", async () => {
        const editor = new SiteEditor();
        editor.setBlock("hero", { title: "Welcome" });
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc(), yState: editor.takeState() });

        const appended: Uint8Array[] = [];
        for (let i = 0; i < 20; i++) {
          const update = i % 2 ? editor.edit(`block-${i}`) : editor.typeText("hero", `${i} `);
          appended.push(update);
          await store.appendUpdate(siteId, update);
        }
        const log = await store.loadUpdates(siteId);
        expect(log.version).toBe(1);
        expect(log.updates.map((u) => Array.from(u))).toEqual(appended.map((u) => Array.from(u)));
        expect(blocksOf(rebuild(log))).toEqual(blocksOf(editor.doc));
        // Appending does not count as a write of the document.
        expect((await store.get(siteId))?.version).toBe(1);
      });

      it("says not found when appending to or loading a site without a document", async () => {
        const siteId = newSiteId();
        await expect(store.appendUpdate(siteId, new Uint8Array([0, 0]))).rejects.toBeInstanceOf(
          SiteStoreNotFoundError,
        );
        await expect(store.loadUpdates(siteId)).rejects.toBeInstanceOf(SiteStoreNotFoundError);
        await expect(
          store.appendUpdate(newSiteId(), "nope" as unknown as Uint8Array),
        ).rejects.toBeInstanceOf(SiteStoreInvalidInputError);
      });

      it("compacts the log into the state and keeps updates appended after the load", async () => {
        const editor = new SiteEditor();
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc() });
        for (let i = 0; i < 5; i++) await store.appendUpdate(siteId, editor.edit(`early-${i}`));

        const log = await store.loadUpdates(siteId);
        expect(log.updates).toHaveLength(5);
        // A collaborator's update arrives between the load and the compaction.
        const late = editor.edit("late");
        await store.appendUpdate(siteId, late);

        const merged = Y.encodeStateAsUpdate(rebuild(log));
        const result = await store.compact(siteId, {
          yState: merged,
          doc: sampleDoc("Compacted"),
          checkpoint: log.checkpoint,
        });
        expect(result.version).toBe(2);

        const after = await store.loadUpdates(siteId);
        expect(after.version).toBe(2);
        expect(Array.from(after.state!)).toEqual(Array.from(merged));
        expect(after.updates.map((u) => Array.from(u))).toEqual([Array.from(late)]);
        expect(blocksOf(rebuild(after))).toEqual(blocksOf(editor.doc));
        expect(await store.get(siteId)).toMatchObject({ version: 2, doc: sampleDoc("Compacted") });
      });

      it("compacts an empty log, keeping the document when none is given", async () => {
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc("Kept") });
        const log = await store.loadUpdates(siteId);
        expect(log.updates).toEqual([]);
        const yState = new SiteEditor().takeState();
        await store.compact(siteId, { yState, checkpoint: log.checkpoint });
        const read = await store.get(siteId);
        expect(read).toMatchObject({ version: 2, doc: sampleDoc("Kept") });
        expect(Array.from(read!.yState!)).toEqual(Array.from(yState));
      });

      it("refuses a compaction once the document was written since the load, changing nothing", async () => {
        const editor = new SiteEditor();
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc() });
        for (let i = 0; i < 3; i++) await store.appendUpdate(siteId, editor.edit(`b${i}`));
        const log = await store.loadUpdates(siteId);
        await store.update(siteId, 1, { doc: sampleDoc("Edited elsewhere") });

        await expect(
          store.compact(siteId, { yState: editor.takeState(), checkpoint: log.checkpoint }),
        ).rejects.toBeInstanceOf(SiteStoreStaleVersionError);
        const after = await store.loadUpdates(siteId);
        expect(after.state).toBeNull();
        expect(after.updates).toHaveLength(3);
        expect(after.version).toBe(2);
      });

      it("lets exactly one of two compactions from the same load win", async () => {
        const editor = new SiteEditor();
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc() });
        for (let i = 0; i < 4; i++) await store.appendUpdate(siteId, editor.edit(`b${i}`));
        const log = await store.loadUpdates(siteId);
        const yState = Y.encodeStateAsUpdate(rebuild(log));
        const results = await Promise.allSettled([
          store.compact(siteId, { yState, checkpoint: log.checkpoint }),
          store.compact(siteId, { yState, checkpoint: log.checkpoint }),
        ]);
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        const failure = results.find((r) => r.status === "rejected");
        expect(failure?.reason).toBeInstanceOf(SiteStoreStaleVersionError);
        const after = await store.loadUpdates(siteId);
        expect(after.updates).toEqual([]);
        expect(blocksOf(rebuild(after))).toEqual(blocksOf(editor.doc));
      });

      it("loses no update while appends and compactions run at the same time", async () => {
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc() });
        // Independent editors, as on several collab instances: each update is self-contained.
        const editors = Array.from({ length: 4 }, () => new SiteEditor());
        const total = 48;
        let appendsDone = false;
        const appends = (async () => {
          for (let wave = 0; wave < total / editors.length; wave++) {
            await Promise.all(
              editors.map((editor, e) => store.appendUpdate(siteId, editor.edit(`w${wave}-e${e}`))),
            );
          }
          appendsDone = true;
        })();
        let compactions = 0;
        const compactor = (async () => {
          while (!appendsDone) {
            const log = await store.loadUpdates(siteId);
            const yState = Y.encodeStateAsUpdate(rebuild(log));
            try {
              await store.compact(siteId, { yState, checkpoint: log.checkpoint });
              compactions++;
            } catch (error) {
              if (!(error instanceof SiteStoreStaleVersionError)) throw error;
            }
          }
        })();
        await Promise.all([appends, compactor]);

        const blocks = rebuild(await store.loadUpdates(siteId)).getMap("blocks");
        const missing = editors
          .flatMap((_, e) =>
            Array.from({ length: total / editors.length }, (_, w) => `w${w}-e${e}`),
          )
          .filter((id) => !blocks.has(id));
        expect(missing).toEqual([]);
        expect(blocks.size).toBe(total);
        expect(compactions).toBeGreaterThan(0);
      });

      it("refuses a checkpoint from before the site was deleted and created again", async () => {
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc("Old") });
        await store.appendUpdate(siteId, new SiteEditor().edit("old"));
        const old = await store.loadUpdates(siteId);
        await store.delete(siteId);
        // The store tells documents apart by creation time, to the millisecond.
        await new Promise((resolve) => setTimeout(resolve, 5));
        await store.create({ siteId, doc: sampleDoc("New") });
        const fresh = new SiteEditor().edit("new");
        await store.appendUpdate(siteId, fresh);

        const stale = store.compact(siteId, {
          yState: Y.encodeStateAsUpdate(rebuild(old)),
          doc: sampleDoc("Old"),
          checkpoint: old.checkpoint,
        });
        await expect(stale).rejects.toBeInstanceOf(SiteStoreStaleVersionError);
        await expect(stale).rejects.toThrow(/created again/);
        const now = await store.loadUpdates(siteId);
        expect(now).toMatchObject({ version: 1, state: null });
        expect(now.updates.map((u) => Array.from(u))).toEqual([Array.from(fresh)]);
        expect((await store.get(siteId))?.doc).toEqual(sampleDoc("New"));
      });

      it("refuses a checkpoint it did not issue", async () => {
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc() });
        for (const checkpoint of ["", "pg:1", "pg:1:2", "mongo:x", "1:2:3", "garbage"]) {
          await expect(
            store.compact(siteId, {
              yState: new SiteEditor().takeState(),
              checkpoint: checkpoint as UpdateLogCheckpoint,
            }),
          ).rejects.toBeInstanceOf(SiteStoreInvalidInputError);
        }
        expect((await store.get(siteId))?.version).toBe(1);
      });

      it("discards the log when update() replaces the state", async () => {
        const editor = new SiteEditor();
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc() });
        await store.appendUpdate(siteId, editor.edit("old"));
        const replacement = new SiteEditor();
        replacement.setBlock("imported", { title: "Imported" });
        await store.update(siteId, 1, { yState: replacement.takeState() });

        const log = await store.loadUpdates(siteId);
        expect(log.updates).toEqual([]);
        expect(blocksOf(rebuild(log))).toEqual(blocksOf(replacement.doc));

        // A doc-only update leaves the log alone.
        await store.appendUpdate(siteId, replacement.edit("new"));
        await store.update(siteId, 2, { doc: sampleDoc("Renamed") });
        expect((await store.loadUpdates(siteId)).updates).toHaveLength(1);
      });
    });

    describe("versions", () => {
      it("saves a version and returns it with its payload", async () => {
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc() });
        const editor = new SiteEditor();
        editor.setBlock("hero", { title: "Spring sale" });
        const yState = editor.takeState();
        const doc = sampleDoc("Spring");
        const info = await store.appendVersion(siteId, {
          kind: "named",
          label: "Before the spring sale",
          doc,
          yState,
          createdById: "user-1",
        });
        expect(info).toMatchObject({
          siteId,
          kind: "named",
          label: "Before the spring sale",
          createdById: "user-1",
        });
        expect(info.createdAt).toBeInstanceOf(Date);
        expect(info).not.toHaveProperty("doc");

        const version = await store.getVersion(siteId, info.id);
        expect(version).toMatchObject({ ...info, doc });
        expect(Array.from(version!.yState!)).toEqual(Array.from(yState));

        const bare = await store.appendVersion(siteId, { kind: "auto", doc });
        expect(bare).toMatchObject({ kind: "auto", label: null, createdById: null });
        expect(await store.getVersion(siteId, bare.id)).toMatchObject({ yState: null });
      });

      it("lists versions newest first, in pages, and by kind", async () => {
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc() });
        const kinds = ["auto", "named", "auto", "published", "auto", "named", "auto"] as const;
        const saved = [];
        // Saved back to back, most in the same millisecond: the order must still hold.
        for (const [i, kind] of kinds.entries()) {
          saved.push(await store.appendVersion(siteId, { kind, label: `v${i}`, doc: sampleDoc() }));
        }
        const newestFirst = saved.map((v) => v.id).reverse();

        const all = await store.listVersions(siteId);
        expect(all.map((v) => v.id)).toEqual(newestFirst);
        expect(all[0]).not.toHaveProperty("doc");
        expect(all[0]).not.toHaveProperty("yState");

        const pages: string[][] = [];
        let before: string | undefined;
        for (;;) {
          const page = await store.listVersions(siteId, { limit: 3, before });
          if (page.length === 0) break;
          pages.push(page.map((v) => v.id));
          before = page.at(-1)!.id;
        }
        expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
        expect(pages.flat()).toEqual(newestFirst);

        const autos = await store.listVersions(siteId, { kind: "auto", limit: 2 });
        expect(autos.map((v) => v.label)).toEqual(["v6", "v4"]);
        const olderAutos = await store.listVersions(siteId, { kind: "auto", before: autos[1]!.id });
        expect(olderAutos.map((v) => v.label)).toEqual(["v2", "v0"]);

        await expect(store.listVersions(siteId, { limit: 0 })).rejects.toBeInstanceOf(
          SiteStoreInvalidInputError,
        );
        await expect(
          store.listVersions(siteId, { before: "no-such-version" }),
        ).rejects.toBeInstanceOf(SiteStoreInvalidInputError);
      });

      it("finds the latest version, of any kind or of one", async () => {
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc() });
        expect(await store.getLatestVersion(siteId)).toBeNull();
        await store.appendVersion(siteId, { kind: "published", doc: sampleDoc("Live 1") });
        await store.appendVersion(siteId, { kind: "published", doc: sampleDoc("Live 2") });
        await store.appendVersion(siteId, { kind: "auto", doc: sampleDoc("Draft") });
        expect((await store.getLatestVersion(siteId))?.doc).toEqual(sampleDoc("Draft"));
        expect((await store.getLatestVersion(siteId, "published"))?.doc).toEqual(
          sampleDoc("Live 2"),
        );
        expect(await store.getLatestVersion(siteId, "named")).toBeNull();
      });

      it("keeps versions to their site", async () => {
        const [a, b] = [newSiteId(), newSiteId()];
        await store.create({ siteId: a, doc: sampleDoc() });
        await store.create({ siteId: b, doc: sampleDoc() });
        const version = await store.appendVersion(a, { kind: "named", doc: sampleDoc() });
        expect(await store.getVersion(b, version.id)).toBeNull();
        expect(await store.getVersion(a, "no-such-version")).toBeNull();
        expect(await store.listVersions(b)).toEqual([]);
        expect(await store.listVersions(newSiteId())).toEqual([]);
        await expect(store.listVersions(b, { before: version.id })).rejects.toBeInstanceOf(
          SiteStoreInvalidInputError,
        );
      });

      it("refuses versions for a missing site and malformed versions", async () => {
        await expect(
          store.appendVersion(newSiteId(), { kind: "auto", doc: sampleDoc() }),
        ).rejects.toBeInstanceOf(SiteStoreNotFoundError);
        const siteId = newSiteId();
        await store.create({ siteId, doc: sampleDoc() });
        const bad = [
          { kind: "draft", doc: sampleDoc() },
          { kind: "named", label: "x".repeat(201), doc: sampleDoc() },
          { kind: "named", label: "", doc: sampleDoc() },
          { kind: "auto", doc: { pages: [] } },
        ];
        for (const version of bad) {
          await expect(
            store.appendVersion(siteId, version as never),
            JSON.stringify(version).slice(0, 60),
          ).rejects.toBeInstanceOf(SiteStoreInvalidInputError);
        }
        expect(await store.listVersions(siteId)).toEqual([]);
      });
    });
  });
}

// ---- fixtures ----

function newSiteId(): string {
  return `site-${randomUUID()}`;
}

type FixtureBlock = {
  id: string;
  type: string;
  props: Record<string, unknown>;
  children?: FixtureBlock[];
};
type FixtureDoc = SiteDocJson & {
  pages: { id: string; slug: string; title: string; blocks: FixtureBlock[] }[];
  settings: { name: string; [key: string]: unknown };
};

/**
 * A document shaped like a SiteDoc (blocks/doc/schema.ts). The store keeps documents as they are,
 * older schema versions included, so the fixture need not track every change to that schema.
 */
export function sampleDoc(name = "Pegasus Flowers"): FixtureDoc {
  return {
    schemaVersion: 1,
    theme: {
      colors: {
        primary: "#1f2937",
        secondary: "#6b7280",
        accent: "#db2777",
        background: "#ffffff",
        surface: "#f9fafb",
        text: "#111827",
        muted: "#9ca3af",
      },
      fonts: { heading: "Fraunces", body: "Inter" },
      radius: 8,
      spacing: 4,
      buttonStyle: "pill",
    },
    pages: [
      {
        id: "home",
        slug: "",
        title: "Home",
        blocks: [{ id: "hero", type: "hero", props: { title: `Welcome to ${name}` } }],
      },
    ],
    nav: [{ id: "nav-home", label: "Home", href: "/" }],
    settings: { name, locale: "en", currency: "USD" },
  };
}

function siteName(doc: SiteDocJson): string {
  return (doc as FixtureDoc).settings.name;
}

function withProp(value: unknown): Record<string, unknown> {
  return { ...sampleDoc(), extra: { nested: [{ value }] } };
}

/** `blockCount` blocks over ten pages, in sections of four, with rich text in Lexical's shape. */
export function largeDoc(blockCount: number, tag = "v1"): FixtureDoc {
  const doc = sampleDoc(`Large ${tag}`);
  const pages = Array.from({ length: 10 }, (_, p) => ({
    id: `page-${p}`,
    slug: p === 0 ? "" : `page-${p}`,
    title: `Page ${p}`,
    blocks: [] as FixtureBlock[],
  }));
  let made = 0;
  for (let section = 0; made < blockCount; section++) {
    const children: FixtureBlock[] = [];
    const sectionBlock: FixtureBlock = {
      id: `section-${section}`,
      type: "section",
      props: { background: "#ffffff", padding: section % 5 },
      children,
    };
    made++;
    for (let c = 0; c < 3 && made < blockCount; c++, made++) {
      children.push({
        id: `text-${section}-${c}`,
        type: "text",
        props: {
          body: {
            root: {
              type: "root",
              version: 1,
              children: [
                {
                  type: "paragraph",
                  version: 1,
                  $: { align: "left" },
                  children: [
                    { type: "text", version: 1, text: `Section ${section}, ${tag}: `, format: 0 },
                    { type: "text", version: 1, text: "hand-tied bouquets 🌷", format: 1 },
                  ],
                },
              ],
            },
          },
          price: 1999 + c,
        },
      });
    }
    pages[section % pages.length]!.blocks.push(sectionBlock);
  }
  doc.pages = pages;
  return doc;
}

function countBlocks(doc: FixtureDoc): number {
  const count = (blocks: FixtureBlock[]): number =>
    blocks.reduce((n, block) => n + 1 + count(block.children ?? []), 0);
  return doc.pages.reduce((n, page) => n + count(page.blocks), 0);
}

/** A Y.Doc shaped like collab's (a flat map of blocks), recording the updates it makes. */
class SiteEditor {
  readonly doc = new Y.Doc();
  private readonly pending: Uint8Array[] = [];

  constructor(seed?: string) {
    this.doc.on("update", (update: Uint8Array) => this.pending.push(update));
    if (seed) this.setBlock(seed, { seed });
  }

  setBlock(id: string, props: Record<string, unknown>): Uint8Array {
    this.doc.transact(() => {
      const block = new Y.Map<unknown>();
      block.set("type", "text");
      block.set("props", new Y.Map(Object.entries(props)));
      block.set("text", new Y.Text());
      this.doc.getMap("blocks").set(id, block);
    });
    return this.takeUpdate();
  }

  /** Adds a block: one update. */
  edit(id: string): Uint8Array {
    return this.setBlock(id, { title: `Block ${id}` });
  }

  typeText(id: string, text: string): Uint8Array {
    const block = this.doc.getMap("blocks").get(id) as Y.Map<unknown>;
    const yText = block.get("text") as Y.Text;
    yText.insert(yText.length, text);
    return this.takeUpdate();
  }

  takeState(): Uint8Array {
    this.pending.length = 0;
    return Y.encodeStateAsUpdate(this.doc);
  }

  private takeUpdate(): Uint8Array {
    const updates = this.pending.splice(0);
    return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
  }
}

/** What a site's Y.Doc holds, as plain JSON. */
function blocksOf(doc: Y.Doc): unknown {
  return doc.getMap("blocks").toJSON();
}

function rebuild(log: Pick<SiteUpdateLog, "state" | "updates">): Y.Doc {
  const doc = new Y.Doc();
  if (log.state) Y.applyUpdate(doc, log.state);
  for (const update of log.updates) Y.applyUpdate(doc, update);
  return doc;
}
