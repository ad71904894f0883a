import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  animation,
  carriesExif,
  exifHasGps,
  frameDelays,
  photo,
} from "../../tests/media/images.ts";
import { ImageProcessingError, processImage } from "./process.ts";

const OPTIONS = { maxPixels: 100_000_000 };
const SHARP_FORMAT = { avif: "heif", webp: "webp", jpeg: "jpeg", gif: "gif" } as const;
const RED_GREEN_BLUE = ["#d03020", "#20a040", "#2040c0"];

/** The colour in the middle of one frame of a variant (the first unless told). */
async function centre(bytes: Uint8Array, page = 0) {
  const meta = await sharp(bytes, { page }).metadata();
  const [r, g, b] = await sharp(bytes, { page })
    .extract({ left: meta.width >> 1, top: meta.height >> 1, width: 1, height: 1 })
    .removeAlpha()
    .raw()
    .toBuffer();
  return { r: r!, g: g!, b: b! };
}

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

  it.each(["gif", "webp"] as const)(
    "keeps an animated %s animated: WebP and GIF with every frame and its timing at every width, a JPEG of the first frame",
    async (format) => {
      const input = await animation(1000, 500, RED_GREEN_BLUE, { format });
      const result = await processImage(input, OPTIONS);
      expect(result.frames).toBe(3);
      expect([result.width, result.height]).toEqual([1000, 500]);
      // No AVIF: sharp cannot write an animated one.
      expect(result.variants.map((v) => `${v.width}.${v.format}`)).toEqual(
        [1000, 960, 640, 320].flatMap((w) => [`${w}.webp`, `${w}.gif`, `${w}.jpeg`]),
      );
      for (const variant of result.variants) {
        const name = `${variant.width}.${variant.format}`;
        const meta = await sharp(variant.bytes, { animated: true }).metadata();
        expect(meta.format, name).toBe(SHARP_FORMAT[variant.format]);
        expect(variant.height, name).toBe(variant.width / 2);
        expect([meta.width, meta.pageHeight ?? meta.height], name).toEqual([
          variant.width,
          variant.height,
        ]);
        if (variant.format === "jpeg") {
          expect(meta.pages ?? 1, name).toBe(1);
        } else {
          expect(meta.pages, name).toBe(3);
          expect(meta.delay, name).toEqual(frameDelays(3));
          expect(meta.loop, name).toBe(0);
          // The last frame really is the last colour (blue), not a copy of the first.
          expect((await centre(variant.bytes, 2)).b, name).toBeGreaterThan(150);
        }
        // Every variant starts with the first frame (red); the JPEG is nothing else.
        const { r, b } = await centre(variant.bytes);
        expect(r, name).toBeGreaterThan(150);
        expect(b, name).toBeLessThan(90);
      }
      // Colour and placeholder from the first frame, as a still of it would have.
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(result.color.slice(i, i + 2), 16));
      expect(r).toBeGreaterThan(150);
      expect(g! + b!).toBeLessThan(150);
      const placeholder = /^data:image\/webp;base64,(.+)$/.exec(result.placeholder)![1]!;
      expect((await sharp(Buffer.from(placeholder, "base64")).metadata()).pages ?? 1).toBe(1);
      expect(result.hasAlpha).toBe(false);
    },
  );

  it("never upscales an animation, and keeps transparency in its WebP and GIF", async () => {
    const result = await processImage(
      await animation(200, 100, ["#d03020", "#20a040"], { alpha: true }),
      OPTIONS,
    );
    expect(result.hasAlpha).toBe(true);
    expect(result.variants.map((v) => `${v.width}x${v.height}.${v.format}`)).toEqual([
      "200x100.webp",
      "200x100.gif",
      "200x100.jpeg",
    ]);
    // The right half of every frame is transparent: still so in WebP and GIF, white in the JPEG.
    for (const variant of result.variants) {
      for (const page of variant.format === "jpeg" ? [0] : [0, 1]) {
        const [r, g, b, alpha] = await sharp(variant.bytes, { page })
          .ensureAlpha()
          .extract({ left: 150, top: 50, width: 1, height: 1 })
          .raw()
          .toBuffer();
        const seen = `${variant.format} frame ${page}`;
        if (variant.format === "jpeg") expect([r, g, b, alpha], seen).toEqual([255, 255, 255, 255]);
        else expect(alpha, seen).toBe(0);
      }
    }
  });

  it("makes a still of a single-frame GIF, as of any other still", async () => {
    const result = await processImage(await photo(400, 300, { format: "gif" }), OPTIONS);
    expect(result.frames).toBe(1);
    expect([...new Set(result.variants.map((v) => v.format))]).toEqual(["avif", "webp", "jpeg"]);
  });

  it("counts every frame of an animation against the pixel limit in the decoder too", async () => {
    const input = await animation(100, 100, RED_GREEN_BLUE);
    await expect(processImage(input, { maxPixels: 100 * 100 * 3 - 1 })).rejects.toThrow(
      "The image has more pixels than the limit allows.",
    );
    expect((await processImage(input, { maxPixels: 100 * 100 * 3 })).frames).toBe(3);
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
