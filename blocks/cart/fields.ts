import type { FieldMap } from "../fields/types.ts";
import { linkField, textField } from "../shared/fields.ts";
import type { CartProps } from "./schema.ts";

export const cartFields: FieldMap<CartProps> = {
  heading: textField("Heading", 120),
  emptyText: textField("Message when the cart is empty", 200),
  continueLabel: textField("Continue shopping label", 40),
  continueHref: linkField("Continue shopping link"),
  checkoutLabel: textField("Checkout button label", 40),
  note: textField("Note under the total", 200),
};
