import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockIntro, labelledBy } from "../shared/BlockIntro.tsx";
import { EditorHint } from "../shared/EditorHint.tsx";
import type { StatsProps } from "./schema.ts";

/** A description list: each label (dt) names its number (dd); CSS shows the number first. */
export function StatsBlock({ id, props }: BlockComponentProps<StatsProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { columns: props.columns });
  const items = props.items.filter((s) => s.value.trim());
  return (
    <section
      data-block-id={id}
      className="pg-stats"
      aria-labelledby={labelledBy(id, props.heading)}
    >
      <BlockIntro blockId={id} heading={props.heading} className="pg-stats__intro" />
      {items.length === 0 ? <EditorHint>Add a number worth bragging about.</EditorHint> : null}
      <dl className="pg-stats__items">
        {items.map((s, i) => (
          <div key={i} className="pg-stats__item">
            <dt className="pg-stats__label">{s.label.trim()}</dt>
            <dd className="pg-stats__value">{s.value.trim()}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
