import { useRenderContext } from "../render/context.ts";
import { safeImageUrl } from "../url.ts";
import { IMAGE_WIDTHS, pictureSources, responsiveSrcSet } from "./images.ts";
import type { ImageValue } from "./props.ts";

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
 * One image with width/height (no layout shift) and lazy loading except for the page's first
 * large image. Uploaded images (Pegasus media) become a `<picture>` with AVIF and WebP sources
 * (an animation: animated WebP, with its GIF as the `<img>`), their recorded size and a
 * placeholder colour; hosts that resize on request get a srcset.
 * Renders nothing when the source is unsafe or empty.
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
  const decoding = loading === "eager" ? "sync" : "async";
  const picture = pictureSources(src);
  if (picture === null) {
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
        decoding={decoding}
      />
    );
  }
  const known = ctx.media?.(src);
  const placeholder = known?.color ? ctx.styles.imagePlaceholder(known.color) : undefined;
  const best = picture.sources[0]!;
  return (
    <>
      {fetchPriority === "high" ? (
        // React does not preload an image inside <picture> (it cannot know which source wins);
        // browsers that take AVIF preload that, the others ignore a preload of a type they lack.
        <link
          rel="preload"
          as="image"
          type={best.type}
          imageSrcSet={best.srcSet}
          imageSizes={sizes}
          fetchPriority="high"
        />
      ) : null}
      <picture>
        {picture.sources.map((source) => (
          <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
        ))}
        <img
          className={[className, placeholder].filter(Boolean).join(" ") || undefined}
          src={picture.src}
          srcSet={picture.srcSet}
          sizes={sizes}
          alt={alt}
          width={known?.width ?? image.width ?? fallbackWidth}
          height={known?.height ?? image.height ?? fallbackHeight}
          loading={loading}
          fetchPriority={fetchPriority}
          decoding={decoding}
        />
      </picture>
    </>
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
