import type { FieldMap } from "../fields/types";
import { alignField, backgroundField, columnsField, spaceField } from "../shared/fields";
import type { ColumnProps } from "./schema";

export const columnFields: FieldMap<ColumnProps> = {
  span: columnsField("Width (columns spanned)"),
  padding: spaceField("Inner spacing"),
  background: backgroundField(),
  align: alignField("Text alignment"),
};
