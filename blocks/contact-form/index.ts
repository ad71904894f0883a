import { defineBlock } from "../definition.ts";
import { ContactFormBlock } from "./ContactFormBlock.tsx";
import { contactFormFields } from "./fields.ts";
import { CONTACT_FORM_VERSION, contactFormMigrations, ZContactFormProps } from "./schema.ts";

export type { ContactFormProps } from "./schema.ts";

export const contactFormBlock = defineBlock({
  type: "contact-form",
  version: CONTACT_FORM_VERSION,
  label: "Contact form",
  description: "A form that emails the merchant: name, email, message.",
  category: "content",
  icon: "M4 4h16v16H4z M7 8h10 M7 12h10 M7 16h5",
  schema: ZContactFormProps,
  migrations: contactFormMigrations,
  fields: contactFormFields,
  component: ContactFormBlock,
  css: `
.pg-contact-form{max-width:var(--pg-width-narrow);width:100%;margin-inline:auto}
.pg-contact-form__intro p{color:var(--pg-color-muted)}
.pg-contact-form__form{display:flex;flex-direction:column;align-items:stretch}
.pg-contact-form__form>button{align-self:flex-start}
.pg-contact-form__status{margin:var(--pg-space-sm) 0 0}
.pg-contact-form__status:empty{display:none}
`,
  ai: {
    description:
      "Lets shoppers write to the merchant; say what to write about and how fast they reply.",
    copyProps: [
      { prop: "heading", tone: "friendly", maxLength: 50 },
      { prop: "text", tone: "helpful, sets expectations", maxLength: 200 },
    ],
  },
  layout: "contained",
  allowedChildren: "none",
});
