import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { EditorHint } from "../shared/EditorHint.tsx";
import type { ColumnsProps } from "./schema.ts";

export function ColumnsBlock({ id, props, children }: BlockComponentProps<ColumnsProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { columns: props.columns, gap: props.gap, alignItems: props.verticalAlign });
  return (
    <div data-block-id={id} className="pg-columns">
      {children ?? <EditorHint>Add columns here.</EditorHint>}
    </div>
  );
}
