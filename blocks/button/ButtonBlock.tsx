import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { ButtonAnchor } from "../shared/Buttons.tsx";
import { EditorHint } from "../shared/EditorHint.tsx";
import { resolveHref } from "../shared/links.ts";
import type { ButtonProps } from "./schema.ts";

export function ButtonBlock({ id, props }: BlockComponentProps<ButtonProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { textAlign: props.align });
  const usable = props.label.trim() !== "" && resolveHref(props.href, ctx) !== null;
  return (
    <div
      data-block-id={id}
      className={`pg-button${props.fullWidthOnMobile ? " pg-button--full-mobile" : ""}`}
    >
      <ButtonAnchor button={props} size={props.size} />
      {usable ? null : <EditorHint>Give this button a label and a link.</EditorHint>}
    </div>
  );
}
