import { IntlMessageFormat, type PrimitiveType } from "intl-messageformat";
import en from "./en.json";
import type { MessageId } from "./index.ts";

/** One language's storefront words; a key it lacks falls back to English. */
export type Catalogue = Partial<Record<MessageId, string>>;

const compiled = new Map<string, IntlMessageFormat>();

/**
 * A message of `own` (the store language's catalogue) in `locale`, formatted with its ICU values;
 * a key `own` lacks (or no catalogue at all) in English. Compiled messages are cached per locale.
 * The server's `t` passes the catalogue it holds for every language, the editor's canvas the one
 * it loaded (`load.ts`).
 */
export function formatIn(
  own: Catalogue | undefined,
  locale: string,
  id: MessageId,
  values?: Record<string, PrimitiveType>,
): string {
  const message = own?.[id];
  const source = message ?? en[id];
  const key = `${message === undefined ? "en" : locale}\u0000${id}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(source, message === undefined ? "en" : locale);
    compiled.set(key, format);
  }
  return String(format.format(values));
}
