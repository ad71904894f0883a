import type { BlockComponentProps } from "../definition";
import { useRenderContext } from "../render/context";
import type { SpacerProps } from "./schema";

export function SpacerBlock({ id, props }: BlockComponentProps<SpacerProps>) {
  useRenderContext().styles.add(id, { height: props.height });
  return <div data-block-id={id} className="pg-spacer" aria-hidden="true" />;
}
