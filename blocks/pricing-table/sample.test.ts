import { describe, expect, it } from "vitest";
import type { Block } from "../doc/schema.ts";
import { countSampleCards, isSampleCard, sampleFingerprint } from "./sample.ts";
import { ZPricingPlan } from "./schema.ts";

const words = { name: "Battery change", price: "from CHF 25.00", description: "While you wait." };
const sample = ZPricingPlan.parse({ ...words, sampleOf: sampleFingerprint(words) });
const own = ZPricingPlan.parse({ ...words, name: "Full service" });

const table = (id: string, plans: unknown[], children?: Block[]): Block => ({
  id,
  type: children ? "section" : "pricing-table",
  props: children ? {} : { plans },
  ...(children ? { children } : {}),
});

describe("sample pricing cards", () => {
  it("is a sample while its name, price and description are as the AI wrote them", () => {
    expect(isSampleCard(sample)).toBe(true);
    expect(isSampleCard(own)).toBe(false);
    for (const edit of [{ name: "Strap change" }, { price: "CHF 30.00" }, { description: "" }])
      expect(isSampleCard({ ...sample, ...edit })).toBe(false);
    // Other fields are the merchant's to set without making it theirs.
    expect(isSampleCard({ ...sample, highlighted: true, badge: "New" })).toBe(true);
  });

  it("counts each sample once across pages and inside sections", () => {
    const other = { ...words, name: "Strap change" };
    const second = { ...sample, ...other, sampleOf: sampleFingerprint(other) };
    const pages = [
      { blocks: [table("a", [sample, own])] },
      { blocks: [table("s", [], [table("b", [sample, second])])] },
    ];
    expect(countSampleCards(pages)).toBe(2);
    expect(countSampleCards([{ blocks: [table("c", [own])] }])).toBe(0);
  });
});
