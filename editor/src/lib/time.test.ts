import { describe, expect, it } from "vitest";
import { formatDate, timeFrom } from "./time.ts";

describe("timeFrom", () => {
  const now = new Date("2026-05-12T12:00:00Z");

  it("says just now for the last few seconds", () => {
    expect(timeFrom("2026-05-12T11:59:40Z", now)).toBe("just now");
  });

  it("counts minutes, hours and days in the past", () => {
    expect(timeFrom("2026-05-12T11:55:00Z", now)).toBe("5 minutes ago");
    expect(timeFrom("2026-05-12T09:00:00Z", now)).toBe("3 hours ago");
    expect(timeFrom("2026-05-11T12:00:00Z", now)).toBe("yesterday");
  });

  it("counts forward for dates ahead", () => {
    expect(timeFrom("2026-06-01T12:00:00Z", now)).toBe("in 3 weeks");
  });
});

describe("in French", () => {
  const now = new Date("2026-05-12T12:00:00Z");

  it("says times and dates as French does", () => {
    expect(timeFrom("2026-05-12T11:59:40Z", now, "fr")).toBe("maintenant");
    expect(timeFrom("2026-05-12T11:55:00Z", now, "fr")).toBe("il y a 5 minutes");
    expect(timeFrom("2026-05-11T12:00:00Z", now, "fr")).toBe("hier");
    expect(formatDate("2026-05-12T12:00:00Z", "fr")).toBe("12 mai 2026");
  });
});
