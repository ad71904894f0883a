/**
 * Wall-clock times in a store's time zone (StoreSettings.timeZone), for the places a merchant types
 * or reads one: a discount that "starts on 24 December at 09:00" starts at 09:00 in the store's
 * zone, wherever the merchant's laptop is. Pure `Intl`: runs in browsers and on the server.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function clockOf(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The zone's clock at `instant`, as if it were UTC (milliseconds). */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    clockOf(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A `datetime-local` value ("2026-12-24T09:00") read on the zone's clock, as an ISO instant; null
 * for anything else. A time skipped by a clock change moves forward, as calendars do.
 */
export function zonedInputToIso(local: string, timeZone: string): string | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  let instant = asUtc - (wallClock(asUtc, timeZone) - asUtc);
  // Near a clock change the offset at the guess differs from the offset at the answer.
  const offset = wallClock(instant, timeZone) - instant;
  instant = asUtc - offset;
  return new Date(instant).toISOString();
}

/** An instant as the zone's clock reads it, for a `datetime-local` input ("2026-12-24T09:00"). */
export function isoToZonedInput(iso: string, timeZone: string): string {
  return new Date(wallClock(new Date(iso).getTime(), timeZone)).toISOString().slice(0, 16);
}
