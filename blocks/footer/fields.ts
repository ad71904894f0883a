import type { FieldMap } from "../fields/types.ts";
import { textField, textLinkListField } from "../shared/fields.ts";
import { ZFooterLinkGroup, type FooterProps } from "./schema.ts";

export const footerFields: FieldMap<FooterProps> = {
  tagline: { kind: "textarea", label: "About line", maxLength: 300 },
  linkGroups: {
    kind: "list",
    label: "Link groups",
    itemLabel: "Group",
    titleField: "title",
    min: 0,
    max: 4,
    itemFields: { title: textField("Group title", 60), links: textLinkListField("Links", 12) },
    defaultItem: ZFooterLinkGroup.parse({}),
  },
  showSocial: { kind: "toggle", label: "Show social links (from site settings)" },
  copyright: textField("Copyright line", 200, "{year} and {site} are filled in for you"),
  background: {
    kind: "color",
    label: "Background",
    tokens: ["surface", "background", "primary", "secondary", "text"],
    allowCustom: true,
  },
};
