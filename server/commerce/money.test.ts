import { describe, expect, it } from "vitest";
import {
  allocate,
  applyPpm,
  currencyExponent,
  divideRounded,
  formatMoney,
  parseDecimalAmount,
  toDecimalString,
} from "./money.ts";

describe("money", () => {
  it("knows ISO 4217 exponents", () => {
    expect([currencyExponent("JPY"), currencyExponent("EUR"), currencyExponent("BHD")]).toEqual([
      0, 2, 3,
    ]);
    expect(() => currencyExponent("XYZ")).toThrow(/Unsupported currency/);
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

  it("formats with the currency's own decimals", () => {
    // Intl separates some symbols with a no-break space.
    const format = (minor: number, currency: string, locale: string) =>
      formatMoney(minor, currency, locale).replace(/\s/g, " ");
    expect(format(1850, "USD", "en-US")).toBe("$18.50");
    expect(format(1850, "JPY", "en-US")).toBe("¥1,850");
    expect(format(1850, "BHD", "en-US")).toBe("BHD 1.850");
    expect(format(123456, "EUR", "de-DE")).toBe("1.234,56 €");
  });

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
});
