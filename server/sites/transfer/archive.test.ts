import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ARCHIVE_LIMITS, ArchiveError, unpackArchive } from "./archive.ts";
import { writeTar } from "./tar.ts";

const manifest = {
  format: "pegasus-site",
  formatVersion: 1,
  exportedAt: "2026-11-24T00:00:00.000Z",
  site: { name: "Shop", slug: "shop" },
  document: { file: "site.json", schemaVersion: 2, pages: [] },
};

const pack = (files: Record<string, Uint8Array | string>) =>
  gzipSync(
    writeTar(Object.entries(files).map(([path, data]) => ({ path, data: Buffer.from(data) }))),
  );

describe("unpacking a site archive", () => {
  it("reads the manifest and fills in what older exporters left out", async () => {
    const archive = await unpackArchive(
      pack({ "manifest.json": JSON.stringify(manifest), "site.json": "{}" }),
    );
    expect(archive.manifest).toMatchObject({
      published: null,
      commerce: null,
      media: null,
      notIncluded: [],
    });
    expect(archive.json("site.json")).toEqual({});
    expect(() => archive.json("nope.json")).toThrow(/nope\.json is missing/);
  });

  it("stops a zip bomb at the unpacked limit instead of filling memory", async () => {
    const bomb = pack({
      "manifest.json": JSON.stringify(manifest),
      "big.bin": Buffer.alloc(4 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(
      unpackArchive(bomb, { ...ARCHIVE_LIMITS, maxExpandedBytes: 1024 * 1024 }),
    ).rejects.toThrow(/unpacks to more than 1 MB/);
  });

  it("refuses an upload over the size limit before reading it", async () => {
    await expect(
      unpackArchive(new Uint8Array(2048), { ...ARCHIVE_LIMITS, maxArchiveBytes: 1024 }),
    ).rejects.toBeInstanceOf(ArchiveError);
  });

  it("names what is wrong with a manifest", async () => {
    const bad = pack({ "manifest.json": JSON.stringify({ ...manifest, site: { slug: "x" } }) });
    await expect(unpackArchive(bad)).rejects.toThrow(/manifest is not valid: site\.name/);
    const notJson = pack({ "manifest.json": "{oops" });
    await expect(unpackArchive(notJson)).rejects.toThrow(/manifest\.json is not valid JSON/);
    const big = pack({ "manifest.json": JSON.stringify(manifest), "site.json": "x".repeat(2000) });
    const archive = await unpackArchive(big, { ...ARCHIVE_LIMITS, maxJsonBytes: 1000 });
    expect(() => archive.json("site.json")).toThrow(/larger than/);
  });
});
