import { randomBytes } from "node:crypto";
import { MongoClient } from "mongodb";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { SiteDoc } from "../../blocks/doc/schema.ts";
import { createTestDatabase, testDatabaseKinds } from "../../tests/helpers/database.ts";
import { siteStoreContract } from "./contract.ts";
import { SiteStoreInvalidInputError } from "./errors.ts";
import { createFakeMongoDb } from "./fake-mongodb.ts";
import { createSiteStore } from "./index.ts";
import {
  MongoSiteStore,
  databaseNameFromUrl,
  decodeCheckpoint,
  encodeCheckpoint,
  openMongoSiteStore,
  seqRanges,
} from "./mongodb.ts";
import type { SiteDocJson, UpdateLogCheckpoint } from "./port.ts";
import { createPostgresSiteStore } from "./postgres.ts";
import { newVersionId } from "./version-id.ts";

for (const kind of testDatabaseKinds()) {
  siteStoreContract(`PostgreSQL SiteStore on ${kind}`, async () => {
    const database = await createTestDatabase(kind);
    return { store: createPostgresSiteStore(database), teardown: () => database.close() };
  });
}

// What makes the PostgreSQL update log exact (see appendUpdate): only a real server has the
// concurrent sessions to show it; PGlite runs one statement at a time anyway.
describe.runIf(testDatabaseKinds().includes("postgres"))(
  "PostgreSQL SiteStore update log on a real server (runs when DATABASE_URL is set)",
  () => {
    it("numbers a site's updates in commit order: an append waits for the site's row", async () => {
      const database = await createTestDatabase("postgres");
      try {
        const store = createPostgresSiteStore(database);
        await store.create({ siteId: "held", doc: { schemaVersion: 1 } });
        await store.create({ siteId: "other", doc: { schemaVersion: 1 } });
        let appended: Promise<void> | undefined;
        await database.sql.withConnection(async (connection) => {
          await connection.exec("BEGIN");
          await connection.query(`SELECT 1 FROM "SiteDocument" WHERE "siteId" = 'held' FOR UPDATE`);
          let settled = false;
          appended = store.appendUpdate("held", new Uint8Array([1])).finally(() => {
            settled = true;
          });
          await new Promise((resolve) => setTimeout(resolve, 300));
          // Meanwhile another site's append goes through and draws the next id.
          await store.appendUpdate("other", new Uint8Array([2]));
          expect(settled).toBe(false);
          await connection.exec("COMMIT");
        });
        await appended;
        const rows = await database.prisma.siteDocumentUpdate.findMany({ orderBy: { id: "asc" } });
        expect(rows.map((row) => row.siteId)).toEqual(["other", "held"]);
      } finally {
        await database.close();
      }
    });
  },
);

describe("PostgreSQL SiteStore versions", () => {
  it("pages through versions saved in the same millisecond in creation order", async () => {
    // Through the port, versions rarely share a millisecond on PGlite; write such rows directly.
    const database = await createTestDatabase("pglite");
    try {
      const store = createPostgresSiteStore(database);
      await store.create({ siteId: "same-ms", doc: { schemaVersion: 1 } });
      const now = Date.now();
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const { id, createdAt } = newVersionId(now);
        ids.push(id);
        await database.prisma.siteVersion.create({
          data: { id, siteId: "same-ms", kind: "auto", doc: { schemaVersion: 1 }, createdAt },
        });
      }
      const seen: string[] = [];
      let before: string | undefined;
      for (let page = 0; page < 5; page++) {
        const versions = await store.listVersions("same-ms", { limit: 2, before });
        if (versions.length === 0) break;
        seen.push(...versions.map((v) => v.id));
        before = versions.at(-1)!.id;
      }
      expect(seen).toEqual([...ids].reverse());
    } finally {
      await database.close();
    }
  });
});

const mongodbUrl = process.env.MONGODB_URL;
if (mongodbUrl) {
  // A database of its own, dropped afterwards. A set but unreachable URL fails here.
  siteStoreContract("MongoDB SiteStore", async () => {
    const client = await new MongoClient(mongodbUrl, {
      serverSelectionTimeoutMS: 10_000,
    }).connect();
    const db = client.db(`pegasus_test_${randomBytes(6).toString("hex")}`);
    const store = new MongoSiteStore(db);
    await store.init();
    return {
      store,
      async teardown() {
        await db.dropDatabase();
        await client.close();
      },
    };
  });
} else {
  describe.skip("MongoDB SiteStore: skipped because MONGODB_URL is not set", () => {
    it("runs the SiteStore contract against a real MongoDB", () => {});
  });
}

// The adapter's logic on a stand-in for the driver (see fake-mongodb.ts): not a substitute for the
// run above, but it keeps the MongoDB adapter honest on machines without a server.
siteStoreContract("MongoDB SiteStore logic on an in-memory stand-in for the driver", async () => {
  const store = new MongoSiteStore(createFakeMongoDb());
  await store.init();
  return { store };
});

describe("MongoDB SiteStore update log", () => {
  it("keeps an update whose append was overtaken by a later one and a compaction", async () => {
    // Append A takes seq 1 but its insert is held back; append B (seq 2) lands, a compaction loads
    // and folds B; then A lands. A must survive: it is in neither the state nor the checkpoint.
    let releaseA!: () => void;
    const aHeld = new Promise<void>((resolve) => (releaseA = resolve));
    let holdNext = false;
    const store = new MongoSiteStore(
      createFakeMongoDb({
        beforeInsert: async (collection) => {
          if (collection === "site_document_updates" && holdNext) {
            holdNext = false;
            await aHeld;
          }
        },
      }),
    );
    await store.init();
    await store.create({ siteId: "race", doc: { schemaVersion: 1 } });

    holdNext = true;
    const appendA = store.appendUpdate("race", new Uint8Array([1]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.appendUpdate("race", new Uint8Array([2]));
    const log = await store.loadUpdates("race");
    expect(log.updates).toEqual([new Uint8Array([2])]);
    releaseA();
    await appendA;
    await store.compact("race", { yState: new Uint8Array([0, 0]), checkpoint: log.checkpoint });

    expect((await store.loadUpdates("race")).updates).toEqual([new Uint8Array([1])]);
  });
});

describe("createSiteStore", () => {
  it("uses the app's database when no MongoDB URL is set", async () => {
    const store = await createSiteStore({ database: { prisma: {} as never } });
    expect(store.kind).toBe("postgres");
  });

  it("fails, rather than falling back, when MongoDB is configured but unreachable", async () => {
    await expect(
      openMongoSiteStore({ url: "mongodb://127.0.0.1:9/pegasus", serverSelectionTimeoutMS: 300 }),
    ).rejects.toThrow(/ECONNREFUSED|Server selection timed out/);
  });
});

describe("SiteStore types", () => {
  it("accepts a SiteDoc as a document", () => {
    expectTypeOf<SiteDoc>().toExtend<SiteDocJson>();
  });
});

describe("MongoDB checkpoints", () => {
  it("groups the sequence numbers read into runs, leaving out ones still in flight", () => {
    expect(seqRanges([])).toEqual([]);
    expect(seqRanges([4])).toEqual([[4, 4]]);
    expect(seqRanges([1, 2, 3, 5, 6, 9])).toEqual([
      [1, 3],
      [5, 6],
      [9, 9],
    ]);
  });

  it("round-trips through their text form and refuses anything else", () => {
    const checkpoint = {
      version: 12,
      createdAt: 1_790_000_000_123,
      ranges: [
        [1, 3],
        [5, 5],
      ] as const,
    };
    const text = encodeCheckpoint({ ...checkpoint, ranges: [...checkpoint.ranges] });
    expect(text).toBe("mongo:12:1790000000123:1-3,5");
    expect(decodeCheckpoint(text)).toEqual({
      ...checkpoint,
      ranges: [
        [1, 3],
        [5, 5],
      ],
    });
    expect(decodeCheckpoint("mongo:1:2:" as UpdateLogCheckpoint).ranges).toEqual([]);
    for (const bad of ["pg:1:5", "mongo:1:2:1-", "mongo:1:2:,", "mongo:x:2:1", "mongo:1:2:1-3,"]) {
      expect(() => decodeCheckpoint(bad as UpdateLogCheckpoint), bad).toThrow(
        SiteStoreInvalidInputError,
      );
    }
  });

  it("reads the database name from the URL, with a default", () => {
    expect(databaseNameFromUrl("mongodb://localhost:27017/pegasus")).toBe("pegasus");
    expect(databaseNameFromUrl("mongodb://a:1,b:2/shop?replicaSet=rs0")).toBe("shop");
    expect(databaseNameFromUrl("mongodb+srv://user:pw@cluster.example.com/?retryWrites=true")).toBe(
      "pegasus",
    );
    expect(databaseNameFromUrl("mongodb://localhost")).toBe("pegasus");
  });
});

describe("version ids", () => {
  it("are UUIDv7 and sort in creation order, also within one millisecond", () => {
    const now = Date.now();
    const ids = Array.from({ length: 5000 }, () => newVersionId(now));
    const texts = ids.map((v) => v.id);
    const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(texts.filter((id) => !uuidV7.test(id))).toEqual([]);
    expect([...texts].sort()).toEqual(texts);
    expect(new Set(texts).size).toBe(texts.length);
    // createdAt follows the id (it moves past `now` only when a millisecond's counter runs out).
    const timeOf = (id: string) => parseInt(id.replace(/-/g, "").slice(0, 12), 16);
    expect(ids.filter(({ id, createdAt }) => timeOf(id) !== createdAt.getTime())).toEqual([]);
    expect(ids[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(now);
  });
});
