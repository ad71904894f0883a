import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { carriesExif, exifHasGps, photo } from "../../tests/media/images.ts";
import { ImageProcessingError, processImage } from "./process.ts";

const OPTIONS = { maxPixels: 100_000_000 };
const SHARP_FORMAT = { avif: "heif", webp: "webp", jpeg: "jpeg" } as const;

describe("processing an upload", () => {
  it("makes every promised width in AVIF, WebP and JPEG, each really that format and size", async () => {
    const result = await processImage(await photo(2400, 1600), OPTIONS);
    const widths = [...new Set(result.variants.map((v) => v.width))].sort((a, b) => a - b);
    expect(widths).toEqual([320, 640, 960, 1280, 1920]);
    expect(result.variants).toHaveLength(15);
    for (const variant of result.variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect(meta.format, `${variant.width} ${variant.format}`).toBe(SHARP_FORMAT[variant.format]);
      if (variant.format === "avif") expect(meta.compression).toBe("av1");
      expect([meta.width, meta.height]).toEqual([variant.width, variant.height]);
      expect(variant.height).toBe(Math.round((variant.width * 1600) / 2400));
    }
    expect([result.width, result.height]).toEqual([1920, 1280]);
    expect([result.originalWidth, result.originalHeight]).toEqual([2400, 1600]);
  });

  it("never upscales: a small image stops at its own width", async () => {
    const medium = await processImage(await photo(700, 350), OPTIONS);
    expect([...new Set(medium.variants.map((v) => v.width))].sort((a, b) => a - b)).toEqual([
      320, 640, 700,
    ]);
    const tiny = await processImage(await photo(200, 100), OPTIONS);
    expect(tiny.variants.map((v) => `${v.width}x${v.height}`)).toEqual([
      "200x100",
      "200x100",
      "200x100",
    ]);
    for (const result of [medium, tiny]) {
      for (const v of result.variants) expect(v.width).toBeLessThanOrEqual(result.originalWidth);
    }
  });

  it("removes EXIF and GPS from every variant", async () => {
    const input = await photo(1000, 750, { gps: true });
    const before = await sharp(input).metadata();
    expect(exifHasGps(before.exif)).toBe(true); // the test photo really carries a position
    const result = await processImage(input, OPTIONS);
    for (const variant of result.variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect(meta.exif, `${variant.width}.${variant.format}`).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(carriesExif(variant.bytes)).toBe(false);
      expect(Buffer.from(variant.bytes).includes(Buffer.from("Pegasus Test Camera"))).toBe(false);
    }
  });

  it("applies the EXIF orientation before dropping it", async () => {
    // Stored 600x300 landscape, tagged "rotate 90°": people see a 300x600 portrait.
    const result = await processImage(await photo(600, 300, { orientation: 6 }), OPTIONS);
    expect([result.originalWidth, result.originalHeight]).toEqual([300, 600]);
    for (const variant of result.variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect(meta.orientation).toBeUndefined();
      expect(meta.height).toBeGreaterThan(meta.width);
    }
  });

  it("converts a Display P3 photo to sRGB and drops the profile", async () => {
    const srgbGreen = { r: 0, g: 200, b: 0 };
    const p3 = await sharp({
      create: { width: 64, height: 64, channels: 3, background: srgbGreen },
    })
      .withIccProfile("p3")
      .png()
      .toBuffer();
    // Read without colour management, the stored P3 numbers are far from sRGB green: a pipeline
    // that ignored the profile would keep these.
    const [pr, pg, pb] = await sharp(p3, { ignoreIcc: true }).raw().toBuffer();
    expect(Math.abs(pr! - 0) + Math.abs(pg! - 200) + Math.abs(pb! - 0)).toBeGreaterThan(60);
    const result = await processImage(p3, OPTIONS);
    for (const variant of result.variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect(meta.icc, variant.format).toBeUndefined();
      const [r, g, b] = await sharp(variant.bytes).removeAlpha().raw().toBuffer();
      expect(Math.abs(r! - 0) + Math.abs(g! - 200) + Math.abs(b! - 0), variant.format).toBeLessThan(
        25,
      );
    }
  });

  it("keeps transparency in AVIF and WebP, flattens it on white for JPEG", async () => {
    const result = await processImage(
      await photo(400, 200, { format: "png", alpha: true }),
      OPTIONS,
    );
    expect(result.hasAlpha).toBe(true);
    for (const variant of result.variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect(meta.hasAlpha, variant.format).toBe(variant.format !== "jpeg");
    }
    const jpeg = result.variants.find((v) => v.format === "jpeg")!;
    const [r, g, b] = await sharp(jpeg.bytes)
      .extract({ left: jpeg.width - 2, top: 0, width: 1, height: 1 })
      .raw()
      .toBuffer();
    expect([r, g, b].every((c) => c! > 245)).toBe(true);
  });

  it("finds the dominant colour and makes a tiny blurred placeholder", async () => {
    const red = await sharp({
      create: { width: 800, height: 400, channels: 3, background: "#c0392b" },
    })
      .jpeg()
      .toBuffer();
    const result = await processImage(red, OPTIONS);
    expect(result.color).toMatch(/^#[0-9a-f]{6}$/);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(result.color.slice(i, i + 2), 16));
    expect(r).toBeGreaterThan(150);
    expect(g! + b!).toBeLessThan(150);
    expect(result.hasAlpha).toBe(false);
    const placeholder = /^data:image\/webp;base64,(.+)$/.exec(result.placeholder)![1]!;
    const meta = await sharp(Buffer.from(placeholder, "base64")).metadata();
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(16);
    expect(result.placeholder.length).toBeLessThan(400);
  });

  it("refuses more pixels than the limit in the decoder as well", async () => {
    await expect(processImage(await photo(300, 300), { maxPixels: 300 * 299 })).rejects.toThrow(
      ImageProcessingError,
    );
  });

  it("reports progress up to 1", async () => {
    const seen: number[] = [];
    await processImage(await photo(700, 400), OPTIONS, (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });
});
