import type { FieldMap } from "../fields/types.ts";
import { options } from "../fields/types.ts";
import {
  BUTTON_VARIANT_LABELS,
  linkField,
  responsiveAlignField,
  textField,
} from "../shared/fields.ts";
import type { ButtonProps } from "./schema.ts";

export const buttonFields: FieldMap<ButtonProps> = {
  label: textField("Label", 60),
  href: linkField(),
  variant: { kind: "select", label: "Style", options: options(BUTTON_VARIANT_LABELS) },
  size: {
    kind: "select",
    label: "Size",
    options: options({ sm: "Small", md: "Medium", lg: "Large" }),
    display: "buttons",
  },
  align: responsiveAlignField(),
  fullWidthOnMobile: { kind: "toggle", label: "Full width on phones" },
};
