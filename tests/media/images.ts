import { deflateSync } from "node:zlib";
import sharp from "sharp";

/**
 * Test pictures made on the fly with sharp: small, with real structure (gradients and shapes, so
 * encoders and the dominant colour have something to work on), and with whatever metadata a
 * test needs to see removed.
 */
export async function photo(
  width: number,
  height: number,
  options: {
    format?: "jpeg" | "png" | "webp" | "avif" | "gif";
    /** EXIF GPS position (IFD3) and camera fields (IFD0). */
    gps?: boolean;
    /** EXIF orientation 1-8. */
    orientation?: number;
    /** Attach a Display P3 profile (the pixels are converted to P3 first). */
    p3?: boolean;
    alpha?: boolean;
  } = {},
): Promise<Buffer> {
  const channels = options.alpha ? 4 : 3;
  const raw = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      const inSun =
        (x - width * 0.7) ** 2 + (y - height * 0.3) ** 2 < (Math.min(width, height) * 0.15) ** 2;
      raw[i] = inSun ? 250 : Math.round(40 + (150 * x) / width);
      raw[i + 1] = inSun ? 200 : Math.round(90 + (100 * y) / height);
      raw[i + 2] = inSun ? 60 : 150;
      if (options.alpha) raw[i + 3] = x < width / 2 ? 255 : 0;
    }
  }
  let image = sharp(raw, { raw: { width, height, channels } });
  if (options.p3) image = image.withIccProfile("p3");
  if (options.gps) {
    image = image.withExif({
      IFD0: { Make: "Pegasus Test Camera", Model: "GPS-1", Copyright: "Test" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "46/1 47/1 1234/100",
        GPSLongitudeRef: "W",
        GPSLongitude: "92/1 6/1 3456/100",
      },
    });
  }
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  switch (options.format ?? "jpeg") {
    case "jpeg":
      return image.jpeg({ quality: 90 }).toBuffer();
    case "png":
      return image.png().toBuffer();
    case "webp":
      return image.webp({ quality: 90 }).toBuffer();
    case "avif":
      return image.avif({ quality: 60, effort: 0 }).toBuffer();
    case "gif":
      return image.gif().toBuffer();
  }
}

/**
 * An animated GIF or WebP made with sharp: one frame per colour (`#rrggbb`, flat, so each frame
 * is easy to tell apart; with `alpha`, the right half of each is transparent), shown 120, 240,
 * 360… ms, looping forever.
 */
export async function animation(
  width: number,
  height: number,
  colours: string[],
  options: { format?: "gif" | "webp"; alpha?: boolean } = {},
): Promise<Buffer> {
  const channels = options.alpha ? 4 : 3;
  const frames = await Promise.all(
    colours.map((colour) => {
      const rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
      const raw = Buffer.alloc(width * height * channels);
      for (let p = 0; p < width * height; p++) {
        raw.set(rgb, p * channels);
        if (options.alpha) raw[p * channels + 3] = p % width < width / 2 ? 255 : 0;
      }
      return sharp(raw, { raw: { width, height, channels } }).png().toBuffer();
    }),
  );
  const joined = sharp(frames, { join: { animated: true } });
  const timing = { delay: frameDelays(colours.length), loop: 0 };
  return options.format === "webp"
    ? joined.webp({ ...timing, lossless: true }).toBuffer()
    : joined.gif(timing).toBuffer();
}

/** The frame delays `animation` writes, in ms. */
export const frameDelays = (frames: number) =>
  Array.from({ length: frames }, (_, i) => 120 * (i + 1));

/**
 * A GIF that is nothing but headers: a `width` x `height` screen and `frames` frames of one
 * pixel each. A decoder draws every frame on the whole screen, so a few bytes per frame claim
 * `width` x `height` pixels each (a decompression bomb made of frames).
 */
export function gifFramesOnly(width: number, height: number, frames: number): Buffer {
  const u16 = (n: number) => [n & 0xff, n >> 8];
  // Logical screen with a two-colour global table.
  const head = [...Buffer.from("GIF89a"), ...u16(width), ...u16(height), 0x80, 0, 0];
  const palette = [0, 0, 0, 255, 255, 255];
  // Image descriptor at (0,0), 1x1; LZW minimum code size 2; one sub-block: clear, 0, end.
  const frame = [0x2c, ...u16(0), ...u16(0), ...u16(1), ...u16(1), 0, 2, 2, 0x44, 0x01, 0];
  return Buffer.from([...head, ...palette, ...Array(frames).fill(frame).flat(), 0x3b]);
}

/** A PNG that is nothing but a valid header claiming `width` x `height` (a decompression bomb's shape). */
export function pngHeaderOnly(width: number, height: number): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  // A tiny (wrong-sized) IDAT and IEND, so the file is structurally whole and only the size is wrong.
  return Buffer.concat([
    signature,
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * A real, whole PNG with a two-colour palette at 1 bit per pixel, every pixel the first colour:
 * the cheap-to-send, expensive-to-decode shape (9,999 x 9,999 is about 12 KB). Written by hand,
 * since an encoder takes many seconds over 100 megapixels of nothing.
 */
export function palettePng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 3; // palette
  // Each row: filter type 0, then the packed indices, all zero.
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("PLTE", Buffer.from([0xf4, 0xee, 0xe0, 0x20, 0x20, 0x20])),
    pngChunk("IDAT", deflateSync(rows, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** True when the bytes carry an EXIF block (JPEG APP1 "Exif\0\0", or an Exif box/chunk). */
export function carriesExif(bytes: Uint8Array): boolean {
  return (
    Buffer.from(bytes).includes(Buffer.from("Exif\0\0", "latin1")) ||
    Buffer.from(bytes).includes(Buffer.from("EXIF", "latin1"))
  );
}

/** True when a JPEG's (or any TIFF-style) EXIF block holds a GPS directory (tag 0x8825 in IFD0). */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const start = exif.subarray(0, 6).toString("latin1") === "Exif\0\0" ? 6 : 0;
  const tiff = exif.subarray(start);
  const little = tiff.subarray(0, 2).toString("latin1") === "II";
  const u16 = (i: number) => (little ? tiff.readUInt16LE(i) : tiff.readUInt16BE(i));
  const u32 = (i: number) => (little ? tiff.readUInt32LE(i) : tiff.readUInt32BE(i));
  const ifd0 = u32(4);
  const count = u16(ifd0);
  for (let i = 0; i < count; i++) if (u16(ifd0 + 2 + i * 12) === 0x8825) return true;
  return false;
}
