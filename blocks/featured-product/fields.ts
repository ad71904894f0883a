import type { FieldMap } from "../fields/types.ts";
import { options } from "../fields/types.ts";
import { backgroundField, textField } from "../shared/fields.ts";
import type { FeaturedProductProps } from "./schema.ts";

export const featuredProductFields: FieldMap<FeaturedProductProps> = {
  productId: { kind: "product", label: "Product" },
  eyebrow: textField("Small text above the title", 60),
  layout: {
    kind: "select",
    label: "Layout",
    options: options({ "image-left": "Photo on the left", "image-right": "Photo on the right" }),
    display: "buttons",
  },
  showDescription: { kind: "toggle", label: "Show the description" },
  showQuantity: { kind: "toggle", label: "Let shoppers choose a quantity" },
  buttonLabel: textField("Button label", 40),
  detailsLabel: textField("Link to the product page", 40),
  background: backgroundField(),
};
