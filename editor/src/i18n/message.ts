import type { MessageDescriptor } from "react-intl";

/**
 * One message kept in a table for code outside a component (commands, announcements):
 * `readOnly: message({ id, defaultMessage })`. The catalogue extraction
 * (scripts/i18n-extract.mjs) reads calls to it as it reads `formatMessage`; react-intl's own
 * `defineMessages` would need every message's value types written out to be exported.
 */
export function message(descriptor: MessageDescriptor): MessageDescriptor {
  return descriptor;
}
