import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockImage } from "../shared/BlockImage.tsx";
import { BlockIntro, labelledBy } from "../shared/BlockIntro.tsx";
import { EditorHint } from "../shared/EditorHint.tsx";
import { safeImageUrl } from "../url.ts";
import type { GalleryProps } from "./schema.ts";

export function GalleryBlock({ id, props }: BlockComponentProps<GalleryProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { columns: props.columns, gap: props.gap, aspectRatio: props.aspectRatio });
  const items = props.items.filter((item) => safeImageUrl(item.image.src) !== null);
  if (items.length === 0 && ctx.mode !== "editor") return null;
  return (
    <section
      data-block-id={id}
      className="pg-gallery"
      aria-labelledby={labelledBy(id, props.heading)}
    >
      <BlockIntro blockId={id} heading={props.heading} className="pg-gallery__intro" />
      {items.length === 0 ? <EditorHint>Add images to this gallery.</EditorHint> : null}
      <ul className="pg-gallery__items">
        {items.map((item, i) => (
          <li key={i} className="pg-gallery__item">
            <figure className="pg-gallery__figure">
              <BlockImage
                className="pg-gallery__img"
                image={item.image}
                altFallback={item.caption}
                sizes="(min-width: 1024px) 33vw, 50vw"
                size="small"
                fallbackWidth={800}
                fallbackHeight={800}
              />
              {item.caption.trim() ? (
                <figcaption className="pg-gallery__caption">{item.caption.trim()}</figcaption>
              ) : null}
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
