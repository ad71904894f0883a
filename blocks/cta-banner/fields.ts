import type { FieldMap } from "../fields/types.ts";
import { alignField, backgroundField, buttonListField, textField } from "../shared/fields.ts";
import type { CtaBannerProps } from "./schema.ts";

export const ctaBannerFields: FieldMap<CtaBannerProps> = {
  heading: textField("Heading", 120),
  text: { kind: "textarea", label: "Text", maxLength: 400 },
  buttons: buttonListField("Buttons", 2),
  background: backgroundField(),
  align: alignField(),
};
