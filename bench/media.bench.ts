/**
 * Media benchmarks (issue 8): the time to make every variant of a 12-megapixel JPEG, and images
 * per second through the worker pool, each as a ratio to one plain sharp resize of the same image
 * measured in the same run (the machines are shared and noisy; the ratios are what to compare).
 */
import { availableParallelism } from "node:os";
import sharp from "sharp";
import { inspectUpload } from "../server/media/inspect.ts";
import { ImageWorkerPool } from "../server/media/pool.ts";
import { processImage } from "../server/media/process.ts";

const OPTIONS = { maxPixels: 100_000_000 };

/** A 4000x3000 photo-like JPEG: smooth gradients, shapes and fine grain (not flat, not noise). */
export async function twelveMegapixelJpeg(seed = 1): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const raw = Buffer.alloc(width * height * 3);
  let state = seed * 2654435761;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      state = (state * 1103515245 + 12345) >>> 0;
      const grain = (state >>> 27) - 16;
      const i = (y * width + x) * 3;
      const sun = (x - 2900) ** 2 + (y - 800) ** 2 < 450 ** 2;
      raw[i] = clamp((sun ? 240 : 60 + (120 * x) / width) + grain);
      raw[i + 1] = clamp((sun ? 190 : 80 + (110 * y) / height) + grain);
      raw[i + 2] = clamp((sun ? 90 : 140 - (60 * y) / height) + grain);
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .blur(0.8)
    .jpeg({ quality: 88 })
    .toBuffer();
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
}

async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function mediaBenchmark(): Promise<string> {
  const jpeg = await twelveMegapixelJpeg();
  // Warm up libvips and the encoders.
  await sharp(jpeg).resize(1280).jpeg().toBuffer();

  const inspectMs = await median(20, async () => inspectUpload(jpeg, OPTIONS));
  const resizeMs = await median(5, () => sharp(jpeg).resize(1280).jpeg().toBuffer());
  const inProcessMs = await median(3, () => processImage(jpeg, OPTIONS));
  const variants = (await processImage(jpeg, OPTIONS)).variants.length;

  const rows = [
    "| measure | result | ratio to one plain resize |",
    "| --- | ---: | ---: |",
    `| baseline: one plain sharp resize of the 12 MP JPEG to 1280 px JPEG | ${resizeMs.toFixed(0)} ms | 1.0 |`,
    `| request-path checks of the upload (type, integrity, hidden markup, header size) | ${inspectMs.toFixed(1)} ms | ${(inspectMs / resizeMs).toFixed(2)} |`,
    `| all ${variants} variants (5 widths × AVIF, WebP, JPEG) + colour + placeholder, in process | ${inProcessMs.toFixed(0)} ms | ${(inProcessMs / resizeMs).toFixed(1)} |`,
  ];

  for (const size of [...new Set([1, Math.max(1, Math.min(4, availableParallelism() - 1)), 2])]) {
    const pool = new ImageWorkerPool({ size });
    try {
      await pool.run(jpeg, OPTIONS); // start the threads
      const oneMs = await median(3, () => pool.run(jpeg, OPTIONS));
      const count = 4 * size;
      const start = performance.now();
      await Promise.all(Array.from({ length: count }, () => pool.run(jpeg, OPTIONS)));
      const perSecond = count / ((performance.now() - start) / 1000);
      const resizesPerSecond = 1000 / resizeMs;
      rows.push(
        `| all variants of one image through the pool (${size} thread${size > 1 ? "s" : ""}) | ${oneMs.toFixed(0)} ms | ${(oneMs / resizeMs).toFixed(1)} |`,
        `| images per second, ${count} uploads at once, ${size} thread${size > 1 ? "s" : ""} | ${perSecond.toFixed(2)} /s | ${(perSecond / resizesPerSecond).toFixed(3)} (vs ${resizesPerSecond.toFixed(1)} plain resizes/s) |`,
      );
    } finally {
      await pool.close();
    }
  }
  return rows.join("\n");
}
