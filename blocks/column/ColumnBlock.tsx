import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { EditorHint } from "../shared/EditorHint.tsx";
import type { ColumnProps } from "./schema.ts";

export function ColumnBlock({ id, props, children }: BlockComponentProps<ColumnProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, {
    span: props.span,
    paddingBlock: props.padding,
    paddingInline: props.padding,
    background: props.background,
    textAlign: props.align,
  });
  return (
    <div data-block-id={id} className="pg-column">
      {children ?? <EditorHint>Drag blocks into this column.</EditorHint>}
    </div>
  );
}
