import type { BlockComponentProps } from "../definition";
import { useRenderContext } from "../render/context";
import { BlockIntro, labelledBy } from "../shared/BlockIntro";
import { ButtonRow } from "../shared/Buttons";
import type { CtaBannerProps } from "./schema";

export function CtaBannerBlock({ id, props }: BlockComponentProps<CtaBannerProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { background: props.background, textAlign: props.align });
  return (
    <section
      data-block-id={id}
      className="pg-cta-banner"
      aria-labelledby={labelledBy(id, props.heading)}
    >
      <div className="pg-cta-banner__inner pg-ui-container">
        <BlockIntro
          blockId={id}
          heading={props.heading}
          intro={props.text}
          className="pg-cta-banner__text"
        />
        <ButtonRow buttons={props.buttons} size="lg" />
      </div>
    </section>
  );
}
