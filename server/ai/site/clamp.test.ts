import { describe, expect, it } from "vitest";
import { clampText, fitToSchema } from "./clamp.ts";
import { ZSitePlan } from "./plan.ts";
import { offlineSitePlan } from "../offline/site-plan.ts";
import { ZSiteBrief } from "../tasks.ts";

describe("clampText", () => {
  it("keeps a text that fits", () => {
    expect(clampText("  Fresh bread daily.  ", 40)).toBe("Fresh bread daily.");
  });

  it("cuts after the last whole sentence that fits", () => {
    const text =
      "Sourdough baked every night. Collected warm from the shop at seven in the morning.";
    expect(clampText(text, 60)).toBe("Sourdough baked every night.");
  });

  it("cuts before a clause when no sentence fits, and after a whole word otherwise", () => {
    expect(
      clampText("Bread from Lyon, baked by hand every night for the whole neighbourhood", 30),
    ).toBe("Bread from Lyon");
    const cut = clampText("Handmade violins and bows for students and professionals alike", 30);
    expect(cut).toBe("Handmade violins and bows for");
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it("never exceeds the limit, whatever the text", () => {
    for (const text of ["x".repeat(100), "a ".repeat(80), "Un. Deux. Trois. ".repeat(9)]) {
      for (const max of [1, 7, 30, 90])
        expect(clampText(text, max).length).toBeLessThanOrEqual(max);
    }
  });
});

describe("fitToSchema", () => {
  it("repairs over-long strings and lists of a store plan so it validates, leaving the rest", () => {
    const brief = ZSiteBrief.parse({
      name: "Leaf Lane",
      description: "Loose leaf tea blended by hand in Brighton.",
    });
    const plan = structuredClone(offlineSitePlan({ brief, competitors: [] }, 3));
    const long = {
      ...plan,
      business: {
        ...plan.business,
        tagline:
          "Loose leaf tea, blended by hand in Brighton. Sent out the very same week that it is blended, always.",
      },
      notes: Array.from({ length: 14 }, (_, i) => `Note ${i}.`),
      stats: null,
    };
    expect(ZSitePlan.safeParse(long).success).toBe(false);
    const fitted = fitToSchema(long, ZSitePlan) as typeof plan;
    expect(ZSitePlan.safeParse(fitted).success).toBe(true);
    expect(fitted.business.tagline).toBe("Loose leaf tea, blended by hand in Brighton.");
    expect(fitted.notes).toHaveLength(10);
    expect(fitted.stats).toBeNull();
    expect(fitted.products).toEqual(plan.products);
  });
});
