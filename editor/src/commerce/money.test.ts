import { describe, expect, it } from "vitest";
import { formatAmount, minorToInput, parseMinor, percentToPpm, ppmToPercent } from "./money.ts";

describe("merchant money helpers", () => {
  it("reads amounts in the currency's decimals, never more", () => {
    expect(parseMinor("18.5", "USD")).toBe(1850);
    expect(parseMinor("18,50", "USD")).toBe(1850);
    expect(parseMinor("1850", "JPY")).toBe(1850);
    expect(parseMinor("1.5", "JPY")).toBeNull();
    expect(parseMinor("1.235", "BHD")).toBe(1235);
    expect(parseMinor("-3", "USD")).toBeNull();
    expect(parseMinor("abc", "USD")).toBeNull();
    // ISO 4217 gives COP two decimals and IQD three, though Intl prints them with none.
    expect(parseMinor("18.50", "COP")).toBe(1850);
    expect(parseMinor("1.850", "IQD")).toBe(1850);
  });

  it("writes amounts back for inputs and for reading", () => {
    expect(minorToInput(1850, "USD")).toBe("18.50");
    expect(minorToInput(5, "BHD")).toBe("0.005");
    expect(minorToInput(null, "USD")).toBe("");
    expect(minorToInput(1850, "COP")).toBe("18.50");
    // In the browser's language, with the ISO exponent's decimals.
    expect(formatAmount(1850, "JPY")).not.toMatch(/18[.,]50/);
    expect(formatAmount(1850, "USD")).toMatch(/18[.,]50/);
    expect(formatAmount(1850, "COP")).toMatch(/18[.,]50/);
    expect(formatAmount(1850, "IQD")).toMatch(/1[.,]850/);
  });

  it("turns percentages into parts per million and back", () => {
    expect(percentToPpm("8.875")).toBe(88_750);
    expect(percentToPpm("20%")).toBe(200_000);
    expect(percentToPpm("101")).toBeNull();
    expect(ppmToPercent(88_750)).toBe("8.875%");
  });
});
