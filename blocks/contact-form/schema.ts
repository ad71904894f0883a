import { z } from "zod";
import type { PropsMigration } from "../definition.ts";

export const ZContactFormProps = z.object({
  heading: z.string().max(120).default("Get in touch"),
  text: z
    .string()
    .max(400)
    .default(
      "Questions about an order, a custom piece or a wholesale account? We reply within one working day.",
    ),
  nameLabel: z.string().max(60).default("Your name"),
  emailLabel: z.string().max(60).default("Email address"),
  showPhone: z.boolean().default(false),
  phoneLabel: z.string().max(60).default("Phone (optional)"),
  messageLabel: z.string().max(60).default("How can we help?"),
  buttonLabel: z.string().max(40).default("Send message"),
  successMessage: z
    .string()
    .max(200)
    .default("Thanks for writing. We'll get back to you within one working day."),
});
export type ContactFormProps = z.infer<typeof ZContactFormProps>;

export const CONTACT_FORM_VERSION = 1;
export const contactFormMigrations: PropsMigration[] = [];
