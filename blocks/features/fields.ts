import type { FieldMap } from "../fields/types.ts";
import { alignField, columnsField, textField } from "../shared/fields.ts";
import { ICON_LABELS, ICON_NAMES } from "../shared/icons.tsx";
import { ZFeatureItem, type FeaturesProps } from "./schema.ts";

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
