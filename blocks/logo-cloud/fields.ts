import type { FieldMap } from "../fields/types";
import { imageField, linkField, textField } from "../shared/fields";
import { ZLogo, type LogoCloudProps } from "./schema";

export const logoCloudFields: FieldMap<LogoCloudProps> = {
  heading: textField("Heading", 120),
  logos: {
    kind: "list",
    label: "Logos",
    itemLabel: "Logo",
    titleField: "name",
    min: 0,
    max: 24,
    itemFields: {
      name: textField(
        "Name",
        80,
        "Shown as text when there is no logo image, and read to screen readers",
      ),
      image: imageField("Logo"),
      href: linkField("Link (optional)"),
    },
    defaultItem: ZLogo.parse({}),
  },
  grayscale: { kind: "toggle", label: "Show logos in grey" },
};
