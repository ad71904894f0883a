/**
 * Text the database cannot keep. PostgreSQL refuses NUL in `text` and `jsonb` alike (errors 22021
 * and 22P05), and a UTF-16 surrogate without its other half is not Unicode at all: `jsonb` refuses
 * its escape and `text` would silently get U+FFFD instead.
 *
 * Two uses: the HTTP edge refuses such text with a message (server/http/storable-text.ts), and
 * what reaches storage another way — a collaborator's edit over the WebSocket, an old stored
 * document — is repaired with `toStorableText` when the site's JSON is derived, so publishing or
 * compacting it can never fail in the database.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, "g");

export const UNSTORABLE_TEXT_MESSAGE =
  "contains a character that can't be stored (a NUL character or half of an emoji); remove it and try again.";

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** The text with NUL removed and each half surrogate replaced by U+FFFD, as `text` would store it. */
export function toStorableText(text: string): string {
  if (isStorableText(text)) return text;
  return text.replace(UNSTORABLE_ALL, (found) => (found === "\u0000" ? "" : "\ufffd"));
}

/**
 * A JSON value with every string (object keys included) made storable; the same value, not a
 * copy, when nothing needed it, so the common case allocates nothing.
 */
export function toStorableJson<T>(value: T): T {
  return repair(value) as T;
}

function repair(value: unknown): unknown {
  if (typeof value === "string") return toStorableText(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, i) => {
      const fixed = repair(item);
      if (fixed !== item) (copy ??= [...value])[i] = fixed;
    });
    return copy ?? value;
  }
  if (value !== null && typeof value === "object") {
    let copy: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const fixedKey = toStorableText(key);
      const fixed = repair(item);
      if (fixedKey === key && fixed === item) continue;
      copy ??= { ...(value as Record<string, unknown>) };
      if (fixedKey !== key) delete copy[key];
      copy[fixedKey] = fixed;
    }
    return copy ?? value;
  }
  return value;
}
