import type { FieldMap } from "../fields/types";
import {
  alignField,
  backgroundField,
  spaceField,
  textField,
  WIDTH_OPTIONS,
} from "../shared/fields";
import type { SectionProps } from "./schema";

export const sectionFields: FieldMap<SectionProps> = {
  background: backgroundField(),
  paddingBlock: spaceField("Space above and below"),
  gap: spaceField("Space between blocks"),
  width: { kind: "select", label: "Content width", options: WIDTH_OPTIONS },
  align: alignField("Text alignment"),
  anchor: textField("Anchor name", 40, "Link to this section with #name, e.g. #visit-us"),
  label: textField("Section name (for screen readers)", 80),
};
