import type { FieldMap } from "../fields/types.ts";
import { linkField, textField } from "../shared/fields.ts";
import type { AnnouncementBarProps } from "./schema.ts";

export const announcementBarFields: FieldMap<AnnouncementBarProps> = {
  text: textField("Announcement", 160),
  linkLabel: textField("Link text", 40),
  linkHref: linkField(),
  background: {
    kind: "color",
    label: "Background",
    tokens: ["text", "primary", "secondary", "accent", "surface", "background"],
    allowCustom: true,
  },
};
