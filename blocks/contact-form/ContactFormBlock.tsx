import type { BlockComponentProps } from "../definition.ts";
import { STOREFRONT_ENDPOINTS } from "../render/commerce.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockIntro, labelledBy } from "../shared/BlockIntro.tsx";
import { FormContextFields, SpamTrap } from "../shared/forms.tsx";
import { ownLabel } from "../shared/commerce.tsx";
import { type ContactFormProps, ZContactFormProps } from "./schema.ts";

/** The block's English defaults: a label still at its default follows the store's language. */
const CONTACT_DEFAULTS = ZContactFormProps.parse({});

export function ContactFormBlock({ id, props }: BlockComponentProps<ContactFormProps>) {
  const ctx = useRenderContext();
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
        data-success-message={
          ownLabel(props.successMessage, CONTACT_DEFAULTS.successMessage) ||
          ctx.t("storefront.form.sent")
        }
        data-error={ctx.t("storefront.form.error")}
      >
        <FormContextFields blockId={id} />
        <SpamTrap />
        <div className="pg-ui-field">
          <label htmlFor={field("name")}>
            {ownLabel(props.nameLabel, CONTACT_DEFAULTS.nameLabel) || ctx.t("storefront.form.name")}
          </label>
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
          <label htmlFor={field("email")}>
            {ownLabel(props.emailLabel, CONTACT_DEFAULTS.emailLabel) ||
              ctx.t("storefront.form.email")}
          </label>
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
            <label htmlFor={field("phone")}>
              {ownLabel(props.phoneLabel, CONTACT_DEFAULTS.phoneLabel) ||
                ctx.t("storefront.form.phone")}
            </label>
            <input id={field("phone")} name="phone" type="tel" autoComplete="tel" maxLength={40} />
          </div>
        ) : null}
        <div className="pg-ui-field">
          <label htmlFor={field("message")}>
            {ownLabel(props.messageLabel, CONTACT_DEFAULTS.messageLabel) ||
              ctx.t("storefront.form.message")}
          </label>
          <textarea id={field("message")} name="message" required rows={6} maxLength={5000} />
        </div>
        <button type="submit" className="pg-ui-button pg-ui-button--primary">
          {ownLabel(props.buttonLabel, CONTACT_DEFAULTS.buttonLabel) ||
            ctx.t("storefront.form.send")}
        </button>
        <p className="pg-contact-form__status" role="status" aria-live="polite" />
      </form>
    </section>
  );
}
