import { describe, expect, it } from "vitest";
import { describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { testimonialsBlock } from ".";

describeBlockContract(testimonialsBlock);

describe("testimonials", () => {
  it("quotes each customer with their name and a spoken rating", () => {
    const r = renderOne("testimonials", {
      items: [{ quote: "Best mug I own.", name: "Ana", detail: "Lisbon", rating: 4 }],
    });
    expect(textOf(r.one("blockquote")!)).toBe("Best mug I own.");
    expect(textOf(r.one("figcaption")!)).toBe("AnaLisbon");
    expect(r.text).toContain("Rated 4 out of 5");
  });

  it("hides the stars at rating 0 and skips empty quotes", () => {
    const r = renderOne("testimonials", {
      items: [
        { quote: "Lovely.", rating: 0 },
        { quote: "  ", name: "Ghost" },
      ],
    });
    expect(r.text).not.toContain("Rated");
    expect(r.all("blockquote")).toHaveLength(1);
  });
});
