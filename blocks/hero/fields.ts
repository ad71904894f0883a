import type { FieldMap } from "../fields/types.ts";
import { options } from "../fields/types.ts";
import {
  backgroundField,
  buttonListField,
  imageField,
  responsiveAlignField,
  textField,
} from "../shared/fields.ts";
import type { HeroProps } from "./schema.ts";

export const heroFields: FieldMap<HeroProps> = {
  eyebrow: textField("Small text above the heading", 60),
  heading: textField("Heading", 160),
  subheading: { kind: "textarea", label: "Subheading", maxLength: 400, rows: 3 },
  headingLevel: {
    kind: "select",
    label: "Heading level",
    help: "Keep H1 for the first hero on a page",
    options: [
      { value: 1, label: "H1 (page title)" },
      { value: 2, label: "H2" },
    ],
  },
  buttons: buttonListField("Buttons", 2),
  image: imageField(),
  layout: {
    kind: "select",
    label: "Layout",
    options: options({
      "image-right": "Image on the right",
      "image-left": "Image on the left",
      centered: "Centred text, image below",
      background: "Image behind the text",
    }),
  },
  align: responsiveAlignField("Text alignment"),
  background: backgroundField(),
  height: {
    kind: "select",
    label: "Height",
    options: options({ auto: "Fit content", medium: "Medium", tall: "Tall" }),
    display: "buttons",
  },
  overlay: {
    kind: "number",
    label: "Image darkening",
    help: "Only for 'Image behind the text'",
    min: 0,
    max: 90,
    step: 5,
    unit: "%",
  },
};
