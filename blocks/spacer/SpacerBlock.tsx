import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import type { SpacerProps } from "./schema.ts";

export function SpacerBlock({ id, props }: BlockComponentProps<SpacerProps>) {
  useRenderContext().styles.add(id, { height: props.height });
  return <div data-block-id={id} className="pg-spacer" aria-hidden="true" />;
}
