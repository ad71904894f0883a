import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleProducts } from "../../blocks/render/testing.ts";
import { photo } from "../../tests/media/images.ts";
import { useTestDatabase } from "../../tests/helpers/database.ts";
import type { Database } from "../db/client.ts";
import type { Catalog } from "./generated/assets.ts";
import { MediaInUseError, MediaLibrary } from "./library.ts";
import { LocalMediaStorage } from "./local.ts";
import type { ImageWorkerPool } from "./pool.ts";
import { ImageProcessingError, processImage, type ProcessedImage } from "./process.ts";

/** A pool that runs in-process, under the test's control. */
function controlledPool() {
  const gates: { release: () => void; fail: (error: Error) => void }[] = [];
  const pool = {
    async run(input: Uint8Array): Promise<ProcessedImage> {
      await new Promise<void>((release, fail) => gates.push({ release, fail }));
      return processImage(input, { maxPixels: 1e8 });
    },
    async close() {},
  };
  return { pool: pool as unknown as ImageWorkerPool, gates };
}

let db: Database;
let root: string;
let siteId: string;
const log = pino({ level: "silent" });

beforeAll(async () => {
  db = await useTestDatabase();
  root = await mkdtemp(path.join(tmpdir(), "pegasus-library-"));
  siteId = (await db.prisma.site.create({ data: { name: "Lib", slug: `lib-${Date.now()}` } })).id;
});
afterAll(() => rm(root, { recursive: true, force: true }));

let catalog: Catalog = { products: [], collections: [] };

function library(pool: ImageWorkerPool, now?: () => Date) {
  const storage = new LocalMediaStorage(root);
  return {
    storage,
    library: new MediaLibrary({
      db,
      storage,
      pool,
      log,
      now,
      limits: {
        maxBytes: 5_000_000,
        maxPixels: 1e8,
        workers: 1,
        uploadsPerMinute: 100,
        uploadsAtOnce: 100,
      },
      siteDocuments: {
        draft: async () => {
          throw new Error("no draft");
        },
        publishedDoc: async () => null,
      },
      siteStore: { getVersion: async () => null },
      catalog: async () => catalog,
    }),
  };
}

describe("the media library's bookkeeping", () => {
  it("marks a failed image with the reason, keeps no files, and retries the same bytes", async () => {
    const { pool, gates } = controlledPool();
    const { library: lib, storage } = library(pool);
    const bytes = await photo(400, 300);
    const { media } = await lib.upload({ siteId, userId: null, filename: "kiln.jpg", bytes });
    await waitUntil(() => gates.length === 1);
    gates[0]!.fail(new ImageProcessingError("The image could not be read: the file is damaged."));
    await lib.whenProcessed(media.id);
    const failed = await lib.get(siteId, media.id);
    expect(failed).toMatchObject({
      status: "failed",
      error: "The image could not be read: the file is damaged.",
      src: null,
      widths: [],
    });
    expect(await storage.list(`media/${siteId}/${media.id}`)).toEqual([]);

    // Uploading the same file again is a new attempt, not a "duplicate" of the failure.
    const again = await lib.upload({ siteId, userId: null, filename: "kiln.jpg", bytes });
    expect(again.duplicate).toBe(false);
    await waitUntil(() => gates.length === 2);
    gates[1]!.release();
    await lib.whenProcessed(again.media.id);
    expect((await lib.get(siteId, again.media.id))?.status).toBe("ready");
    expect(await db.prisma.media.count({ where: { siteId, filename: "kiln.jpg" } })).toBe(1);
    expect((await storage.list(`media/${siteId}/${again.media.id}`)).length).toBe(6);
  });

  it("leaves no files behind for an image deleted while it was processing", async () => {
    const { pool, gates } = controlledPool();
    const { library: lib, storage } = library(pool);
    const { media } = await lib.upload({
      siteId,
      userId: null,
      filename: "a.png",
      bytes: await photo(300, 300, { format: "png" }),
    });
    await waitUntil(() => gates.length === 1);
    expect(await lib.remove(siteId, media.id)).toBe(true);
    gates[0]!.release();
    await lib.whenProcessed(media.id);
    expect(await lib.get(siteId, media.id)).toBeNull();
    expect(await storage.list(`media/${siteId}/${media.id}`)).toEqual([]);
  });

  it("answers the same row for the same bytes uploaded twice at once", async () => {
    const { pool, gates } = controlledPool();
    const { library: lib } = library(pool);
    const bytes = await photo(333, 222);
    const [a, b] = await Promise.all([
      lib.upload({ siteId, userId: null, filename: "one.jpg", bytes }),
      lib.upload({ siteId, userId: null, filename: "two.jpg", bytes }),
    ]);
    expect(a.media.id).toBe(b.media.id);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    await waitUntil(() => gates.length === 1);
    gates[0]!.release();
    await lib.whenIdle();
  });

  it("refuses to delete an image a product of the live catalog shows", async () => {
    const { pool, gates } = controlledPool();
    const { library: lib } = library(pool);
    const { media } = await lib.upload({
      siteId,
      userId: null,
      filename: "apron.jpg",
      bytes: await photo(320, 400),
    });
    await waitUntil(() => gates.length === 1);
    gates[0]!.release();
    await lib.whenProcessed(media.id);
    const src = (await lib.get(siteId, media.id))!.src!;
    catalog = {
      products: [
        { ...sampleProducts[0]!, images: [{ src, alt: "Apron", width: 320, height: 400 }] },
      ],
      collections: [],
    };
    try {
      const uses = await lib.uses(siteId, media.id);
      expect(uses).toEqual([
        expect.objectContaining({
          label: `Products › ${sampleProducts[0]!.title}`,
          versions: ["catalog"],
        }),
      ]);
      const refusal = await lib.remove(siteId, media.id).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(MediaInUseError);
      expect((refusal as Error).message).toMatch(/Products › Linen Work Apron \(product catalog\)/);
    } finally {
      catalog = { products: [], collections: [] };
    }
    expect(await lib.remove(siteId, media.id)).toBe(true);
  });

  it("removes every file of a purged site, and only that site's", async () => {
    const { pool } = controlledPool();
    const { library: lib, storage } = library(pool);
    await storage.put(`media/${siteId}/x/320.jpg`, new Uint8Array([1]));
    await storage.put(`generated/${siteId}/og/v/page-a.png`, new Uint8Array([1]));
    await storage.put(`media/other-site/x/320.jpg`, new Uint8Array([1]));
    expect(await lib.removeSite(siteId)).toBeGreaterThanOrEqual(2);
    expect(await storage.list(`media/${siteId}`)).toEqual([]);
    expect(await storage.list(`generated/${siteId}`)).toEqual([]);
    expect(await storage.exists(`media/other-site/x/320.jpg`)).toBe(true);
  });

  it("shows an image whose processing was interrupted by a restart as failed", async () => {
    const { pool } = controlledPool();
    const row = await db.prisma.media.create({
      data: {
        siteId,
        sha256: "stale",
        filename: "stale.jpg",
        sourceType: "jpeg",
        sourceBytes: 10,
        widths: [],
        formats: [],
      },
    });
    const later = () => new Date(row.updatedAt.getTime() + 16 * 60_000);
    const item = await library(pool, later).library.get(siteId, row.id);
    expect(item).toMatchObject({ status: "failed", error: expect.stringMatching(/interrupted/) });
    const fresh = await library(pool).library.get(siteId, row.id);
    expect(fresh?.status).toBe("processing");
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
