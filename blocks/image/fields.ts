import type { FieldMap } from "../fields/types.ts";
import { aspectField, imageField, linkField, textField, WIDTH_OPTIONS } from "../shared/fields.ts";
import type { ImageProps } from "./schema.ts";

export const imageFields: FieldMap<ImageProps> = {
  image: imageField(),
  caption: textField("Caption", 200),
  link: linkField("Link (optional)"),
  aspectRatio: aspectField(),
  width: { kind: "select", label: "Width", options: WIDTH_OPTIONS },
  rounded: { kind: "toggle", label: "Rounded corners" },
};
