import type { FieldMap } from "../fields/types";
import { options } from "../fields/types";
import { HEADING_LEVEL_OPTIONS, responsiveAlignField, textField } from "../shared/fields";
import type { HeadingProps } from "./schema";

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
