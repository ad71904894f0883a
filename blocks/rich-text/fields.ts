import type { FieldMap } from "../fields/types";
import { alignField, WIDTH_OPTIONS } from "../shared/fields";
import type { RichTextProps } from "./schema";

export const richTextFields: FieldMap<RichTextProps> = {
  content: { kind: "richtext", label: "Text" },
  align: alignField("Text alignment"),
  width: { kind: "select", label: "Line length", options: WIDTH_OPTIONS },
};
