import type { FieldMap } from "../fields/types.ts";
import { alignField, WIDTH_OPTIONS } from "../shared/fields.ts";
import type { RichTextProps } from "./schema.ts";

export const richTextFields: FieldMap<RichTextProps> = {
  content: { kind: "richtext", label: "Text" },
  align: alignField("Text alignment"),
  width: { kind: "select", label: "Line length", options: WIDTH_OPTIONS },
};
