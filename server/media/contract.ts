import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MediaKeyError, type MediaStorage } from "./port.ts";

/** A storage to test and how to dispose of it (and of the server behind it). */
export type MediaStorageHarness = { storage: MediaStorage; teardown?: () => Promise<void> };

/**
 * What every MediaStorage adapter must do. `open` runs once per suite; each test works under a
 * prefix of its own, so tests do not depend on each other or on their order.
 */
export function mediaStorageContract(name: string, open: () => Promise<MediaStorageHarness>): void {
  describe(name, () => {
    let harness: MediaStorageHarness | undefined;
    let storage: MediaStorage;
    beforeAll(async () => {
      harness = await open();
      storage = harness.storage;
    });
    afterAll(async () => {
      await harness?.storage.close();
      await harness?.teardown?.();
    });
    const fresh = () => `media/${randomUUID()}`;

    it("keeps bytes exactly and answers the content type of the key's extension", async () => {
      const prefix = fresh();
      // A Buffer sliced from Node's shared pool: only its own bytes may be stored.
      const pooled = Buffer.from("0123456789-jpeg-bytes-9876543210").subarray(11, 21);
      await storage.put(`${prefix}/640.jpg`, pooled);
      const read = await storage.read(`${prefix}/640.jpg`);
      expect(Buffer.from(read!).toString()).toBe("jpeg-bytes");

      const object = await storage.get(`${prefix}/640.jpg`);
      expect(object).not.toBeNull();
      expect(object!.size).toBe(10);
      expect(object!.contentType).toBe("image/jpeg");
      const chunks: Buffer[] = [];
      for await (const chunk of object!.body) chunks.push(Buffer.from(chunk as Uint8Array));
      expect(Buffer.concat(chunks).toString()).toBe("jpeg-bytes");

      await storage.put(`${prefix}/640.avif`, new Uint8Array([0, 1]));
      expect((await storage.get(`${prefix}/640.avif`))!.contentType).toBe("image/avif");
      const webp = await storage.get(`${prefix}/x.webp`);
      expect(webp).toBeNull();
    });

    it("round-trips a larger binary body", async () => {
      const key = `${fresh()}/1920.webp`;
      const body = new Uint8Array(1_500_000);
      for (let i = 0; i < body.length; i++) body[i] = (i * 7919) & 0xff;
      await storage.put(key, body);
      const read = await storage.read(key);
      expect(read!.byteLength).toBe(body.byteLength);
      expect(Buffer.compare(Buffer.from(read!), Buffer.from(body))).toBe(0);
    });

    it("answers null / false for missing objects and deletes idempotently", async () => {
      const key = `${fresh()}/320.jpg`;
      expect(await storage.get(key)).toBeNull();
      expect(await storage.read(key)).toBeNull();
      expect(await storage.exists(key)).toBe(false);
      await storage.delete(key);
      await storage.put(key, new Uint8Array([1]));
      expect(await storage.exists(key)).toBe(true);
      await storage.delete(key);
      await storage.delete(key);
      expect(await storage.exists(key)).toBe(false);
    });

    it("replaces an object on a second put", async () => {
      const key = `${fresh()}/960.png`;
      await storage.put(key, Buffer.from("first version, longer"));
      await storage.put(key, Buffer.from("second"));
      expect(Buffer.from((await storage.read(key))!).toString()).toBe("second");
      expect((await storage.get(key))!.size).toBe(6);
    });

    it("lists and deletes by prefix, and only that prefix", async () => {
      const base = fresh();
      const keys = [`${base}/a/320.jpg`, `${base}/a/640.jpg`, `${base}/a/deep/icon.png`];
      const neighbour = `${base}/ab/320.jpg`;
      for (const key of [...keys, neighbour]) await storage.put(key, Buffer.from(key));
      expect(await storage.list(`${base}/a`)).toEqual([...keys].sort());
      expect(await storage.list(`${base}/nothing`)).toEqual([]);
      expect(await storage.deletePrefix(`${base}/a`)).toBe(3);
      expect(await storage.list(`${base}/a`)).toEqual([]);
      for (const key of keys) expect(await storage.exists(key)).toBe(false);
      // "a" is not a prefix of "ab": a sibling with a longer name survives.
      expect(await storage.exists(neighbour)).toBe(true);
      expect(await storage.deletePrefix(`${base}/a`)).toBe(0);
    });

    it("keeps concurrent writes to one key whole", async () => {
      const key = `${fresh()}/1280.jpg`;
      const bodies = Array.from({ length: 6 }, (_, i) => Buffer.alloc(200_000, 65 + i));
      await Promise.all(bodies.map((body) => storage.put(key, body)));
      const read = Buffer.from((await storage.read(key))!);
      expect(read.length).toBe(200_000);
      expect(bodies.some((body) => body.equals(read))).toBe(true);
    });

    it("refuses keys that could escape the store or are not media", async () => {
      const bad = [
        "../outside.jpg",
        "media/../../etc/passwd.jpg",
        "/absolute/640.jpg",
        "media//640.jpg",
        "media/./640.jpg",
        "media/x/UPPER.jpg",
        "media/x/640.html",
        "media/x/640",
        "640.jpg",
        "media/x\\..\\y/640.jpg",
        "media/x/%2e%2e/640.jpg",
        "media/x/.hidden.jpg",
      ];
      for (const key of bad) {
        await expect(storage.put(key, new Uint8Array([1])), key).rejects.toBeInstanceOf(
          MediaKeyError,
        );
        await expect(storage.get(key), key).rejects.toBeInstanceOf(MediaKeyError);
        await expect(storage.delete(key), key).rejects.toBeInstanceOf(MediaKeyError);
      }
      await expect(storage.deletePrefix("../")).rejects.toBeInstanceOf(MediaKeyError);
      await expect(storage.deletePrefix("")).rejects.toBeInstanceOf(MediaKeyError);
      await expect(storage.list("media/..")).rejects.toBeInstanceOf(MediaKeyError);
    });
  });
}
