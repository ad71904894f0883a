import { useId } from "react";
import { FormattedMessage } from "react-intl";
import type { RichTextField } from "../../../../blocks/fields/types.ts";
import { Button } from "../../ui/Button.tsx";
import BoundRichText from "../richtext/BoundRichText.tsx";
import { useEditor, useUi } from "../state/hooks.ts";
import type { FieldProps } from "./FieldFrame.tsx";

/**
 * A rich-text prop in the props panel: the same Lexical editor as on the canvas, bound to the
 * shared document. While the canvas edits this prop in place, it says so instead (one binding per
 * prop in a tab).
 */
export default function RichTextControl({ field, context, label }: FieldProps<RichTextField>) {
  const session = useEditor();
  const id = useId();
  const editingOnCanvas = useUi(
    (state) =>
      state.inlineEdit?.kind === "richtext" &&
      state.inlineEdit.blockId === context.blockId &&
      state.inlineEdit.path[0] === context.prop,
  );
  const name = label ?? field.label;
  return (
    <div className="prop-field">
      <p id={id} className="prop-field__label-row">
        <span className="prop-field__label">{name}</span>
      </p>
      {editingOnCanvas ? (
        <div className="richtext-elsewhere" role="status">
          <FormattedMessage
            id="editor.props.richTextElsewhere"
            defaultMessage="You are editing this text on the page."
          />
          <Button size="sm" variant="ghost" onClick={() => session.ui.set({ inlineEdit: null })}>
            <FormattedMessage id="editor.props.richTextEditHere" defaultMessage="Edit it here" />
          </Button>
        </div>
      ) : (
        <BoundRichText
          key={`${context.blockId}:${context.prop}`}
          session={session}
          blockId={context.blockId}
          prop={context.prop}
          label={name}
        />
      )}
      {field.help ? <p className="prop-field__help">{field.help}</p> : null}
    </div>
  );
}
