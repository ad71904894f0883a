/**
 * The languages the merchant app speaks. English is written in the code (each message's
 * `defaultMessage`); every other language is a catalogue under ./messages/<language>/. "en-XA"
 * is the pseudo-locale: English accented and 30% longer, to catch hard-coded text and truncation.
 */
export const APP_LANGUAGES = ["en", "fr"] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];
export const PSEUDO_LANGUAGE = "en-XA";
export type UiLanguage = AppLanguage | typeof PSEUDO_LANGUAGE;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === PSEUDO_LANGUAGE || (APP_LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The language to speak: the account's setting when it has one, else the first of the browser's
 * languages the app speaks ("fr-CA" → "fr"), else English.
 */
export function pickLanguage(
  setting: string | null | undefined,
  browser: readonly string[],
): UiLanguage {
  if (isUiLanguage(setting)) return setting;
  for (const tag of browser) {
    if (tag === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
    const base = tag.toLowerCase().split("-")[0];
    if (isUiLanguage(base)) return base;
  }
  return "en";
}
