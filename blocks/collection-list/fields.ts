import type { FieldMap } from "../fields/types.ts";
import { aspectField, columnsField, textField } from "../shared/fields.ts";
import type { CollectionListProps } from "./schema.ts";

export const collectionListFields: FieldMap<CollectionListProps> = {
  heading: textField("Heading", 120),
  collectionIds: {
    kind: "collections",
    label: "Collections",
    max: 12,
    help: "Leave empty to show all",
  },
  columns: columnsField("Per row"),
  imageAspect: aspectField("Photo shape"),
};
