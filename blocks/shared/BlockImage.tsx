import { useRenderContext } from "../render/context";
import { safeImageUrl } from "../url";
import { IMAGE_WIDTHS, responsiveSrcSet } from "./images";
import type { ImageValue } from "./props";

export interface BlockImageProps {
  image: Pick<ImageValue, "src" | "alt" | "decorative" | "width" | "height">;
  /** The `sizes` attribute: how wide the image shows at each screen size. */
  sizes: string;
  /** "large" images compete to be the page's first (eager, high-priority) image. */
  size: "large" | "small";
  /** Used when the image is not decorative but the merchant left alt empty. */
  altFallback: string;
  /** Intrinsic size to print when the image does not record its own. */
  fallbackWidth: number;
  fallbackHeight: number;
  className?: string;
}

/**
 * One <img> with width/height (no layout shift), srcset when the host resizes, lazy loading
 * except for the page's first large image. Renders nothing when the source is unsafe or empty.
 */
export function BlockImage({
  image,
  sizes,
  size,
  altFallback,
  fallbackWidth,
  fallbackHeight,
  className,
}: BlockImageProps) {
  const ctx = useRenderContext();
  const src = safeImageUrl(image.src);
  if (src === null) return null;
  const { loading, fetchPriority } = ctx.imageLoading.next(size);
  const alt = image.decorative ? "" : image.alt.trim() || altFallback.trim() || ctx.site.name;
  return (
    <img
      className={className}
      src={src}
      srcSet={responsiveSrcSet(src, IMAGE_WIDTHS)}
      sizes={sizes}
      alt={alt}
      width={image.width ?? fallbackWidth}
      height={image.height ?? fallbackHeight}
      loading={loading}
      fetchPriority={fetchPriority}
      decoding={loading === "eager" ? "sync" : "async"}
    />
  );
}

/** Shown in the editor canvas where an image has not been chosen yet. */
export function ImageSlot({ label, className }: { label: string; className?: string }) {
  const ctx = useRenderContext();
  if (ctx.mode !== "editor") return null;
  return (
    <div className={["pg-ui-image-slot", className].filter(Boolean).join(" ")} role="note">
      {label}
    </div>
  );
}
