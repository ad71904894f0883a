import type { BlockComponentProps } from "../definition.ts";
import type { StorefrontCollection, StorefrontImage } from "../render/commerce.ts";
import { useRenderContext, type RenderContextValue } from "../render/context.ts";
import { BlockImage } from "../shared/BlockImage.tsx";
import { BlockIntro, labelledBy } from "../shared/BlockIntro.tsx";
import { collectionHref, findCollection, findProduct } from "../shared/commerce.tsx";
import { EditorHint } from "../shared/EditorHint.tsx";
import type { CollectionListProps } from "./schema.ts";

/** A collection's own image, or the first photo among its products. */
function coverOf(
  ctx: RenderContextValue,
  collection: StorefrontCollection,
): StorefrontImage | undefined {
  if (collection.image) return collection.image;
  for (const id of collection.productIds) {
    const image = findProduct(ctx, id)?.images[0];
    if (image) return image;
  }
  return undefined;
}

export function CollectionListBlock({ id, props }: BlockComponentProps<CollectionListProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { columns: props.columns, aspectRatio: props.imageAspect });
  const collections =
    props.collectionIds.length === 0
      ? ctx.data.collections
      : [...new Set(props.collectionIds)]
          .map((cid) => findCollection(ctx, cid))
          .filter((c): c is StorefrontCollection => c !== undefined);
  const hasHeading = props.heading.trim() !== "";
  const Title = hasHeading ? "h3" : "h2";
  return (
    <section
      data-block-id={id}
      className="pg-collection-list"
      aria-labelledby={labelledBy(id, props.heading)}
    >
      <BlockIntro blockId={id} heading={props.heading} className="pg-collection-list__intro" />
      {collections.length === 0 ? (
        <EditorHint>Create a collection to list it here.</EditorHint>
      ) : null}
      <ul className="pg-collection-list__items">
        {collections.map((collection) => {
          const cover = coverOf(ctx, collection);
          return (
            <li key={collection.id} className="pg-collection-list__item">
              <div className="pg-collection-list__media">
                {cover ? (
                  <BlockImage
                    className="pg-collection-list__img"
                    // The title beside it names the collection; the photo is decoration.
                    image={{ ...cover, decorative: true }}
                    altFallback=""
                    sizes="(min-width: 1024px) 33vw, 50vw"
                    size="small"
                    fallbackWidth={cover.width}
                    fallbackHeight={cover.height}
                  />
                ) : null}
              </div>
              <Title className="pg-collection-list__title">
                <a href={collectionHref(ctx, collection)}>{collection.title}</a>
              </Title>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
