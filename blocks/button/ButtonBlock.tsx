import type { BlockComponentProps } from "../definition";
import { useRenderContext } from "../render/context";
import { ButtonAnchor } from "../shared/Buttons";
import { EditorHint } from "../shared/EditorHint";
import { resolveHref } from "../shared/links";
import type { ButtonProps } from "./schema";

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
