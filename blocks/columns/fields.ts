import type { FieldMap } from "../fields/types.ts";
import { options } from "../fields/types.ts";
import { columnsField, spaceField } from "../shared/fields.ts";
import type { ColumnsProps } from "./schema.ts";

export const columnsFields: FieldMap<ColumnsProps> = {
  columns: columnsField("Columns per row"),
  gap: spaceField("Space between columns"),
  verticalAlign: {
    kind: "select",
    label: "Vertical alignment",
    options: options({ start: "Top", center: "Middle", end: "Bottom", stretch: "Equal height" }),
  },
};
