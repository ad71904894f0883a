import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { EditorHint } from "../shared/EditorHint.tsx";
import { Heading } from "../shared/Heading.tsx";
import type { HeadingProps } from "./schema.ts";

export function HeadingBlock({ id, props }: BlockComponentProps<HeadingProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { textAlign: props.align, fontSize: props.size });
  const text = props.text.trim();
  const eyebrow = props.eyebrow.trim();
  return (
    <div data-block-id={id} className="pg-heading">
      {eyebrow ? <p className="pg-heading__eyebrow">{eyebrow}</p> : null}
      {text ? (
        <Heading level={props.level} className="pg-heading__text">
          {text}
        </Heading>
      ) : (
        <EditorHint>Type a heading.</EditorHint>
      )}
    </div>
  );
}
