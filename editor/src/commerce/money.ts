import { formatMinor, parseDecimalAmount, toDecimalString } from "../../../domain/money.ts";

/**
 * Money in the merchant app: the server stores integers in minor units of the shop's currency;
 * domain/money knows each currency's ISO exponent and prints through `Intl`. These helpers only
 * adapt it to the screens: amounts print in the app's language (`locale`, react-intl's
 * `intl.locale`; `useStore().money` passes it), inputs take "18,50" as well as "18.50".
 */
export function formatAmount(minor: number, currency: string, locale?: string): string {
  return formatMinor(minor, currency, locale);
}

/** "18.5" -> 1850 (USD); null when it is not an amount with at most the currency's decimals. */
export function parseMinor(text: string, currency: string): number | null {
  return parseDecimalAmount(text, currency, { decimalComma: true });
}

/** 1850 -> "18.50" (USD; "18,50" in French), for filling inputs. */
export function minorToInput(
  minor: number | null | undefined,
  currency: string,
  locale?: string,
): string {
  if (minor === null || minor === undefined) return "";
  const text = toDecimalString(minor, currency);
  if (!locale) return text;
  const decimal = new Intl.NumberFormat(locale)
    .formatToParts(1.5)
    .find((part) => part.type === "decimal")?.value;
  return decimal ? text.replace(".", decimal) : text;
}

/** Tax rates are parts per million on the wire; people type percentages. */
export function percentToPpm(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:[.,](\d{0,4}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const ppm = Number(match[1]) * 10_000 + Number((match[2] ?? "").padEnd(4, "0"));
  return ppm <= 1_000_000 ? ppm : null;
}

/** 88,750 ppm -> "8.875%" ("8,875 %" in French), through `Intl`. */
export function ppmToPercent(ppm: number, locale = "en-US"): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 6 }).format(
    ppm / 1_000_000,
  );
}
