import type { FieldMap } from "../fields/types.ts";
import { options } from "../fields/types.ts";
import { spaceField } from "../shared/fields.ts";
import type { DividerProps } from "./schema.ts";

export const dividerFields: FieldMap<DividerProps> = {
  lineStyle: {
    kind: "select",
    label: "Line",
    options: options({ solid: "Solid", dashed: "Dashed", dotted: "Dotted" }),
    display: "buttons",
  },
  thickness: { kind: "number", label: "Thickness", min: 1, max: 8, step: 1, unit: "px" },
  color: {
    kind: "color",
    label: "Colour",
    tokens: ["border", "muted", "text", "primary", "accent"],
    allowCustom: true,
  },
  length: {
    kind: "select",
    label: "Length",
    options: options({ full: "Full width", short: "Short" }),
    display: "buttons",
  },
  spacing: spaceField("Space above and below"),
};
