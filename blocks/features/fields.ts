import type { FieldMap } from "../fields/types";
import { alignField, columnsField, textField } from "../shared/fields";
import { ICON_LABELS, ICON_NAMES } from "../shared/icons";
import { ZFeatureItem, type FeaturesProps } from "./schema";

export const featuresFields: FieldMap<FeaturesProps> = {
  heading: textField("Heading", 120),
  intro: { kind: "textarea", label: "Intro", maxLength: 400 },
  items: {
    kind: "list",
    label: "Features",
    itemLabel: "Feature",
    titleField: "title",
    min: 0,
    max: 12,
    itemFields: {
      icon: {
        kind: "select",
        label: "Icon",
        options: ICON_NAMES.map((name) => ({ value: name, label: ICON_LABELS[name] })),
      },
      title: textField("Title", 80),
      text: { kind: "textarea", label: "Text", maxLength: 300 },
    },
    defaultItem: ZFeatureItem.parse({}),
  },
  columns: columnsField("Features per row"),
  align: alignField(),
};
