/**
 * Responsive image sources.
 *
 * Pegasus media (uploads processed by the server) live at
 * `/media/<siteId>/<mediaId>/<width>.<jpg|webp|avif|gif>`: every upload is stored at the widths of
 * `variantWidthsFor(originalWidth)` in every format of `MEDIA_FORMATS` (an animation: of
 * `ANIMATED_MEDIA_FORMATS`), and the `src` a block keeps names the largest JPEG (an animation's:
 * the largest GIF). So the URL alone says which variants exist, and a `<picture>` can be built
 * without asking the server (the editor canvas does exactly that).
 *
 * Other sources: hosts that resize on request get a srcset, anything else is used as it is
 * (correct, just heavier).
 */

/** The widths every upload is produced at (never larger than the original). */
export const MEDIA_WIDTHS = [320, 640, 960, 1280, 1920] as const;
export const MEDIA_MAX_WIDTH = 1920;

export type MediaFormat = "avif" | "webp" | "jpeg" | "gif";
/** Best first: the order of the `<source>` elements. JPEG is the `<img>` fallback. */
export const MEDIA_FORMATS: readonly MediaFormat[] = ["avif", "webp", "jpeg"];
/**
 * An animated upload (a GIF or WebP of several frames): animated WebP, an animated GIF as the
 * `<img>` fallback, and a JPEG of the first frame for whatever needs a still (link-preview
 * cards). No AVIF: sharp cannot write animated AVIF.
 */
export const ANIMATED_MEDIA_FORMATS: readonly MediaFormat[] = ["webp", "gif", "jpeg"];
export const MEDIA_EXTENSIONS: Record<MediaFormat, string> = {
  avif: "avif",
  webp: "webp",
  jpeg: "jpg",
  gif: "gif",
};
export const MEDIA_MIME_TYPES: Record<MediaFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
  gif: "image/gif",
};

/**
 * The widths an image of `originalWidth` pixels is stored at: every standard width below it, plus
 * the original width itself (capped at 1920) so the largest variant is as sharp as the upload.
 */
export function variantWidthsFor(originalWidth: number): number[] {
  const largest = Math.max(1, Math.min(Math.floor(originalWidth), MEDIA_MAX_WIDTH));
  return [...MEDIA_WIDTHS.filter((w) => w < largest), largest];
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const MEDIA_URL = new RegExp(
  `^/media/(${UUID})/(${UUID})/([1-9][0-9]{0,3})\\.(jpg|webp|avif|gif)$`,
);

export interface MediaUrl {
  siteId: string;
  mediaId: string;
  /** Width of the variant the URL names. */
  width: number;
  format: MediaFormat;
}

/** Reads a Pegasus media URL (`/media/<siteId>/<mediaId>/<width>.<ext>`); null for anything else. */
export function parseMediaUrl(src: string): MediaUrl | null {
  const match = MEDIA_URL.exec(src);
  if (!match) return null;
  const format = match[4] === "jpg" ? "jpeg" : (match[4] as MediaFormat);
  return { siteId: match[1]!, mediaId: match[2]!, width: Number(match[3]), format };
}

/** The URL of one stored variant. */
export function mediaVariantUrl(
  siteId: string,
  mediaId: string,
  width: number,
  format: MediaFormat,
): string {
  return `/media/${siteId}/${mediaId}/${width}.${MEDIA_EXTENSIONS[format]}`;
}

/** What the server knows about an uploaded image beyond its URL. */
export interface MediaImageInfo {
  /** Intrinsic size of the largest variant. */
  width: number;
  height: number;
  /** `#rrggbb` painted behind the image while it loads (opaque images only). */
  color?: string;
}

/** Looks an image source up in the site's media library; undefined when it is not there. */
export type MediaLookup = (src: string) => MediaImageInfo | undefined;

export interface PictureSources {
  /** `<source>` elements, best format first. */
  sources: { type: string; srcSet: string }[];
  /** The `<img>` itself: the largest JPEG (an animation's GIF) and that format's srcset. */
  src: string;
  srcSet: string;
}

/** `<picture>` sources for a Pegasus media URL; null for any other source. */
export function pictureSources(src: string): PictureSources | null {
  const media = parseMediaUrl(src);
  if (!media) return null;
  const widths = variantWidthsFor(media.width);
  const srcSet = (format: MediaFormat) =>
    widths
      .map((w) => `${mediaVariantUrl(media.siteId, media.mediaId, w, format)} ${w}w`)
      .join(", ");
  const largest = widths[widths.length - 1]!;
  // Only an animation's src names a GIF: animated WebP, and the GIF for browsers without it.
  const animated = media.format === "gif";
  const better: MediaFormat[] = animated ? ["webp"] : ["avif", "webp"];
  const fallback: MediaFormat = animated ? "gif" : "jpeg";
  return {
    sources: better.map((format) => ({ type: MEDIA_MIME_TYPES[format], srcSet: srcSet(format) })),
    src: mediaVariantUrl(media.siteId, media.mediaId, largest, fallback),
    srcSet: srcSet(fallback),
  };
}

/**
 * srcset for image hosts that resize on request. Other sources get no srcset (the browser
 * downloads the original), which is correct, just heavier.
 */
export function responsiveSrcSet(src: string, widths: readonly number[]): string | undefined {
  const build = resizer(src);
  if (!build) return undefined;
  return widths.map((w) => `${build(w)} ${w}w`).join(", ");
}

function resizer(src: string): ((width: number) => string) | null {
  // Other files under /media/ (imports, older documents): /media/<key>?w=<width>.
  if (src.startsWith("/media/")) {
    return (w) => withParam(src, "w", String(w));
  }
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  if (url.protocol !== "https:") return null;
  if (url.hostname === "images.unsplash.com") {
    return (w) => {
      const u = new URL(src);
      u.searchParams.set("w", String(w));
      u.searchParams.set("auto", "format");
      return u.toString();
    };
  }
  if (url.hostname === "cdn.shopify.com") {
    return (w) => {
      const u = new URL(src);
      u.searchParams.set("width", String(w));
      return u.toString();
    };
  }
  return null;
}

function withParam(path: string, key: string, value: string): string {
  const [beforeHash, hash = ""] = path.split("#", 2) as [string, string?];
  const sep = beforeHash.includes("?") ? "&" : "?";
  return `${beforeHash}${sep}${key}=${encodeURIComponent(value)}${hash ? `#${hash}` : ""}`;
}

export const IMAGE_WIDTHS = [360, 640, 960, 1280, 1600, 2048] as const;
