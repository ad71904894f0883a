import type { FieldMap } from "../fields/types.ts";
import { options } from "../fields/types.ts";
import { HEADING_LEVEL_OPTIONS, responsiveAlignField, textField } from "../shared/fields.ts";
import type { HeadingProps } from "./schema.ts";

export const headingFields: FieldMap<HeadingProps> = {
  text: textField("Heading", 200),
  eyebrow: textField("Small text above", 60),
  level: {
    kind: "select",
    label: "Heading level",
    help: "Use one H1 per page; pick by outline, not by size",
    options: HEADING_LEVEL_OPTIONS,
  },
  size: {
    kind: "responsive",
    label: "Size",
    field: {
      kind: "select",
      label: "Size",
      options: options({
        sm: "XS",
        md: "S",
        lg: "M",
        xl: "L",
        "2xl": "XL",
        "3xl": "2XL",
        "4xl": "3XL",
      }),
    },
  },
  align: responsiveAlignField(),
};
