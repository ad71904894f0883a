/**
 * Money is an integer in the minor unit of an ISO 4217 currency (cents, yen, fils), everywhere:
 * in the database, in totals and on the wire. This module holds the exponents, the one rounding
 * rule, the formatting and the parsing of typed amounts; nothing else does arithmetic on
 * fractions or asks the runtime how many decimals a currency has (Intl says 0 for COP, HUF,
 * IDR, PKR and IQD, ISO 4217 says 2 and 3: a copy that trusted Intl showed those prices 100 and
 * 1,000 times too high). The storefront, the islands script, the editor, mails and generated
 * images all print through `formatMinor`.
 */

/** ISO 4217 minor-unit exponents. Currencies not listed here are refused. */
const EXPONENTS: Record<string, 0 | 2 | 3> = {
  // no minor unit
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  // three decimals
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  // two decimals
  AED: 2,
  ARS: 2,
  AUD: 2,
  BGN: 2,
  BRL: 2,
  CAD: 2,
  CHF: 2,
  CNY: 2,
  COP: 2,
  CZK: 2,
  DKK: 2,
  EGP: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  HUF: 2,
  IDR: 2,
  ILS: 2,
  INR: 2,
  KES: 2,
  MAD: 2,
  MXN: 2,
  MYR: 2,
  NGN: 2,
  NOK: 2,
  NZD: 2,
  PEN: 2,
  PHP: 2,
  PKR: 2,
  PLN: 2,
  QAR: 2,
  RON: 2,
  RSD: 2,
  SAR: 2,
  SEK: 2,
  SGD: 2,
  THB: 2,
  TRY: 2,
  TWD: 2,
  UAH: 2,
  USD: 2,
  ZAR: 2,
};

// Marked pure so bundles that only format (the islands script) leave the table out.
export const SUPPORTED_CURRENCIES = /* @__PURE__ */ Object.keys(EXPONENTS).sort();

export function isSupportedCurrency(code: string): boolean {
  return Object.hasOwn(EXPONENTS, code);
}

/** Digits after the decimal point: JPY 0, EUR 2, BHD 3. */
export function currencyExponent(currency: string): 0 | 2 | 3 {
  const exponent = EXPONENTS[currency];
  if (exponent === undefined) throw new Error(`Unsupported currency ${currency}`);
  return exponent;
}

/**
 * The digits `formatMinor` prints: the ISO exponent, 2 for a currency we do not list (pages of
 * stored documents may name one; printing must not throw).
 */
export function displayExponent(currency: string): number {
  return EXPONENTS[currency] ?? 2;
}

/** The largest amount an order may reach (PostgreSQL INTEGER columns hold totals). */
export const MAX_AMOUNT = 2_000_000_000;

/**
 * numerator / denominator rounded half away from zero: the one rounding rule of the shop
 * (percentage discounts, taxes). Exact for any safe integers, through BigInt.
 */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0)
    throw new RangeError("divideRounded takes safe integers and a non-zero denominator");
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const quotient = (an * 2n + ad) / (ad * 2n);
  return Number(negative ? -quotient : quotient);
}

/** amount × ratePpm / 1,000,000, rounded half away from zero. */
export function applyPpm(amount: number, ratePpm: number): number {
  return divideRounded(amount * ratePpm, 1_000_000);
}

/**
 * Splits `total` across `weights` in proportion, so that the parts add up to exactly `total`
 * (largest remainder; ties go to the earlier weight). Used for fixed-amount discounts.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total === 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = weights
    .map((w, i) => ({ i, remainder: (total * w) % sum }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; left > 0 && k < order.length; k++, left--) parts[order[k]!.i]! += 1;
  return parts;
}

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string | undefined, currency: string, exponent: number) {
  const key = `${locale ?? ""}\u0000${currency}\u0000${exponent}`;
  let format = formats.get(key);
  if (!format) {
    const options = {
      style: "currency",
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    } as const;
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      // A locale the runtime refuses (stored settings are not re-checked) prints as en-US.
      format = new Intl.NumberFormat("en-US", options);
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * Formats minor units for people, with the ISO exponent (not the runtime's idea of it): 1850 USD
 * "$18.50", 1850 JPY "¥1,850", 1850 BHD "BHD 1.850", 1850 COP "COP 18.50". Never throws: a
 * currency we do not list prints with two decimals, one Intl cannot print as "18.50 XYZ", a
 * locale Intl refuses as en-US. `locale` undefined is the runtime's language (the merchant app
 * prints in the browser's); the server always names one, so its output never depends on the host.
 */
export function formatMinor(minor: number, currency: string, locale: string | undefined): string {
  return formatMinorWithExponent(minor, currency, displayExponent(currency), locale);
}

/**
 * `formatMinor` for a caller that is given the exponent instead of the table: the storefront's
 * islands script gets its shop's exponent from the page, so the table stays out of the browser.
 */
export function formatMinorWithExponent(
  minor: number,
  currency: string,
  exponent: number,
  locale?: string,
): string {
  const safe = Number.isFinite(minor) ? Math.round(minor) : 0;
  try {
    return numberFormat(locale, currency, exponent).format(safe / 10 ** exponent);
  } catch {
    return `${decimalString(safe, exponent)} ${currency}`;
  }
}

function decimalString(minor: number, exponent: number): string {
  if (exponent === 0) return String(minor);
  const sign = minor < 0 ? "-" : "";
  const digits = String(Math.abs(minor)).padStart(exponent + 1, "0");
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/**
 * A plain decimal string of minor units ("18.50", "1850", "1.850"): for CSV files, form inputs
 * and schema.org prices.
 */
export function toDecimalString(minor: number, currency: string): string {
  return decimalString(Number.isFinite(minor) ? Math.round(minor) : 0, displayExponent(currency));
}

/**
 * Reads a typed decimal amount as minor units without floating point ("18.5" USD -> 1850).
 * Refuses more decimals than the currency has (a price of 18.505 USD is a mistake, not a
 * rounding), signs, and amounts above MAX_AMOUNT. `decimalComma` also takes "18,50", as people
 * type it in the merchant app (not in CSV files, where "1,850" may mean one thousand).
 */
export function parseDecimalAmount(
  text: string,
  currency: string,
  { decimalComma = false }: { decimalComma?: boolean } = {},
): number | null {
  const exponent = displayExponent(currency);
  const match = (
    decimalComma ? /^\s*(\d{1,12})(?:[.,](\d*))?\s*$/ : /^\s*(\d{1,12})(?:\.(\d*))?\s*$/
  ).exec(text);
  if (!match) return null;
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction.length > exponent) return null;
  const minor = Number(match[1]) * 10 ** exponent + Number(fraction.padEnd(exponent, "0") || "0");
  return Number.isSafeInteger(minor) && minor <= MAX_AMOUNT ? minor : null;
}
