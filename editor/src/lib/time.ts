import { useIntl } from "react-intl";
import { message } from "../i18n/message.ts";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** Long-lived formatters per language (building one costs more than using it). */
const formatters = new Map<
  string,
  { relative: Intl.RelativeTimeFormat; date: Intl.DateTimeFormat }
>();

function formattersFor(locale: string) {
  let found = formatters.get(locale);
  if (!found) {
    found = {
      relative: new Intl.RelativeTimeFormat(locale, { numeric: "auto" }),
      date: new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" }),
    };
    formatters.set(locale, found);
  }
  return found;
}

/** The last few seconds, as a time ("just now"): `Intl` has only "now" ("maintenant"). */
const JUST_NOW_SECONDS = 45;
const justNow = message({ id: "app.time.justNow", defaultMessage: "just now" });

/**
 * "now", "5 minutes ago", "yesterday", "in 3 days" ("à l'instant"... in French): through
 * `Intl.RelativeTimeFormat` in `locale`. The last few seconds read as "now" (Intl's own word for
 * zero seconds), said as "just now" in English.
 */
export function timeFrom(iso: string, now: Date = new Date(), locale = "en"): string {
  const { relative } = formattersFor(locale);
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < JUST_NOW_SECONDS) {
    const word = relative.format(0, "second");
    return word === "now" ? "just now" : word;
  }
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(Math.round(seconds / 60), "minute");
}

/** "12 May 2026" ("12 mai 2026" in French). */
export function formatDate(iso: string | Date, locale = "en"): string {
  return formattersFor(locale).date.format(typeof iso === "string" ? new Date(iso) : iso);
}

/** `timeFrom` and `formatDate` in the app's language; the last few seconds are "just now". */
export function useTime() {
  const intl = useIntl();
  const { locale } = intl;
  return {
    timeFrom: (iso: string, now: Date = new Date()) =>
      Math.abs(new Date(iso).getTime() - now.getTime()) < JUST_NOW_SECONDS * 1000
        ? intl.formatMessage(justNow)
        : timeFrom(iso, now, locale),
    formatDate: (iso: string | Date) => formatDate(iso, locale),
  };
}
