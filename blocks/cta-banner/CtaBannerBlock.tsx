import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockIntro, labelledBy } from "../shared/BlockIntro.tsx";
import { ButtonRow } from "../shared/Buttons.tsx";
import type { CtaBannerProps } from "./schema.ts";

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
