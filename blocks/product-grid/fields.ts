import type { FieldMap } from "../fields/types.ts";
import { options } from "../fields/types.ts";
import { aspectField, columnsField, textField } from "../shared/fields.ts";
import type { ProductGridProps } from "./schema.ts";

export const productGridFields: FieldMap<ProductGridProps> = {
  heading: textField("Heading", 120),
  source: {
    kind: "select",
    label: "Show",
    options: options({ collection: "Products from a collection", products: "Products I pick" }),
  },
  collectionId: {
    kind: "collection",
    label: "Collection",
    help: "Leave empty on a collection page to show that collection",
  },
  productIds: { kind: "products", label: "Products", max: 24 },
  limit: { kind: "number", label: "Most products to show", min: 1, max: 24, step: 1 },
  columns: columnsField("Products per row"),
  imageAspect: aspectField("Photo shape"),
  showPrice: { kind: "toggle", label: "Show prices" },
  showSoldOut: { kind: "toggle", label: "Include sold-out products" },
  emptyText: textField("Message when there are no products", 200),
};
