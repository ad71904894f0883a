import sharp, { type Sharp } from "sharp";
import {
  ANIMATED_MEDIA_FORMATS,
  MEDIA_FORMATS,
  variantWidthsFor,
  type MediaFormat,
} from "../../blocks/shared/images.ts";

export type ProcessOptions = {
  /** Decompression-bomb guard for the decoder too (the request path checked the header). */
  maxPixels: number;
  /**
   * AVIF encoder effort, 0 (fastest) to 9. 1 is the measured sweet spot here: a third of the time
   * of 2 for files within a few percent of its size (bench/media.bench.ts).
   */
  avifEffort?: number;
};

export type ProcessedVariant = {
  width: number;
  /** Of one frame. */
  height: number;
  format: MediaFormat;
  bytes: Uint8Array;
};

export type ProcessedImage = {
  /** Size of the largest variant (orientation applied). */
  width: number;
  height: number;
  /** Size of the upload itself (one frame), orientation applied (to a still). */
  originalWidth: number;
  originalHeight: number;
  /** True when any frame has transparent pixels. */
  hasAlpha: boolean;
  /** Frames of an animated GIF or WebP (its WebP and GIF variants keep every one); 1 for a still. */
  frames: number;
  /** Dominant colour of the (first) frame, #rrggbb. */
  color: string;
  /** A tiny blurred WebP of the (first) frame as a data: URL. */
  placeholder: string;
  /**
   * Largest first, each width in every format: `MEDIA_FORMATS`, or for an animation
   * `ANIMATED_MEDIA_FORMATS` (its JPEG is the first frame).
   */
  variants: ProcessedVariant[];
};

// The formats sharp reads as animations; a HEIF of several images is read as a still, as the
// request path counted it (inspect.ts).
const ANIMATABLE = new Set(["gif", "webp"]);

/** The reason a decode failed, in words for the merchant (libvips messages are for us). */
export class ImageProcessingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ImageProcessingError";
  }
}

/**
 * Every variant of one upload: orientation applied, colours converted to sRGB, all metadata
 * (EXIF, GPS, XMP, ICC) dropped, widths from `variantWidthsFor` (never upscaled) in AVIF, WebP
 * and JPEG, plus the dominant colour and a placeholder. Decodes a still once: the variants are
 * resized from one sRGB copy at the largest width. An animated GIF or WebP becomes animated WebP
 * and GIF at every width (frame timing and looping kept), each read from the upload again (all
 * its frames at 1920 px could be hundreds of MB), and a JPEG of its first frame, which also gives
 * the colour and the placeholder.
 */
export async function processImage(
  input: Uint8Array,
  options: ProcessOptions,
  onProgress: (fraction: number) => void = () => {},
): Promise<ProcessedImage> {
  const decode = {
    // With every frame read, this counts the pixels of all of them.
    limitInputPixels: options.maxPixels,
    // Refuse real decode errors; tolerate warnings many cameras' files trigger.
    failOn: "error",
  } as const;
  try {
    const meta = await sharp(input, { ...decode, autoOrient: true }).metadata();
    const frames = ANIMATABLE.has(meta.format ?? "") ? (meta.pages ?? 1) : 1;
    const animated = frames > 1;
    const open = (allFrames = false) =>
      sharp(input, {
        ...decode,
        // sharp cannot rotate several frames: an animation keeps the orientation it is stored in
        // (a tag on one is rare), and so does its first-frame JPEG, so that both have one size.
        autoOrient: !animated,
        animated: allFrames,
      });
    const originalWidth = animated ? meta.width : (meta.autoOrient?.width ?? meta.width);
    const originalHeight = animated ? meta.height : (meta.autoOrient?.height ?? meta.height);
    if (!originalWidth || !originalHeight) throw new ImageProcessingError("The image has no size.");
    const widths = variantWidthsFor(originalWidth);
    const largest = widths[widths.length - 1]!;
    const formats = animated ? ANIMATED_MEDIA_FORMATS : MEDIA_FORMATS;
    const steps = 2 + widths.length * formats.length;
    let done = 0;
    const step = () => onProgress(Math.min(1, ++done / steps));

    const base = await open()
      .resize({ width: largest, withoutEnlargement: true })
      .toColourspace("srgb")
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true });
    const raw = { width: base.info.width, height: base.info.height, channels: base.info.channels };
    const fromBase = () => sharp(base.data, { raw });
    const stats = await fromBase().stats();
    const hasAlpha =
      raw.channels === 4 && !(animated ? (await open(true).stats()).isOpaque : stats.isOpaque);
    step();

    const still = (width: number, format: MediaFormat) => {
      let image = fromBase();
      if (width !== raw.width) image = image.resize({ width });
      if (raw.channels === 4 && (!hasAlpha || format === "jpeg")) {
        image = hasAlpha ? image.flatten({ background: "#ffffff" }) : image.removeAlpha();
      }
      return image;
    };
    const moving = (width: number) => {
      let image = open(true).toColourspace("srgb");
      if (width !== originalWidth) image = image.resize({ width });
      return hasAlpha ? image : image.removeAlpha();
    };

    const variants: ProcessedVariant[] = [];
    for (const width of [...widths].reverse()) {
      for (const format of formats) {
        const image = animated && format !== "jpeg" ? moving(width) : still(width, format);
        const encoded = await encode(image, format, options).toBuffer({ resolveWithObject: true });
        variants.push({
          width: encoded.info.width,
          height: encoded.info.pageHeight ?? encoded.info.height,
          format,
          bytes: new Uint8Array(encoded.data.buffer, encoded.data.byteOffset, encoded.data.length),
        });
        step();
      }
    }

    const tiny = await fromBase()
      .resize(16, 16, { fit: "inside" })
      .blur(0.8)
      .webp({ quality: 40 })
      .toBuffer();
    step();
    const { r, g, b } = stats.dominant;
    return {
      width: raw.width,
      height: raw.height,
      originalWidth,
      originalHeight,
      hasAlpha,
      frames,
      color: `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`,
      placeholder: `data:image/webp;base64,${tiny.toString("base64")}`,
      variants,
    };
  } catch (error) {
    if (error instanceof ImageProcessingError) throw error;
    throw new ImageProcessingError(describeSharpError(error), { cause: error });
  }
}

function encode(image: Sharp, format: MediaFormat, options: ProcessOptions): Sharp {
  switch (format) {
    case "avif":
      return image.avif({ quality: 55, effort: options.avifEffort ?? 1 });
    case "webp":
      return image.webp({ quality: 78, effort: 2 });
    case "jpeg":
      return image.jpeg({ quality: 80, progressive: true });
    case "gif":
      return image.gif();
  }
}

function describeSharpError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) {
    return "The image has more pixels than the limit allows.";
  }
  if (/premature end|truncated|unexpected end|end of file|EOF/i.test(message)) {
    return "The image file is incomplete: it ends before the picture does.";
  }
  if (/unsupported image format|bad seek|corrupt|invalid|decode/i.test(message)) {
    return "The image could not be read: the file is damaged.";
  }
  return "The image could not be processed.";
}
