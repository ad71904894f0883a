import { useIntl } from "react-intl";
import { useStore } from "./shared.tsx";

/** A date and time in `locale` (the runtime's when undefined): "24 Nov 2026, 14:05". */
export function formatDateTime(iso: string, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** A date alone in `locale` (the runtime's when undefined): "24 Nov 2026". */
export function formatDate(iso: string, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/**
 * The store's dates in the app's language ("24 nov. 2026, 14:05" in French) and the store's
 * time zone (its setting; the browser's until the settings have loaded): order times, dispute
 * deadlines, shipments.
 */
export function useStoreDates() {
  const intl = useIntl();
  const timeZone = useStore().settings.data?.timeZone;
  const zone = timeZone ? { timeZone } : {};
  return {
    dateTime: (iso: string) =>
      intl.formatDate(iso, { dateStyle: "medium", timeStyle: "short", ...zone }),
    date: (iso: string) => intl.formatDate(iso, { dateStyle: "medium", ...zone }),
  };
}
