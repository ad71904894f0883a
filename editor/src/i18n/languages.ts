/**
 * The languages the merchant app speaks. English is written in the code (each message's
 * `defaultMessage`); every other language is a catalogue under ./messages/<language>/. "en-XA"
 * is the pseudo-locale: English accented and 30% longer, to catch hard-coded text and truncation.
 */
import { APP_LANGUAGES, type AppLanguage } from "../../../domain/app-languages.ts";

export {
  APP_LANGUAGES,
  APP_LANGUAGE_NAMES,
  type AppLanguage,
} from "../../../domain/app-languages.ts";
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

/**
 * A language asked for in the address (`?lang=en-XA`, `?lang=fr`): it wins over the account and
 * the browser for the whole visit, so the pseudo-locale can be looked at without a setting.
 */
export function requestedLanguage(search: string): UiLanguage | null {
  const asked = new URLSearchParams(search).get("lang");
  return isUiLanguage(asked) ? asked : null;
}

/** The browser's languages, in its order of preference (none outside a browser). */
export function browserLanguages(): readonly string[] {
  return typeof navigator === "undefined" ? [] : navigator.languages;
}

/** The first of the browser's languages the app speaks (kept at sign-up), else null. */
export function browserAppLanguage(
  browser: readonly string[] = browserLanguages(),
): AppLanguage | null {
  for (const tag of browser) {
    if (tag === PSEUDO_LANGUAGE) continue;
    const base = tag.toLowerCase().split("-")[0];
    if ((APP_LANGUAGES as readonly unknown[]).includes(base)) return base as AppLanguage;
  }
  return null;
}
