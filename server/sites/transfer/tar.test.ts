import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isSafeArchivePath, readTar, TarError, writeTar } from "./tar.ts";

const limits = { maxEntries: 100, maxFileBytes: 1_000_000 };

describe("the tar writer and reader", () => {
  it("round-trips files of any size, byte for byte", () => {
    const files = [
      { path: "manifest.json", data: Buffer.from('{"a":1}') },
      { path: "media/x/640.webp", data: new Uint8Array(513).map((_, i) => i % 251) },
      { path: "empty.json", data: new Uint8Array(0) },
    ];
    const archive = writeTar(files);
    expect(archive.length % 512).toBe(0);
    const read = readTar(archive, limits);
    expect(read.map((f) => f.path)).toEqual(files.map((f) => f.path));
    read.forEach((file, i) =>
      expect(Buffer.from(file.data).equals(Buffer.from(files[i]!.data))).toBe(true),
    );
  });

  it("writes archives the system tar reads", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pegasus-tar-"));
    try {
      const file = path.join(dir, "a.tar");
      writeFileSync(file, writeTar([{ path: "site.json", data: Buffer.from("{}") }]));
      expect(execFileSync("tar", ["-tf", file]).toString().trim()).toBe("site.json");
      execFileSync("tar", ["-xf", file, "-C", dir]);
      expect(readFileSync(path.join(dir, "site.json"), "utf8")).toBe("{}");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("accepts only short, relative, lower-case paths", () => {
    for (const good of ["site.json", "media/abc-1/640.webp"])
      expect(isSafeArchivePath(good)).toBe(true);
    for (const bad of [
      "../x",
      "/etc/passwd",
      "a/../b",
      "a//b",
      "A.json",
      "a\\b",
      ".hidden",
      "a/./b",
      "",
    ]) {
      expect(isSafeArchivePath(bad), bad).toBe(false);
    }
    expect(() => writeTar([{ path: "../x", data: new Uint8Array() }])).toThrow(TarError);
  });

  it("refuses damaged, truncated and oversized archives", () => {
    const archive = writeTar([{ path: "a.json", data: Buffer.alloc(600, 1) }]);
    const damaged = Buffer.from(archive);
    damaged[10] = 0x41;
    expect(() => readTar(damaged, limits)).toThrow(/checksum/);
    expect(() => readTar(archive.subarray(0, 700), limits)).toThrow(/cut short/);
    expect(() => readTar(archive, { ...limits, maxFileBytes: 100 })).toThrow(/larger than/);
    const many = writeTar(
      Array.from({ length: 5 }, (_, i) => ({ path: `f${i}`, data: new Uint8Array() })),
    );
    expect(() => readTar(many, { ...limits, maxEntries: 4 })).toThrow(/more than 4 files/);
    expect(() => readTar(Buffer.alloc(512, 7), limits)).toThrow(/not a tar archive/);
  });

  it("refuses links and devices", () => {
    const archive = Buffer.from(writeTar([{ path: "link", data: new Uint8Array() }]));
    archive[156] = 0x32; // "2": symbolic link
    let sum = 0;
    archive.fill(0x20, 148, 156);
    for (let i = 0; i < 512; i++) sum += archive[i]!;
    archive.write(sum.toString(8).padStart(6, "0") + "\0 ", 148);
    expect(() => readTar(archive, limits)).toThrow(/link or special file/);
  });
});
