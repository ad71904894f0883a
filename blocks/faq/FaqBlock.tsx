import type { BlockComponentProps } from "../definition.ts";
import { BlockIntro, labelledBy, Paragraphs } from "../shared/BlockIntro.tsx";
import { EditorHint } from "../shared/EditorHint.tsx";
import type { FaqProps } from "./schema.ts";

/** Native <details>: opens and closes without scripts, and is announced as a disclosure. */
export function FaqBlock({ id, props }: BlockComponentProps<FaqProps>) {
  const items = props.items.filter((item) => item.question.trim());
  return (
    <section data-block-id={id} className="pg-faq" aria-labelledby={labelledBy(id, props.heading)}>
      <BlockIntro blockId={id} heading={props.heading} className="pg-faq__intro" />
      {items.length === 0 ? <EditorHint>Add a question.</EditorHint> : null}
      <div className="pg-faq__items">
        {items.map((item, i) => (
          <details key={i} className="pg-faq__item" open={props.openFirst && i === 0}>
            <summary className="pg-faq__question">{item.question.trim()}</summary>
            <div className="pg-faq__answer">
              <Paragraphs text={item.answer} />
            </div>
          </details>
        ))}
      </div>
    </section>
  );
}
