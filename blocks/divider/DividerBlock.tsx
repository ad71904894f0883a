import type { BlockComponentProps } from "../definition";
import { useRenderContext } from "../render/context";
import type { DividerProps } from "./schema";

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
