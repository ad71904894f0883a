import { DomainError } from "../errors.ts";

/**
 * The checks an upload passes on the request path, from its bytes alone and without decoding a
 * pixel: what it is (never what its name says), whether it is whole, whether it hides markup,
 * and how many pixels its header claims. Anything refused here is refused before a byte is stored.
 */

export type ImageType = "jpeg" | "png" | "webp" | "avif" | "gif";

export const ACCEPTED_TYPES_TEXT = "JPEG, PNG, WebP, AVIF or GIF";

export type RefusalCode = "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "BAD_REQUEST";

/** An upload we will not take, with a message for the merchant that says why. */
export class UploadRefused extends DomainError {
  declare readonly code: RefusalCode;
  constructor(code: RefusalCode, message: string) {
    super(code, message);
    this.name = "UploadRefused";
  }
}

/**
 * Frames an animation may have, whatever its size: each one costs a decode and an encode per
 * variant, so a long run of tiny frames is as much work as one huge picture.
 */
export const MAX_FRAMES = 1000;

export type InspectLimits = {
  /** Pixels of all frames together (`MEDIA_MAX_PIXELS`). */
  maxPixels: number;
  /** Frames of an animated GIF or WebP; `MAX_FRAMES` unless given. */
  maxFrames?: number;
};

/** What an upload is: its type, the size of one frame, and how many frames (1 for a still). */
export type InspectedImage = { type: ImageType; width: number; height: number; frames: number };

export function inspectUpload(bytes: Uint8Array, limits: InspectLimits): InspectedImage {
  if (bytes.byteLength === 0) throw new UploadRefused("BAD_REQUEST", "The file is empty.");
  const type = detectImageType(bytes);
  if (type === null) {
    throw new UploadRefused(
      "UNSUPPORTED_MEDIA_TYPE",
      `${describeNonImage(bytes)} Upload a ${ACCEPTED_TYPES_TEXT} image.`,
    );
  }
  if (hidesMarkup(bytes)) {
    throw new UploadRefused(
      "BAD_REQUEST",
      "This file is an image with HTML or script hidden inside it (a polyglot file), so it was refused. Export the picture again from an image editor and upload that.",
    );
  }
  const damage = CHECK_WHOLE[type](bytes);
  if (damage) {
    throw new UploadRefused(
      "BAD_REQUEST",
      `This ${TYPE_NAMES[type]} file is damaged or incomplete (${damage}); it may not have finished uploading or saving. Try exporting it again.`,
    );
  }
  const size = READ_SIZE[type](bytes);
  if (!size || size.width < 1 || size.height < 1) {
    throw new UploadRefused(
      "BAD_REQUEST",
      `The size of this ${TYPE_NAMES[type]} image cannot be read: the file is damaged.`,
    );
  }
  const { width, height, frames } = size;
  const maxFrames = limits.maxFrames ?? MAX_FRAMES;
  if (frames > maxFrames) {
    throw new UploadRefused(
      "PAYLOAD_TOO_LARGE",
      `This animation has ${count(frames)} frames; the limit is ${count(maxFrames)}. Shorten it or drop frames (a lower frame rate) and upload it again.`,
    );
  }
  // The decoder holds every frame at full size, so a bomb can hide in frames as well as in size.
  const pixels = width * height * frames;
  const storedBits = type === "png" ? pngBitsPerPixel(bytes) : null;
  const budget = pixelBudget(limits.maxPixels, storedBits);
  if (storedBits !== null && pixels <= limits.maxPixels && pixels > budget) {
    throw new UploadRefused(
      "PAYLOAD_TOO_LARGE",
      `This image is ${count(width)} × ${count(height)} pixels (${megapixels(pixels)} megapixels) stored in ${storedBits === 1 ? "1 bit" : `${storedBits} bits`} per pixel; such an image takes as long to process as a full-colour one, so its limit is ${megapixels(budget)} megapixels. Make it smaller, or save it in full colour, and upload it again.`,
    );
  }
  if (pixels > limits.maxPixels) {
    const limit = `the limit is ${megapixels(limits.maxPixels)} megapixels`;
    throw new UploadRefused(
      "PAYLOAD_TOO_LARGE",
      frames > 1
        ? `This animation is ${count(width)} × ${count(height)} pixels and ${count(frames)} frames long (${megapixels(pixels)} megapixels in all); ${limit}. Make it smaller or shorter and upload it again.`
        : `This image is ${count(width)} × ${count(height)} pixels (${megapixels(pixels)} megapixels); ${limit}. Make it smaller and upload it again.`,
    );
  }
  return { type, width, height, frames };
}

/** Bits per pixel of full colour, what every image is decoded to (8 bits a channel, sRGB). */
const FULL_COLOUR_BITS = 24;

/**
 * The pixels an image stored in `storedBits` per pixel may have. Decoding makes every pixel full
 * colour whatever it was stored in, so an image with a palette or 1, 2 or 4-bit grey costs as
 * much to process as a full-colour one of its size, while its file is a fraction of the size to
 * send: 100 megapixels at 1 bit is a 12 KB PNG that takes seconds and well over 100 MB to
 * process (in full colour, at least 300 KB). Its budget shrinks in step with its bits:
 * `MEDIA_MAX_PIXELS` × bits ÷ 24, 4.2 MP at 1 bit and 33 MP at 8 by default, still more than any
 * logo, icon or palette-compressed photo needs, while the largest such upload is 24 times less
 * work at 1 bit.
 */
export function pixelBudget(maxPixels: number, storedBits: number | null): number {
  if (storedBits === null || storedBits >= FULL_COLOUR_BITS) return maxPixels;
  return Math.floor((maxPixels * storedBits) / FULL_COLOUR_BITS);
}

/**
 * Bits one pixel of a PNG is stored in, from its header: the bit depth times the channels of its
 * colour type (a palette index is one channel). Null when the header is not one PNG allows.
 */
export function pngBitsPerPixel(b: Uint8Array): number | null {
  if (b.length < 26) return null;
  const depth = b[24]!;
  const channels = PNG_CHANNELS[b[25]!];
  if (!channels || ![1, 2, 4, 8, 16].includes(depth)) return null;
  return depth * channels;
}

/** Channels of each PNG colour type: grey, RGB, palette, grey + alpha, RGBA. */
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

const count = (n: number) => n.toLocaleString("en");

const TYPE_NAMES: Record<ImageType, string> = {
  jpeg: "JPEG",
  png: "PNG",
  webp: "WebP",
  avif: "AVIF",
  gif: "GIF",
};

function megapixels(pixels: number): string {
  const mp = pixels / 1_000_000;
  return mp >= 10 ? String(Math.round(mp)) : String(Math.round(mp * 10) / 10);
}

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  Buffer.from(
    bytes.buffer,
    bytes.byteOffset + start,
    Math.max(0, Math.min(end, bytes.length) - start),
  ).toString("latin1");

/** The type from the file's signature; null when it is none of the accepted image types. */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.length >= 8 && ascii(b, 0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  const head6 = ascii(b, 0, 6);
  if (head6 === "GIF87a" || head6 === "GIF89a") return "gif";
  if (ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP") return "webp";
  if (ascii(b, 4, 8) === "ftyp") {
    const boxSize = readU32(b, 0);
    const brands = ascii(b, 8, Math.min(boxSize || 32, 64));
    // Major brand, then compatible brands, four characters each (skipping the minor version).
    const list = [brands.slice(0, 4)];
    for (let i = 8; i + 4 <= brands.length; i += 4) list.push(brands.slice(i, i + 4));
    if (list.includes("avif") || list.includes("avis")) return "avif";
  }
  return null;
}

/** A sentence saying what a refused file looks like, so the merchant knows what went wrong. */
function describeNonImage(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, 1024)
    .replace(/^\xef\xbb\xbf/, "")
    .trimStart()
    .toLowerCase();
  if (head.includes("<svg")) {
    return "SVG files are not accepted: they can carry scripts that would run on your store. Export the picture as PNG or WebP instead.";
  }
  if (/^<!doctype html|^<html|<script|<body|<head/.test(head)) {
    return "This file is not an image: it is an HTML page, whatever its name says.";
  }
  if (head.startsWith("%pdf")) return "This file is a PDF, not an image.";
  if (ascii(bytes, 4, 8) === "ftyp" && /heic|heix|mif1|hevc/.test(ascii(bytes, 8, 40))) {
    return "HEIC photos are not supported yet: choose “Most Compatible” in the camera settings or export the photo as JPEG.";
  }
  if (ascii(bytes, 0, 4) === "II*\0" || ascii(bytes, 0, 4) === "MM\0*") {
    return "TIFF files are not accepted.";
  }
  if (ascii(bytes, 0, 2) === "PK") return "This file is an archive (ZIP), not an image.";
  const text = [...bytes.subarray(0, 512)].every(
    (c) => c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127) || c >= 128,
  );
  if (text) return "This file is text, not an image.";
  return "This file is not an image we can read.";
}

// Markup a browser would act on. Whole words with a delimiter after them, so that compressed
// image data (effectively random bytes) matches by accident about once in 10^9 files.
const HIDDEN_MARKUP =
  /<(?:script|iframe|object|embed|frameset)[\s>/]|<(?:html|body|head|svg)[\s>]|<!doctype\s+html|<\?php|javascript:|<%@/i;

/** True when the bytes carry HTML or script anywhere, e.g. in a comment or after the image. */
export function hidesMarkup(bytes: Uint8Array): boolean {
  return HIDDEN_MARKUP.test(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"),
  );
}

type WholeCheck = (bytes: Uint8Array) => string | null;

const CHECK_WHOLE: Record<ImageType, WholeCheck> = {
  jpeg(b) {
    // Walk the header segments to the first scan; the image data then runs to an EOI marker.
    // Inside scan data 0xFF is always followed by 0x00 or a restart marker, so FF D9 is the end.
    let i = 2;
    let sawFrame = false;
    while (i + 4 <= b.length) {
      if (b[i] !== 0xff) return "a header segment is broken";
      const marker = b[i + 1]!;
      if (marker === 0xff) {
        i += 1;
        continue;
      }
      if (marker === 0xd9) return "it ends before the picture";
      const length = readU16(b, i + 2);
      if (length < 2 || i + 2 + length > b.length) return "the file ends inside a header segment";
      if (isStartOfFrame(marker)) sawFrame = true;
      if (marker === 0xda) {
        if (!sawFrame) return "the picture data comes before the frame header";
        const end = indexOfPair(b, 0xff, 0xd9, i + 2 + length);
        return end === -1 ? "the picture data is cut off" : null;
      }
      i += 2 + length;
    }
    return "the file ends before the picture data";
  },
  png(b) {
    let i = 8;
    let first = true;
    while (i + 12 <= b.length) {
      const length = readU32(b, i);
      const type = ascii(b, i + 4, i + 8);
      if (first && type !== "IHDR") return "the header chunk is missing";
      first = false;
      if (i + 12 + length > b.length) return `the file ends inside the ${type} chunk`;
      i += 12 + length;
      if (type === "IEND") {
        return b.subarray(i).some((x) => x !== 0)
          ? "there is data after the end of the image"
          : null;
      }
    }
    return "the end of the image is missing";
  },
  gif(b) {
    let end = b.length;
    while (end > 0 && b[end - 1] === 0) end--;
    if (b[end - 1] !== 0x3b) return "the end of the image is missing";
    const layout = readGif(b);
    return typeof layout === "string" ? layout : null;
  },
  webp(b) {
    const declared = readU32LE(b, 4) + 8;
    if (declared > b.length) return "the file is shorter than its header says";
    return null;
  },
  avif(b) {
    const boxes = new Set<string>();
    let i = 0;
    while (i + 8 <= b.length) {
      let size = readU32(b, i);
      const type = ascii(b, i + 4, i + 8);
      if (size === 1) {
        if (i + 16 > b.length) return "a box header is cut off";
        size = readU32(b, i + 8) * 2 ** 32 + readU32(b, i + 12);
      } else if (size === 0) {
        size = b.length - i;
      }
      if (size < 8 || i + size > b.length) return `the file ends inside the ${type} box`;
      boxes.add(type);
      i += size;
    }
    if (!boxes.has("meta") || !boxes.has("mdat")) return "the image data is missing";
    return null;
  },
};

/** The size of one frame, and how many frames there are (1 for a still). */
type Size = { width: number; height: number; frames: number } | null;

const READ_SIZE: Record<ImageType, (bytes: Uint8Array) => Size> = {
  png: (b) =>
    b.length >= 24 ? { width: readU32(b, 16), height: readU32(b, 20), frames: 1 } : null,
  gif(b) {
    const layout = readGif(b);
    return typeof layout === "string" ? null : layout;
  },
  jpeg(b) {
    let i = 2;
    while (i + 9 <= b.length) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1]!;
      if (marker === 0xff) {
        i += 1;
        continue;
      }
      if (isStartOfFrame(marker)) {
        return { height: readU16(b, i + 5), width: readU16(b, i + 7), frames: 1 };
      }
      if (marker === 0xda) return null;
      i += 2 + readU16(b, i + 2);
    }
    return null;
  },
  webp(b) {
    const chunk = ascii(b, 12, 16);
    if (chunk === "VP8X" && b.length >= 30) {
      // The canvas: an animation (flag 0x02) decodes to one whole canvas per ANMF frame.
      const animated = (b[20]! & 0x02) !== 0;
      return {
        width: readU24LE(b, 24) + 1,
        height: readU24LE(b, 27) + 1,
        frames: animated ? Math.max(1, countRiffChunks(b, "ANMF")) : 1,
      };
    }
    if (chunk === "VP8L" && b.length >= 25 && b[20] === 0x2f) {
      const bits = readU32LE(b, 21);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, frames: 1 };
    }
    if (chunk === "VP8 " && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
      return { width: readU16LE(b, 26) & 0x3fff, height: readU16LE(b, 28) & 0x3fff, frames: 1 };
    }
    return null;
  },
  avif(b) {
    // meta (a full box) > iprp > ipco > ispe boxes; the largest one is the image (grids included).
    let best: Size = null;
    const walk = (start: number, end: number, path: string) => {
      let i = start;
      while (i + 8 <= end) {
        const size = readU32(b, i) || end - i;
        const type = ascii(b, i + 4, i + 8);
        if (size < 8 || i + size > end) return;
        if (path === "" && type === "meta") walk(i + 12, i + size, "meta");
        else if (path === "meta" && type === "iprp") walk(i + 8, i + size, "iprp");
        else if (path === "iprp" && type === "ipco") walk(i + 8, i + size, "ipco");
        else if (path === "ipco" && type === "ispe" && size >= 20) {
          const width = readU32(b, i + 12);
          const height = readU32(b, i + 16);
          if (!best || width * height > best.width * best.height) {
            best = { width, height, frames: 1 };
          }
        }
        i += size;
      }
    };
    walk(0, b.length, "");
    return best;
  },
};

/**
 * Walks a GIF's blocks without decoding any: the frame count, and the canvas every frame is drawn
 * on: the logical screen, grown to any frame that reaches past it. That is never less than a
 * decoder draws (libnsgif lets only the first frame grow it). A string says how the file is broken.
 */
function readGif(b: Uint8Array): { width: number; height: number; frames: number } | string {
  if (b.length < 13) return "the header is cut off";
  let width = readU16LE(b, 6);
  let height = readU16LE(b, 8);
  let i = 13 + colourTableBytes(b[10]!);
  let frames = 0;
  while (i < b.length) {
    const block = b[i]!;
    if (block === 0x3b) {
      return frames === 0 ? "there is no picture in it" : { width, height, frames };
    }
    if (block === 0x21) {
      i = skipSubBlocks(b, i + 2);
    } else if (block === 0x2c) {
      if (i + 10 > b.length) break;
      width = Math.max(width, readU16LE(b, i + 1) + readU16LE(b, i + 5));
      height = Math.max(height, readU16LE(b, i + 3) + readU16LE(b, i + 7));
      frames++;
      // Descriptor, local colour table, LZW code size, then the data in sub-blocks.
      i = skipSubBlocks(b, i + 10 + colourTableBytes(b[i + 9]!) + 1);
    } else {
      return "a block of an unknown kind is in it";
    }
  }
  return "a frame is cut off";
}

/** Bytes of the colour table a GIF packed-fields byte announces (bit 7: present; bits 0-2: size). */
function colourTableBytes(packed: number): number {
  return packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0;
}

/** The index after a run of GIF sub-blocks (length byte, data; a zero length ends it). */
function skipSubBlocks(b: Uint8Array, from: number): number {
  let i = from;
  while (i < b.length) {
    const length = b[i]!;
    i += 1 + length;
    if (length === 0) return i;
  }
  return b.length;
}

/** How many top-level chunks of `type` a RIFF file has (after the 12-byte RIFF header). */
function countRiffChunks(b: Uint8Array, type: string): number {
  let found = 0;
  for (let i = 12; i + 8 <= b.length;) {
    if (ascii(b, i, i + 4) === type) found++;
    const size = readU32LE(b, i + 4);
    i += 8 + size + (size & 1);
  }
  return found;
}

function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function indexOfPair(b: Uint8Array, first: number, second: number, from: number): number {
  let i = from;
  while (i < b.length - 1) {
    const at = b.indexOf(first, i);
    if (at === -1 || at >= b.length - 1) return -1;
    if (b[at + 1] === second) return at;
    i = at + 1;
  }
  return -1;
}

const readU16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const readU16LE = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const readU24LE = (b: Uint8Array, i: number) =>
  (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16);
const readU32 = (b: Uint8Array, i: number) =>
  (((b[i] ?? 0) << 24) >>> 0) + ((b[i + 1] ?? 0) << 16) + ((b[i + 2] ?? 0) << 8) + (b[i + 3] ?? 0);
const readU32LE = (b: Uint8Array, i: number) =>
  ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)) >>> 0;
