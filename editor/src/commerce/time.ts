/**
 * A date and time in the merchant's own locale and time zone: "24 Nov 2026, 14:05"; in `timeZone`
 * (the store's, for a discount's window) with the zone named: "24 Nov 2026, 14:05 CET".
 */
export function formatDateTime(iso: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = timeZone
    ? { day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit" }
    : { dateStyle: "medium", timeStyle: "short" };
  return new Intl.DateTimeFormat(
    undefined,
    timeZone ? { ...options, timeZone, timeZoneName: "short" } : options,
  ).format(new Date(iso));
}

/** A date alone in the merchant's own locale: "24 Nov 2026". */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(new Date(iso));
}
