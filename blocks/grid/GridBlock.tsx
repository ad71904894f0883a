import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { EditorHint } from "../shared/EditorHint.tsx";
import type { GridProps } from "./schema.ts";

export function GridBlock({ id, props, children }: BlockComponentProps<GridProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { columns: props.columns, gap: props.gap, alignItems: props.alignItems });
  return (
    <div data-block-id={id} className="pg-grid">
      {children ?? <EditorHint>Drag blocks into this grid.</EditorHint>}
    </div>
  );
}
