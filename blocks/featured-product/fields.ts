import type { FieldMap } from "../fields/types";
import { options } from "../fields/types";
import { backgroundField, textField } from "../shared/fields";
import type { FeaturedProductProps } from "./schema";

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
