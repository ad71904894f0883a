import type { FieldMap } from "../fields/types";
import { aspectField, columnsField, textField } from "../shared/fields";
import type { CollectionListProps } from "./schema";

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
