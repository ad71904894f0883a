import type { FieldMap } from "../fields/types.ts";
import { options } from "../fields/types.ts";
import { imageField, linkField, textField } from "../shared/fields.ts";
import type { HeaderProps } from "./schema.ts";

export const headerFields: FieldMap<HeaderProps> = {
  logo: imageField("Logo", "Leave empty to use the logo from site settings, or your shop name"),
  layout: {
    kind: "select",
    label: "Layout",
    options: options({ "logo-left": "Logo on the left", "logo-center": "Logo in the middle" }),
  },
  sticky: { kind: "toggle", label: "Stay at the top while scrolling" },
  showCart: { kind: "toggle", label: "Show the cart link" },
  ctaLabel: textField("Button label (optional)", 40),
  ctaHref: linkField("Button link"),
  background: {
    kind: "color",
    label: "Background",
    tokens: ["background", "surface", "primary", "secondary", "text"],
    allowCustom: true,
  },
};
