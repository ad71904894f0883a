/**
 * Money in the merchant app: the server stores integers in minor units and says how many decimals
 * the shop's currency has (its ISO exponent); these helpers only convert for inputs and display.
 */
export function formatMinor(
  minor: number,
  currency: string,
  exponent: number,
  locale?: string,
): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    }).format(minor / 10 ** exponent);
  } catch {
    return `${(minor / 10 ** exponent).toFixed(exponent)} ${currency}`;
  }
}

/** "18.5" -> 1850 (USD); null when it is not an amount with at most `exponent` decimals. */
export function parseMinor(text: string, exponent: number): number | null {
  const match = /^\s*(\d{1,10})(?:[.,](\d*))?\s*$/.exec(text);
  if (!match) return null;
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction.length > exponent) return null;
  return Number(match[1]) * 10 ** exponent + Number(fraction.padEnd(exponent, "0") || "0");
}

/** 1850 -> "18.50" (USD), for filling inputs. */
export function minorToInput(minor: number | null | undefined, exponent: number): string {
  if (minor === null || minor === undefined) return "";
  if (exponent === 0) return String(minor);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, "0");
  return `${minor < 0 ? "-" : ""}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** Tax rates are parts per million on the wire; people type percentages. */
export function percentToPpm(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:[.,](\d{0,4}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const ppm = Number(match[1]) * 10_000 + Number((match[2] ?? "").padEnd(4, "0"));
  return ppm <= 1_000_000 ? ppm : null;
}

export function ppmToPercent(ppm: number): string {
  return `${(ppm / 10_000).toLocaleString("en-US", { maximumFractionDigits: 4 })}%`;
}
