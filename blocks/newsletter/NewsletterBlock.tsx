import type { BlockComponentProps } from "../definition.ts";
import { STOREFRONT_ENDPOINTS } from "../render/commerce.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockIntro, labelledBy } from "../shared/BlockIntro.tsx";
import { FormContextFields, SpamTrap } from "../shared/forms.tsx";
import { ownLabel } from "../shared/commerce.tsx";
import { type NewsletterProps, ZNewsletterProps } from "./schema.ts";

/** The block's English defaults: a label still at its default follows the store's language. */
const NEWSLETTER_DEFAULTS = ZNewsletterProps.parse({});

/** A plain POST form: subscribing works without JavaScript; the island only avoids a reload. */
export function NewsletterBlock({ id, props }: BlockComponentProps<NewsletterProps>) {
  const ctx = useRenderContext();
  ctx.styles.add(id, { background: props.background });
  const emailId = `${id}-email`;
  const noteId = `${id}-note`;
  const note = props.privacyNote.trim();
  return (
    <section
      data-block-id={id}
      className="pg-newsletter"
      aria-labelledby={labelledBy(id, props.heading)}
    >
      <div className="pg-newsletter__inner pg-ui-container">
        <BlockIntro
          blockId={id}
          heading={props.heading}
          intro={props.text}
          className="pg-newsletter__intro"
        />
        <form
          className={`pg-newsletter__form pg-newsletter__form--${props.layout}`}
          method="post"
          action={STOREFRONT_ENDPOINTS.newsletter}
          data-island="form"
          data-success-message={
            ownLabel(props.successMessage, NEWSLETTER_DEFAULTS.successMessage) ||
            ctx.t("storefront.form.subscribed")
          }
          data-error={ctx.t("storefront.form.error")}
        >
          <FormContextFields blockId={id} />
          <SpamTrap />
          <div className="pg-ui-field pg-newsletter__field">
            <label htmlFor={emailId}>
              {ownLabel(props.emailLabel, NEWSLETTER_DEFAULTS.emailLabel) ||
                ctx.t("storefront.form.email")}
            </label>
            <input
              id={emailId}
              type="email"
              name="email"
              required
              autoComplete="email"
              inputMode="email"
              maxLength={254}
              aria-describedby={note ? noteId : undefined}
            />
          </div>
          <button type="submit" className="pg-ui-button pg-ui-button--primary">
            {ownLabel(props.buttonLabel, NEWSLETTER_DEFAULTS.buttonLabel) ||
              ctx.t("storefront.form.subscribe")}
          </button>
          <p className="pg-newsletter__status" role="status" aria-live="polite" />
        </form>
        {note ? (
          <p id={noteId} className="pg-newsletter__note">
            {note}
          </p>
        ) : null}
      </div>
    </section>
  );
}
