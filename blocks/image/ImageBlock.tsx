import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockImage, ImageSlot } from "../shared/BlockImage.tsx";
import { resolveHref } from "../shared/links.ts";
import { safeImageUrl } from "../url.ts";
import type { ImageProps } from "./schema.ts";

const SIZES = {
  narrow: "(min-width: 768px) 40rem, 100vw",
  normal: "(min-width: 1200px) 72rem, 100vw",
  wide: "(min-width: 1400px) 88rem, 100vw",
  full: "100vw",
} as const;

export function ImageBlock({ id, props }: BlockComponentProps<ImageProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { aspectRatio: props.aspectRatio, maxWidth: props.width });
  const hasImage = safeImageUrl(props.image.src) !== null;
  if (!hasImage && ctx.mode !== "editor") return null;
  const caption = props.caption.trim();
  const href = props.link ? resolveHref(props.link, ctx) : null;
  const img = hasImage ? (
    <BlockImage
      className="pg-image__img"
      image={props.image}
      altFallback={caption}
      sizes={SIZES[props.width]}
      size={props.width === "narrow" ? "small" : "large"}
      fallbackWidth={1600}
      fallbackHeight={1067}
    />
  ) : (
    <ImageSlot label="Choose an image" />
  );
  return (
    <figure data-block-id={id} className={`pg-image${props.rounded ? " pg-image--rounded" : ""}`}>
      {href && hasImage ? (
        <a className="pg-image__link" href={href}>
          {img}
        </a>
      ) : (
        img
      )}
      {caption ? <figcaption className="pg-image__caption">{caption}</figcaption> : null}
    </figure>
  );
}
