import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { photo } from "../../tests/media/images.ts";
import { ImageWorkerPool } from "./pool.ts";
import { ImageProcessingError } from "./process.ts";

const OPTIONS = { maxPixels: 100_000_000 };

describe("the image worker pool", () => {
  it("processes on worker threads, reports progress and hands the variants back", async () => {
    const pool = new ImageWorkerPool({ size: 2 });
    try {
      const progress: number[] = [];
      const inputs = await Promise.all([photo(900, 600), photo(500, 500), photo(640, 200)]);
      const results = await Promise.all(
        inputs.map((input, i) => pool.run(input, OPTIONS, (f) => i === 0 && progress.push(f))),
      );
      expect(pool.threads).toBe(2);
      expect(results.map((r) => [r.originalWidth, r.originalHeight])).toEqual([
        [900, 600],
        [500, 500],
        [640, 200],
      ]);
      const first = results[0]!.variants[0]!;
      expect((await sharp(first.bytes).metadata()).width).toBe(first.width);
      expect(progress.at(-1)).toBe(1);
      expect(pool.pending).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it("fails only the job whose image cannot be decoded, and keeps working", async () => {
    const pool = new ImageWorkerPool({ size: 1 });
    try {
      // A JPEG's header on a body of garbage: it passes for a JPEG until the decoder reads it.
      const garbage = Buffer.concat([
        (await photo(64, 64)).subarray(0, 200),
        Buffer.alloc(300, 0x41),
      ]);
      await expect(pool.run(garbage, OPTIONS)).rejects.toBeInstanceOf(ImageProcessingError);
      const ok = await pool.run(await photo(100, 80), OPTIONS);
      expect(ok.width).toBe(100);
    } finally {
      await pool.close();
    }
  });

  it("stops a job that runs too long and replaces its thread", async () => {
    const pool = new ImageWorkerPool({ size: 1, timeoutMs: 1 });
    try {
      await expect(pool.run(await photo(1200, 900), OPTIONS)).rejects.toThrow(/took too long/);
      expect(pool.threads).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it("refuses work once closed", async () => {
    const pool = new ImageWorkerPool({ size: 1 });
    await pool.close();
    await expect(pool.run(new Uint8Array([1]), OPTIONS)).rejects.toThrow(/closed/);
  });
});
