import type { FieldMap } from "../fields/types.ts";
import { options } from "../fields/types.ts";
import { textField } from "../shared/fields.ts";
import type { ProductDetailProps } from "./schema.ts";

export const productDetailFields: FieldMap<ProductDetailProps> = {
  productId: { kind: "product", label: "Product", help: "Leave empty on product pages" },
  headingLevel: {
    kind: "select",
    label: "Title level",
    options: [
      { value: 1, label: "H1 (this page is about the product)" },
      { value: 2, label: "H2" },
    ],
  },
  galleryLayout: {
    kind: "select",
    label: "Photos",
    options: options({ stacked: "Stacked", carousel: "Swipeable row" }),
  },
  showDescription: { kind: "toggle", label: "Show the description" },
  showQuantity: { kind: "toggle", label: "Let shoppers choose a quantity" },
  buttonLabel: textField("Button label", 40),
  soldOutLabel: textField("Sold-out label", 40),
  note: textField("Note under the button", 200),
};
