/**
 * The languages the merchant app speaks, as an account stores its choice (`User.locale`). The
 * server validates the setting against this list; the editor loads a catalogue per language
 * (editor/src/i18n/). Adding a language is this list and one folder of catalogues.
 */
export const APP_LANGUAGES = ["en", "fr"] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];

/** Each language named in itself, as a language picker shows it. */
export const APP_LANGUAGE_NAMES: Record<AppLanguage, string> = {
  en: "English",
  fr: "Français",
};

export function isAppLanguage(value: unknown): value is AppLanguage {
  return (APP_LANGUAGES as readonly unknown[]).includes(value);
}
