import type { FieldMap } from "../fields/types.ts";
import { aspectField, columnsField, imageField, spaceField, textField } from "../shared/fields.ts";
import { ZGalleryItem, type GalleryProps } from "./schema.ts";

export const galleryFields: FieldMap<GalleryProps> = {
  heading: textField("Heading", 120),
  items: {
    kind: "list",
    label: "Images",
    itemLabel: "Image",
    titleField: "caption",
    min: 0,
    max: 24,
    itemFields: { image: imageField(), caption: textField("Caption", 160) },
    defaultItem: ZGalleryItem.parse({}),
  },
  columns: columnsField("Images per row"),
  aspectRatio: aspectField(),
  gap: spaceField("Space between images"),
};
