import type { FieldMap } from "../fields/types.ts";
import { options } from "../fields/types.ts";
import { columnsField, spaceField } from "../shared/fields.ts";
import type { GridProps } from "./schema.ts";

export const gridFields: FieldMap<GridProps> = {
  columns: columnsField("Items per row"),
  gap: spaceField("Space between items"),
  alignItems: {
    kind: "select",
    label: "Vertical alignment",
    options: options({ start: "Top", center: "Middle", end: "Bottom", stretch: "Equal height" }),
  },
};
