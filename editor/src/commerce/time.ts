import type { IntlShape } from "react-intl";

/** A date and time in the merchant's own locale and time zone: "24 Nov 2026, 14:05". */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );
}

/** A date alone in the merchant's own locale: "24 Nov 2026". */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(new Date(iso));
}

function wallClock(date: Date, timeZone: string): Record<string, string> {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** How far `timeZone`'s clock is ahead of UTC at `date`, in milliseconds. */
function offsetAt(date: Date, timeZone: string): number {
  const p = wallClock(date, timeZone);
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** An instant as a `datetime-local` input's value on the store's clock: "2026-12-24T18:00". */
export function toZonedInput(iso: string | null, timeZone: string): string {
  if (!iso) return "";
  const p = wallClock(new Date(iso), timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A `datetime-local` input's value read on the store's clock, as an instant; null if empty. */
export function fromZonedInput(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Twice: the offset at the first guess can differ across a daylight-saving change.
  const guess = wall - offsetAt(new Date(wall), timeZone);
  return new Date(wall - offsetAt(new Date(guess), timeZone)).toISOString();
}

function zonePart(
  locale: string,
  timeZone: string,
  style: "longGeneric" | "shortOffset",
  at: Date,
): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(
    at,
  );
  return parts.find((part) => part.type === "timeZoneName")?.value ?? "";
}

/**
 * A time zone in words for the merchant, the IANA id staying the value: its city (the id's last
 * part, "Buenos Aires"), its name in the app's language ("heure d’Europe centrale") and its offset
 * now ("UTC+1"), as `intl` words them; UTC on its own.
 */
export function timeZoneInWords(intl: IntlShape, timeZone: string, at = new Date()): string {
  if (timeZone === "UTC")
    return intl.formatMessage({
      id: "commerce.settings.timeZoneUtc",
      defaultMessage: "Coordinated Universal Time (UTC)",
    });
  const city = (timeZone.split("/").pop() ?? timeZone).replace(/_/g, " ");
  const offset = zonePart(intl.locale, timeZone, "shortOffset", at);
  const name = zonePart(intl.locale, timeZone, "longGeneric", at);
  // A zone without a name of its own is named by its offset ("GMT+03:00"): the offset says it.
  return /^(GMT|UTC)([+−-]|$)/.test(name)
    ? intl.formatMessage(
        { id: "commerce.settings.timeZoneOffsetOnly", defaultMessage: "{city} ({offset})" },
        { city, offset },
      )
    : intl.formatMessage(
        { id: "commerce.settings.timeZoneOption", defaultMessage: "{city} – {name} ({offset})" },
        { city, name, offset },
      );
}

/** The zones as options, by their words in the app's language. */
export function timeZoneOptions(
  intl: IntlShape,
  zones: readonly string[],
): { value: string; label: string }[] {
  const at = new Date();
  return zones
    .map((zone) => ({ value: zone, label: timeZoneInWords(intl, zone, at) }))
    .sort((a, b) =>
      a.value === "UTC" ? -1 : b.value === "UTC" ? 1 : a.label.localeCompare(b.label, intl.locale),
    );
}
