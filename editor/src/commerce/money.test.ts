import { describe, expect, it } from "vitest";
import { formatMinor, minorToInput, parseMinor, percentToPpm, ppmToPercent } from "./money.ts";

describe("merchant money helpers", () => {
  it("reads amounts in the currency's decimals, never more", () => {
    expect(parseMinor("18.5", 2)).toBe(1850);
    expect(parseMinor("18,50", 2)).toBe(1850);
    expect(parseMinor("1850", 0)).toBe(1850);
    expect(parseMinor("1.5", 0)).toBeNull();
    expect(parseMinor("1.235", 3)).toBe(1235);
    expect(parseMinor("-3", 2)).toBeNull();
    expect(parseMinor("abc", 2)).toBeNull();
  });

  it("writes amounts back for inputs and for reading", () => {
    expect(minorToInput(1850, 2)).toBe("18.50");
    expect(minorToInput(5, 3)).toBe("0.005");
    expect(minorToInput(null, 2)).toBe("");
    expect(formatMinor(1850, "JPY", 0, "en-US")).toBe("¥1,850");
    expect(formatMinor(1850, "USD", 2, "en-US")).toBe("$18.50");
  });

  it("turns percentages into parts per million and back", () => {
    expect(percentToPpm("8.875")).toBe(88_750);
    expect(percentToPpm("20%")).toBe(200_000);
    expect(percentToPpm("101")).toBeNull();
    expect(ppmToPercent(88_750)).toBe("8.875%");
  });
});
