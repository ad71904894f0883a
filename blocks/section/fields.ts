import type { FieldMap } from "../fields/types.ts";
import {
  alignField,
  backgroundField,
  factsField,
  spaceField,
  textField,
  WIDTH_OPTIONS,
} from "../shared/fields.ts";
import type { SectionProps } from "./schema.ts";

export const sectionFields: FieldMap<SectionProps> = {
  background: backgroundField(),
  paddingBlock: spaceField("Space above and below"),
  gap: spaceField("Space between blocks"),
  width: { kind: "select", label: "Content width", options: WIDTH_OPTIONS },
  align: alignField("Text alignment"),
  anchor: factsField("Anchor name", 40, "Link to this section with #name, e.g. #visit-us"),
  label: textField("Section name (for screen readers)", 80),
};
