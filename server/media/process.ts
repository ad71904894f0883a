import sharp, { type Sharp } from "sharp";
import { MEDIA_FORMATS, variantWidthsFor, type MediaFormat } from "../../blocks/shared/images.ts";

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
  height: number;
  format: MediaFormat;
  bytes: Uint8Array;
};

export type ProcessedImage = {
  /** Size of the largest variant (orientation applied). */
  width: number;
  height: number;
  /** Size of the upload itself, orientation applied. */
  originalWidth: number;
  originalHeight: number;
  hasAlpha: boolean;
  /** Dominant colour, #rrggbb. */
  color: string;
  /** A tiny blurred WebP as a data: URL. */
  placeholder: string;
  /** Largest first, each width in every format. */
  variants: ProcessedVariant[];
};

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
 * and JPEG, plus the dominant colour and a placeholder. Decodes the upload once: the variants
 * are resized from one sRGB copy at the largest width.
 */
export async function processImage(
  input: Uint8Array,
  options: ProcessOptions,
  onProgress: (fraction: number) => void = () => {},
): Promise<ProcessedImage> {
  const open = () =>
    sharp(input, {
      limitInputPixels: options.maxPixels,
      // Refuse real decode errors; tolerate warnings many cameras' files trigger.
      failOn: "error",
      autoOrient: true,
      animated: false,
    });
  try {
    const meta = await open().metadata();
    const originalWidth = meta.autoOrient?.width ?? meta.width;
    const originalHeight = meta.autoOrient?.height ?? meta.height;
    if (!originalWidth || !originalHeight) throw new ImageProcessingError("The image has no size.");
    const widths = variantWidthsFor(originalWidth);
    const largest = widths[widths.length - 1]!;
    const steps = 2 + widths.length * MEDIA_FORMATS.length;
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
    const hasAlpha = raw.channels === 4 && !stats.isOpaque;
    step();

    const variants: ProcessedVariant[] = [];
    for (const width of [...widths].reverse()) {
      for (const format of MEDIA_FORMATS) {
        let image = fromBase();
        if (width !== raw.width) image = image.resize({ width });
        if (raw.channels === 4 && (!hasAlpha || format === "jpeg")) {
          image = hasAlpha ? image.flatten({ background: "#ffffff" }) : image.removeAlpha();
        }
        const encoded = await encode(image, format, options).toBuffer({ resolveWithObject: true });
        variants.push({
          width: encoded.info.width,
          height: encoded.info.height,
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
