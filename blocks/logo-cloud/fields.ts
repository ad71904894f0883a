import type { FieldMap } from "../fields/types.ts";
import { factsField, imageField, linkField, textField } from "../shared/fields.ts";
import { ZLogo, type LogoCloudProps } from "./schema.ts";

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
      name: factsField(
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
