import { describe, expect, it } from "vitest";
import { fromZonedInput, toZonedInput } from "./time.ts";

describe("a discount's window on the store's clock", () => {
  it("shows an instant as the store's wall time, and reads it back", () => {
    expect(toZonedInput("2026-12-24T17:00:00.000Z", "Europe/Paris")).toBe("2026-12-24T18:00");
    expect(fromZonedInput("2026-12-24T18:00", "Europe/Paris")).toBe("2026-12-24T17:00:00.000Z");
    expect(fromZonedInput("2026-07-01T00:00", "America/New_York")).toBe("2026-07-01T04:00:00.000Z");
    expect(toZonedInput(null, "UTC")).toBe("");
    expect(fromZonedInput("", "UTC")).toBeNull();
  });
});
