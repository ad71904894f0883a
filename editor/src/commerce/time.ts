import { isoToZonedInput, zonedInputToIso } from "../../../domain/time-zone.ts";

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

/** An instant as a `datetime-local` input's value on the store's clock: "2026-12-24T18:00". */
export function toZonedInput(iso: string | null, timeZone: string): string {
  return iso ? isoToZonedInput(iso, timeZone) : "";
}

/** A `datetime-local` input's value read on the store's clock, as an instant; null if empty. */
export function fromZonedInput(local: string, timeZone: string): string | null {
  return zonedInputToIso(local, timeZone);
}
