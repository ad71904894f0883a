import type { BlockComponentProps } from "../definition.ts";
import { STOREFRONT_ENDPOINTS } from "../render/commerce.ts";
import { BlockIntro, labelledBy } from "../shared/BlockIntro.tsx";
import { FormContextFields, SpamTrap } from "../shared/forms.tsx";
import type { ContactFormProps } from "./schema.ts";

export function ContactFormBlock({ id, props }: BlockComponentProps<ContactFormProps>) {
  const field = (name: string) => `${id}-${name}`;
  return (
    <section
      data-block-id={id}
      className="pg-contact-form"
      aria-labelledby={labelledBy(id, props.heading)}
    >
      <BlockIntro
        blockId={id}
        heading={props.heading}
        intro={props.text}
        className="pg-contact-form__intro"
      />
      <form
        className="pg-contact-form__form"
        method="post"
        action={STOREFRONT_ENDPOINTS.contact}
        data-island="form"
        data-success-message={props.successMessage.trim() || undefined}
      >
        <FormContextFields blockId={id} />
        <SpamTrap />
        <div className="pg-ui-field">
          <label htmlFor={field("name")}>{props.nameLabel.trim() || "Your name"}</label>
          <input
            id={field("name")}
            name="name"
            type="text"
            required
            autoComplete="name"
            maxLength={120}
          />
        </div>
        <div className="pg-ui-field">
          <label htmlFor={field("email")}>{props.emailLabel.trim() || "Email address"}</label>
          <input
            id={field("email")}
            name="email"
            type="email"
            required
            autoComplete="email"
            maxLength={254}
          />
        </div>
        {props.showPhone ? (
          <div className="pg-ui-field">
            <label htmlFor={field("phone")}>{props.phoneLabel.trim() || "Phone (optional)"}</label>
            <input id={field("phone")} name="phone" type="tel" autoComplete="tel" maxLength={40} />
          </div>
        ) : null}
        <div className="pg-ui-field">
          <label htmlFor={field("message")}>{props.messageLabel.trim() || "Message"}</label>
          <textarea id={field("message")} name="message" required rows={6} maxLength={5000} />
        </div>
        <button type="submit" className="pg-ui-button pg-ui-button--primary">
          {props.buttonLabel.trim() || "Send message"}
        </button>
        <p className="pg-contact-form__status" role="status" aria-live="polite" />
      </form>
    </section>
  );
}
