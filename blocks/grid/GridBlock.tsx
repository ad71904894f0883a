import type { BlockComponentProps } from "../definition";
import { useRenderContext } from "../render/context";
import { EditorHint } from "../shared/EditorHint";
import type { GridProps } from "./schema";

export function GridBlock({ id, props, children }: BlockComponentProps<GridProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { columns: props.columns, gap: props.gap, alignItems: props.alignItems });
  return (
    <div data-block-id={id} className="pg-grid">
      {children ?? <EditorHint>Drag blocks into this grid.</EditorHint>}
    </div>
  );
}
