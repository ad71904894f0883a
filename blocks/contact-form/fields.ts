import type { FieldMap } from "../fields/types.ts";
import { textField } from "../shared/fields.ts";
import type { ContactFormProps } from "./schema.ts";

export const contactFormFields: FieldMap<ContactFormProps> = {
  heading: textField("Heading", 120),
  text: { kind: "textarea", label: "Text", maxLength: 400 },
  nameLabel: textField("Name field label", 60),
  emailLabel: textField("Email field label", 60),
  showPhone: { kind: "toggle", label: "Ask for a phone number" },
  phoneLabel: textField("Phone field label", 60),
  messageLabel: textField("Message field label", 60),
  buttonLabel: textField("Button label", 40),
  successMessage: textField("Thank-you message", 200),
};
