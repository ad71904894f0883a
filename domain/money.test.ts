import { describe, expect, it } from "vitest";
import {
  allocate,
  applyPpm,
  currencyExponent,
  displayExponent,
  divideRounded,
  formatMinor,
  formatMinorWithExponent,
  isSupportedCurrency,
  parseDecimalAmount,
  SUPPORTED_CURRENCIES,
  toDecimalString,
} from "./money.ts";

// Intl separates some symbols with a no-break space.
const format = (minor: number, currency: string, locale: string | undefined) =>
  formatMinor(minor, currency, locale).replace(/\s/g, " ");

/** 1850 minor units as en-US prints the number for each exponent. */
const EN_US_1850 = { 0: "1,850", 2: "18.50", 3: "1.850" } as const;

describe("money", () => {
  it("knows ISO 4217 exponents", () => {
    expect([currencyExponent("JPY"), currencyExponent("EUR"), currencyExponent("BHD")]).toEqual([
      0, 2, 3,
    ]);
    expect(() => currencyExponent("XYZ")).toThrow(/Unsupported currency/);
    expect(isSupportedCurrency("COP")).toBe(true);
    expect(isSupportedCurrency("XYZ")).toBe(false);
    expect(isSupportedCurrency("toString")).toBe(false);
  });

  it.each([
    ["JPY", 0],
    ["KRW", 0],
    ["CLP", 0],
    ["ISK", 0],
    ["VND", 0],
    ["BHD", 3],
    ["KWD", 3],
    ["IQD", 3],
    ["JOD", 3],
    ["COP", 2],
    ["HUF", 2],
    ["IDR", 2],
    ["PKR", 2],
    ["USD", 2],
    ["EUR", 2],
  ] as const)("%s has exponent %i", (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
  });

  it("lists the supported currencies once each, in order", () => {
    expect(SUPPORTED_CURRENCIES.length).toBeGreaterThan(60);
    expect(new Set(SUPPORTED_CURRENCIES).size).toBe(SUPPORTED_CURRENCIES.length);
    expect([...SUPPORTED_CURRENCIES].sort()).toEqual(SUPPORTED_CURRENCIES);
    for (const code of SUPPORTED_CURRENCIES) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it("rounds half away from zero, exactly", () => {
    expect(divideRounded(5, 2)).toBe(3);
    expect(divideRounded(-5, 2)).toBe(-3);
    expect(divideRounded(4, 3)).toBe(1);
    expect(divideRounded(5, 3)).toBe(2);
    // 0.5 cents of 8.875% tax on 1000 cents is 88.75 -> 89
    expect(applyPpm(1000, 88_750)).toBe(89);
    expect(applyPpm(9_007_199_254, 999_999)).toBe(9_007_190_247);
  });

  it("allocates an amount so the parts add up exactly", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(1000, [3000, 1000])).toEqual([750, 250]);
    expect(allocate(7, [0, 0])).toEqual([0, 0]);
    const parts = allocate(999, [17, 23, 1, 59]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(999);
  });
});

describe("formatMinor", () => {
  it("formats with the currency's own decimals", () => {
    expect(format(1850, "USD", "en-US")).toBe("$18.50");
    expect(format(1850, "JPY", "en-US")).toBe("¥1,850");
    expect(format(1850, "BHD", "en-US")).toBe("BHD 1.850");
    expect(format(123456, "EUR", "de-DE")).toBe("1.234,56 €");
  });

  // The runtime (CLDR) prints these with no decimals; ISO 4217, and so checkout, has 2 and 3.
  it.each([
    ["COP", "COP 18.50"],
    ["HUF", "HUF 18.50"],
    ["IDR", "IDR 18.50"],
    ["PKR", "PKR 18.50"],
    ["IQD", "IQD 1.850"],
    ["KWD", "KWD 1.850"],
    ["KRW", "₩1,850"],
    ["CLP", "CLP 1,850"],
    ["ISK", "ISK 1,850"],
  ])("prints 1850 minor units of %s as %s", (currency, expected) => {
    expect(format(1850, currency, "en-US")).toBe(expected);
  });

  it("prints every supported currency with exactly its ISO exponent's decimals", () => {
    for (const currency of SUPPORTED_CURRENCIES) {
      const exponent = currencyExponent(currency);
      const text = format(1850, currency, "en-US");
      expect(text.replace(/[^\d.,]/g, ""), `${currency}: ${text}`).toBe(EN_US_1850[exponent]);
    }
  });

  it("follows the locale's separators and symbol placement", () => {
    expect(format(1850, "COP", "es-CO")).toBe("$ 18,50");
    expect(format(1850, "COP", "de-DE")).toBe("18,50 COP");
    expect(format(1850, "JPY", "ja-JP")).toBe("￥1,850");
    expect(format(1850, "IQD", "en-GB")).toBe("IQD 1.850");
    expect(format(-1850, "USD", "en-US")).toBe("-$18.50");
  });

  it("never throws on what stored data may hold", () => {
    expect(format(1850, "XYZ", "en-US")).toBe("XYZ 18.50"); // not listed: two decimals
    expect(format(1850, "US", "en-US")).toBe("18.50 US"); // Intl refuses the code
    expect(format(1850, "USD", "not a locale!")).toBe("$18.50"); // Intl refuses the locale
    expect(format(Number.NaN, "USD", "en-US")).toBe("$0.00");
    expect(format(1849.6, "USD", "en-US")).toBe("$18.50");
  });

  it("is formatMinorWithExponent with the table's exponent", () => {
    for (const currency of [...SUPPORTED_CURRENCIES, "XYZ"])
      expect(formatMinorWithExponent(1850, currency, displayExponent(currency), "en-US")).toBe(
        formatMinor(1850, currency, "en-US"),
      );
  });
});

describe("decimal strings", () => {
  it("reads and writes decimal strings without floating point", () => {
    expect(parseDecimalAmount("18.5", "USD")).toBe(1850);
    expect(parseDecimalAmount("0.29", "USD")).toBe(29);
    expect(parseDecimalAmount("1850", "JPY")).toBe(1850);
    expect(parseDecimalAmount("18.5", "JPY")).toBeNull();
    expect(parseDecimalAmount("1.235", "BHD")).toBe(1235);
    expect(parseDecimalAmount("18.505", "USD")).toBeNull();
    expect(parseDecimalAmount("-1", "USD")).toBeNull();
    expect(parseDecimalAmount("abc", "USD")).toBeNull();
    expect(toDecimalString(1850, "USD")).toBe("18.50");
    expect(toDecimalString(5, "USD")).toBe("0.05");
    expect(toDecimalString(1850, "JPY")).toBe("1850");
    expect(toDecimalString(1235, "BHD")).toBe("1.235");
  });

  it("takes a decimal comma only when asked (typed amounts, not CSV files)", () => {
    expect(parseDecimalAmount("18,50", "USD")).toBeNull();
    expect(parseDecimalAmount("18,50", "USD", { decimalComma: true })).toBe(1850);
    expect(parseDecimalAmount("1,850", "IQD", { decimalComma: true })).toBe(1850);
  });

  it("refuses amounts too large to store", () => {
    expect(parseDecimalAmount("20000000.00", "USD")).toBe(2_000_000_000);
    expect(parseDecimalAmount("20000000.01", "USD")).toBeNull();
    expect(parseDecimalAmount("9999999999999", "JPY")).toBeNull();
  });

  it("round-trips every supported currency", () => {
    for (const currency of SUPPORTED_CURRENCIES) {
      const text = toDecimalString(1850, currency);
      expect(text, currency).toBe(EN_US_1850[currencyExponent(currency)].replace(",", ""));
      expect(parseDecimalAmount(text, currency), currency).toBe(1850);
    }
  });
});
