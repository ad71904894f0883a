import type { BlockComponentProps } from "../definition";
import { useRenderContext } from "../render/context";
import { EditorHint } from "../shared/EditorHint";
import { RichTextContent } from "../shared/RichTextContent";
import type { RichTextProps } from "./schema";

export function RichTextBlock({ id, props }: BlockComponentProps<RichTextProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { textAlign: props.align, maxWidth: props.width });
  return (
    <div data-block-id={id} className="pg-rich-text">
      <RichTextContent state={props.content} />
      {(props.content.root.children ?? []).length === 0 ? (
        <EditorHint>Start writing.</EditorHint>
      ) : null}
    </div>
  );
}
