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
