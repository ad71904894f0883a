import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockIntro, labelledBy } from "../shared/BlockIntro.tsx";
import { EditorHint } from "../shared/EditorHint.tsx";
import { Icon } from "../shared/icons.tsx";
import type { FeaturesProps } from "./schema.ts";

export function FeaturesBlock({ id, props }: BlockComponentProps<FeaturesProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { columns: props.columns, textAlign: props.align });
  const items = props.items.filter((item) => item.title.trim() || item.text.trim());
  return (
    <section
      data-block-id={id}
      className="pg-features"
      aria-labelledby={labelledBy(id, props.heading)}
    >
      <BlockIntro
        blockId={id}
        heading={props.heading}
        intro={props.intro}
        className="pg-features__intro"
      />
      {items.length === 0 ? <EditorHint>Add a feature.</EditorHint> : null}
      <ul className="pg-features__items">
        {items.map((item, i) => (
          <li key={i} className="pg-features__item">
            <Icon name={item.icon} className="pg-features__icon" />
            {item.title.trim() ? <h3 className="pg-features__title">{item.title.trim()}</h3> : null}
            {item.text.trim() ? <p className="pg-features__text">{item.text.trim()}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
