import { describe, expect, it } from "vitest";
import { isoToZonedInput, zonedInputToIso } from "./time-zone.ts";

describe("a store's clock", () => {
  it("reads a typed time on the store's clock, whatever the machine's zone", () => {
    expect(zonedInputToIso("2026-12-24T09:00", "Europe/Paris")).toBe("2026-12-24T08:00:00.000Z");
    expect(zonedInputToIso("2026-07-01T09:00", "Europe/Paris")).toBe("2026-07-01T07:00:00.000Z");
    expect(zonedInputToIso("2026-12-24T09:00", "America/New_York")).toBe(
      "2026-12-24T14:00:00.000Z",
    );
    expect(zonedInputToIso("2026-12-24T09:00", "UTC")).toBe("2026-12-24T09:00:00.000Z");
    expect(zonedInputToIso("soon", "UTC")).toBeNull();
  });

  it("shows an instant on the store's clock, and back again", () => {
    expect(isoToZonedInput("2026-12-24T08:00:00.000Z", "Europe/Paris")).toBe("2026-12-24T09:00");
    for (const local of ["2026-03-29T01:30", "2026-10-25T03:30", "2026-06-15T23:59"])
      expect(isoToZonedInput(zonedInputToIso(local, "Europe/Paris")!, "Europe/Paris")).toBe(local);
  });
});
