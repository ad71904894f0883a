import type { FieldMap } from "../fields/types";
import { alignField, backgroundField, buttonListField, textField } from "../shared/fields";
import type { CtaBannerProps } from "./schema";

export const ctaBannerFields: FieldMap<CtaBannerProps> = {
  heading: textField("Heading", 120),
  text: { kind: "textarea", label: "Text", maxLength: 400 },
  buttons: buttonListField("Buttons", 2),
  background: backgroundField(),
  align: alignField(),
};
