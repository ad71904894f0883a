import type {
  ColorField,
  FieldDefinition,
  ImageField,
  LinkField,
  ListField,
  ResponsiveField,
  SelectField,
  TextField,
} from "../fields/types.ts";
import { options } from "../fields/types.ts";
import { ZButtonLink, ZTextLink, type BUTTON_VARIANTS } from "./props.ts";

/** Field helpers so forty blocks describe the same kinds of props the same way. */

export function textField(label: string, maxLength: number, help?: string): TextField {
  return { kind: "text", label, maxLength, help };
}

/** A text stating a fact (a price, a number, a name) that the AI never rewords or translates. */
export function factsField(label: string, maxLength: number, help?: string): TextField {
  return { ...textField(label, maxLength, help), ai: "facts" };
}

export function imageField(label = "Image", help?: string): ImageField {
  return { kind: "image", label, help };
}

export function linkField(label = "Link", help?: string): LinkField {
  return {
    kind: "link",
    label,
    help: help ?? "A page of your site (/about), a #section, or a full web address",
  };
}

export const BUTTON_VARIANT_LABELS: Record<(typeof BUTTON_VARIANTS)[number], string> = {
  primary: "Filled",
  secondary: "Secondary",
  outline: "Outline",
  inverse: "Inverse (for coloured backgrounds)",
  link: "Text link",
};

export function buttonListField(label: string, max: number): ListField {
  return {
    kind: "list",
    label,
    itemLabel: "Button",
    titleField: "label",
    min: 0,
    max,
    itemFields: {
      label: textField("Label", 60),
      href: linkField(),
      variant: { kind: "select", label: "Style", options: options(BUTTON_VARIANT_LABELS) },
    },
    defaultItem: ZButtonLink.parse({}),
  };
}

export function textLinkItemFields(): Record<string, FieldDefinition> {
  return { label: textField("Label", 60), href: linkField() };
}

export function textLinkListField(label: string, max: number): ListField {
  return {
    kind: "list",
    label,
    itemLabel: "Link",
    titleField: "label",
    min: 0,
    max,
    itemFields: textLinkItemFields(),
    defaultItem: ZTextLink.parse({}),
  };
}

export const SPACE_OPTIONS = options({
  none: "None",
  xs: "Extra small",
  sm: "Small",
  md: "Medium",
  lg: "Large",
  xl: "Extra large",
  "2xl": "Huge",
});

export function spaceField(label: string): ResponsiveField {
  return { kind: "responsive", label, field: { kind: "select", label, options: SPACE_OPTIONS } };
}

export const ALIGN_OPTIONS = options({ start: "Left", center: "Centre", end: "Right" });

export function alignField(label = "Alignment"): SelectField {
  return { kind: "select", label, options: ALIGN_OPTIONS, display: "buttons" };
}

export function responsiveAlignField(label = "Alignment"): ResponsiveField {
  return { kind: "responsive", label, field: alignField(label) };
}

export function columnsField(label: string, max = 6): ResponsiveField {
  return {
    kind: "responsive",
    label,
    field: { kind: "number", label, min: 1, max, step: 1 },
  };
}

export function backgroundField(label = "Background"): ColorField {
  return {
    kind: "color",
    label,
    tokens: ["none", "background", "surface", "primary", "secondary", "accent", "text"],
    allowCustom: true,
  };
}

export const ASPECT_OPTIONS = options({
  auto: "Original",
  "1/1": "Square",
  "4/5": "Portrait 4:5",
  "3/4": "Portrait 3:4",
  "4/3": "Landscape 4:3",
  "3/2": "Landscape 3:2",
  "16/9": "Wide 16:9",
  "21/9": "Cinema 21:9",
  "9/16": "Tall 9:16",
});

export function aspectField(label = "Image shape"): SelectField {
  return { kind: "select", label, options: ASPECT_OPTIONS };
}

export const WIDTH_OPTIONS = options({
  narrow: "Narrow",
  normal: "Normal",
  wide: "Wide",
  full: "Full width",
});

export const HEADING_LEVEL_OPTIONS = [
  { value: 1, label: "H1 (page title)" },
  { value: 2, label: "H2" },
  { value: 3, label: "H3" },
  { value: 4, label: "H4" },
] as const;
