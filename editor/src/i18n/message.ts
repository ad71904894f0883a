import { createIntl, createIntlCache, type IntlShape, type MessageDescriptor } from "react-intl";

/**
 * One message kept in a table for code outside a component (commands, announcements):
 * `readOnly: message({ id, defaultMessage })`. The catalogue extraction
 * (scripts/i18n-extract.mjs) reads calls to it as it reads `formatMessage`; react-intl's own
 * `defineMessages` would need every message's value types written out to be exported.
 */
export function message(descriptor: MessageDescriptor): MessageDescriptor {
  return descriptor;
}

/**
 * English, for words needed outside any `IntlProvider` (a command run without React, a helper
 * called without the screen's `intl`). A written `defaultMessage` is not a string in the
 * production build (it is parsed at build time, decision 0016): read it through this, never as
 * `descriptor.defaultMessage`.
 */
export const ENGLISH: IntlShape = createIntl(
  { locale: "en", defaultLocale: "en", messages: {}, onError: () => {} },
  createIntlCache(),
);
