import type { FieldMap } from "../fields/types";
import { columnsField, textField } from "../shared/fields";
import { ZStat, type StatsProps } from "./schema";

export const statsFields: FieldMap<StatsProps> = {
  heading: textField("Heading", 120),
  items: {
    kind: "list",
    label: "Numbers",
    itemLabel: "Number",
    titleField: "value",
    min: 0,
    max: 8,
    itemFields: { value: textField("Number", 24), label: textField("What it counts", 80) },
    defaultItem: ZStat.parse({}),
  },
  columns: columnsField("Per row", 4),
};
