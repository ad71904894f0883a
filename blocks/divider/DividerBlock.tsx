import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import type { DividerProps } from "./schema.ts";

export function DividerBlock({ id, props }: BlockComponentProps<DividerProps>) {
  useRenderContext().styles.add(id, {
    lineColor: props.color,
    lineWidth: props.thickness,
    marginBlock: props.spacing,
  });
  return (
    <hr
      data-block-id={id}
      className={`pg-divider pg-divider--${props.lineStyle} pg-divider--${props.length}`}
    />
  );
}
