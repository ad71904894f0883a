import type { FieldMap } from "../fields/types.ts";
import { columnsField, factsField, imageField, textField } from "../shared/fields.ts";
import { ZTestimonial, type TestimonialsProps } from "./schema.ts";

export const testimonialsFields: FieldMap<TestimonialsProps> = {
  heading: textField("Heading", 120),
  items: {
    kind: "list",
    label: "Testimonials",
    itemLabel: "Testimonial",
    titleField: "name",
    min: 0,
    max: 12,
    itemFields: {
      quote: { kind: "textarea", label: "Quote", maxLength: 600 },
      name: factsField("Name", 80),
      detail: factsField("Detail (city, role)", 80),
      rating: { kind: "number", label: "Stars", min: 0, max: 5, step: 1, unit: "stars" },
      avatar: imageField("Photo"),
    },
    defaultItem: ZTestimonial.parse({}),
  },
  columns: columnsField("Per row", 4),
};
