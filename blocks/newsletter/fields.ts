import type { FieldMap } from "../fields/types.ts";
import { options } from "../fields/types.ts";
import { backgroundField, textField } from "../shared/fields.ts";
import type { NewsletterProps } from "./schema.ts";

export const newsletterFields: FieldMap<NewsletterProps> = {
  heading: textField("Heading", 120),
  text: { kind: "textarea", label: "Text", maxLength: 400 },
  emailLabel: textField("Email field label", 60),
  buttonLabel: textField("Button label", 40),
  successMessage: textField("Thank-you message", 200),
  privacyNote: textField("Privacy note", 200),
  background: backgroundField(),
  layout: {
    kind: "select",
    label: "Layout",
    options: options({ inline: "Field and button side by side", stacked: "Stacked" }),
  },
};
