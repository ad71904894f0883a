import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockImage } from "../shared/BlockImage.tsx";
import { BlockIntro, labelledBy } from "../shared/BlockIntro.tsx";
import { EditorHint } from "../shared/EditorHint.tsx";
import type { TestimonialsProps } from "./schema.ts";

function Stars({ rating }: { rating: number }) {
  if (rating <= 0) return null;
  return (
    <p className="pg-testimonials__stars">
      <span aria-hidden="true">{"★".repeat(rating) + "☆".repeat(5 - rating)}</span>
      <span className="pg-ui-sr-only">Rated {rating} out of 5</span>
    </p>
  );
}

export function TestimonialsBlock({ id, props }: BlockComponentProps<TestimonialsProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { columns: props.columns });
  const items = props.items.filter((t) => t.quote.trim());
  return (
    <section
      data-block-id={id}
      className="pg-testimonials"
      aria-labelledby={labelledBy(id, props.heading)}
    >
      <BlockIntro blockId={id} heading={props.heading} className="pg-testimonials__intro" />
      {items.length === 0 ? <EditorHint>Add a testimonial.</EditorHint> : null}
      <ul className="pg-testimonials__items">
        {items.map((t, i) => (
          <li key={i}>
            <figure className="pg-testimonials__card">
              <Stars rating={t.rating} />
              <blockquote className="pg-testimonials__quote">
                <p>{t.quote.trim()}</p>
              </blockquote>
              {t.name.trim() ? (
                <figcaption className="pg-testimonials__person">
                  <BlockImage
                    className="pg-testimonials__avatar"
                    image={t.avatar}
                    altFallback={t.name}
                    sizes="48px"
                    size="small"
                    fallbackWidth={96}
                    fallbackHeight={96}
                  />
                  <span>
                    <span className="pg-testimonials__name">{t.name.trim()}</span>
                    {t.detail.trim() ? (
                      <span className="pg-testimonials__detail">{t.detail.trim()}</span>
                    ) : null}
                  </span>
                </figcaption>
              ) : null}
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
