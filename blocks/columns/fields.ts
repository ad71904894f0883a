import type { FieldMap } from "../fields/types";
import { options } from "../fields/types";
import { columnsField, spaceField } from "../shared/fields";
import type { ColumnsProps } from "./schema";

export const columnsFields: FieldMap<ColumnsProps> = {
  columns: columnsField("Columns per row"),
  gap: spaceField("Space between columns"),
  verticalAlign: {
    kind: "select",
    label: "Vertical alignment",
    options: options({ start: "Top", center: "Middle", end: "Bottom", stretch: "Equal height" }),
  },
};
