import type { IntlShape } from "react-intl";
import { isoToZonedInput, zonedInputToIso } from "../../../domain/time-zone.ts";

// Dates shown in the store admin come from `useStore()` (shared.tsx): `date` and `dateTime`, in
// the app's language on the store's clock. These two read and write a `datetime-local` input.

/** An instant as a `datetime-local` input's value on the store's clock: "2026-12-24T18:00". */
export function toZonedInput(iso: string | null, timeZone: string): string {
  return iso ? isoToZonedInput(iso, timeZone) : "";
}

/** A `datetime-local` input's value read on the store's clock, as an instant; null if empty. */
export function fromZonedInput(local: string, timeZone: string): string | null {
  return zonedInputToIso(local, timeZone);
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
