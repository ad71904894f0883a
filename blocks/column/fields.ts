import type { FieldMap } from "../fields/types.ts";
import { alignField, backgroundField, columnsField, spaceField } from "../shared/fields.ts";
import type { ColumnProps } from "./schema.ts";

export const columnFields: FieldMap<ColumnProps> = {
  span: columnsField("Width (columns spanned)"),
  padding: spaceField("Inner spacing"),
  background: backgroundField(),
  align: alignField("Text alignment"),
};
