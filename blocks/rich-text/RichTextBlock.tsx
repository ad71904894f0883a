import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { EditorHint } from "../shared/EditorHint.tsx";
import { RichTextContent } from "../shared/RichTextContent.tsx";
import type { RichTextProps } from "./schema.ts";

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
