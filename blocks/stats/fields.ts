import type { FieldMap } from "../fields/types.ts";
import { columnsField, factsField, textField } from "../shared/fields.ts";
import { ZStat, type StatsProps } from "./schema.ts";

export const statsFields: FieldMap<StatsProps> = {
  heading: textField("Heading", 120),
  items: {
    kind: "list",
    label: "Numbers",
    itemLabel: "Number",
    titleField: "value",
    min: 0,
    max: 8,
    itemFields: { value: factsField("Number", 24), label: textField("What it counts", 80) },
    defaultItem: ZStat.parse({}),
  },
  columns: columnsField("Per row", 4),
};
