import type { FieldMap } from "../fields/types";
import { options } from "../fields/types";
import { columnsField, spaceField } from "../shared/fields";
import type { GridProps } from "./schema";

export const gridFields: FieldMap<GridProps> = {
  columns: columnsField("Items per row"),
  gap: spaceField("Space between items"),
  alignItems: {
    kind: "select",
    label: "Vertical alignment",
    options: options({ start: "Top", center: "Middle", end: "Bottom", stretch: "Equal height" }),
  },
};
