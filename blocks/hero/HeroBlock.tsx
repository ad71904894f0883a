import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockImage } from "../shared/BlockImage.tsx";
import { ButtonRow } from "../shared/Buttons.tsx";
import { Heading, headingIdFor } from "../shared/Heading.tsx";
import { safeImageUrl } from "../url.ts";
import type { HeroProps } from "./schema.ts";

const MIN_HEIGHT = { auto: 0, medium: 480, tall: 680 } as const;

export function HeroBlock({ id, props }: BlockComponentProps<HeroProps>) {
  const ctx = useRenderContext();
  const hasImage = safeImageUrl(props.image.src) !== null;
  // Without an image the split layouts would leave a hole; fall back to centred text.
  const layout = hasImage ? props.layout : "centered";
  const overImage = layout === "background";
  ctx.styles.add(id, {
    background: overImage ? "text" : props.background,
    textAlign: props.align,
    minHeight: {
      mobile: Math.round(MIN_HEIGHT[props.height] * 0.75),
      desktop: MIN_HEIGHT[props.height],
    },
    overlayOpacity: props.overlay,
  });
  const heading = props.heading.trim();
  const eyebrow = props.eyebrow.trim();
  const subheading = props.subheading.trim();
  return (
    <section
      data-block-id={id}
      className={`pg-hero pg-hero--${layout}`}
      aria-labelledby={heading ? headingIdFor(id) : undefined}
    >
      {hasImage ? (
        <div className="pg-hero__media">
          <BlockImage
            className="pg-hero__img"
            image={props.image}
            altFallback={heading}
            sizes={overImage || layout === "centered" ? "100vw" : "(min-width: 1024px) 50vw, 100vw"}
            size="large"
            fallbackWidth={1600}
            fallbackHeight={1200}
          />
        </div>
      ) : null}
      <div className="pg-hero__content">
        {eyebrow ? <p className="pg-hero__eyebrow">{eyebrow}</p> : null}
        {heading ? (
          <Heading level={props.headingLevel} id={headingIdFor(id)} className="pg-hero__heading">
            {heading}
          </Heading>
        ) : null}
        {subheading ? <p className="pg-hero__subheading">{subheading}</p> : null}
        <ButtonRow buttons={props.buttons} size="lg" className="pg-hero__actions" />
      </div>
    </section>
  );
}
