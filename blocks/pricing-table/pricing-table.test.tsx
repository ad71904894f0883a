import { describe, expect, it } from "vitest";
import { createTestRenderContext } from "../render/testing.ts";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { pricingTableBlock } from ".";
import { pricingTableFields } from "./fields.ts";
import { sampleFingerprint } from "./sample.ts";
import { ZPricingPlan } from "./schema.ts";

describeBlockContract(pricingTableBlock);

describe("pricing-table", () => {
  it("lists plans with price, features and a button, highlighting the chosen one", () => {
    const r = renderOne("pricing-table", {});
    expect(r.all("h3").map(textOf)).toEqual(["Taster", "Regular", "Café"]);
    const highlighted = r.byClass("pg-pricing-table__plan--highlighted");
    expect(highlighted).toHaveLength(1);
    expect(textOf(highlighted[0]!)).toContain("Most popular");
    expect(r.byClass("pg-pricing-table__features")[0]!.childNodes).toHaveLength(3);
    expect(r.all("a").map((a) => attr(a, "href"))).toEqual([
      "/s/juniper-oak/subscribe?plan=taster",
      "/s/juniper-oak/subscribe?plan=regular",
      "/s/juniper-oak/subscribe?plan=cafe",
    ]);
    expect(attr(r.all("a")[1]!, "class")).toContain("pg-ui-button--primary");
  });
});

describe("prices", () => {
  it("draws a long price a size smaller so it stays on one line", () => {
    const r = renderOne("pricing-table", {
      plans: [
        ZPricingPlan.parse({ name: "Revision", price: "ab CHF 350" }),
        ZPricingPlan.parse({ name: "Batterie", price: "CHF 25" }),
      ],
    });
    const amounts = r.byClass("pg-pricing-table__amount");
    expect(amounts.map((a) => attr(a, "class")?.includes("--long"))).toEqual([true, false]);
  });
});

describe("sample cards", () => {
  const written = { name: "Revision", price: "ab CHF 350", description: "Zerlegen und ölen." };
  const sample = ZPricingPlan.parse({ ...written, sampleOf: sampleFingerprint(written) });
  const edited = { ...sample, price: "CHF 380" };
  const own = ZPricingPlan.parse({ name: "Armband", price: "CHF 40" });
  const props = { plans: [sample, edited, own] };

  it("marks on the canvas the cards the AI wrote as examples, while they are as it wrote them", () => {
    const r = renderOne("pricing-table", props, createTestRenderContext({ mode: "editor" }));
    const marked = r.byClass("pg-pricing-table__plan--sample");
    expect(marked).toHaveLength(1);
    expect(textOf(marked[0]!)).toContain("Revision");
    expect(textOf(marked[0]!)).toContain("Sample: replace with your own");
  });

  it("never shows the mark to shoppers", () => {
    const r = renderOne("pricing-table", props);
    expect(r.byClass("pg-pricing-table__plan--sample")).toHaveLength(0);
    expect(r.text).not.toContain("Sample");
  });

  it("flags the sample card in the props panel's list, and only it", () => {
    const flag =
      pricingTableFields.plans.kind === "list" ? pricingTableFields.plans.itemFlag : null;
    expect(flag?.(sample)?.label).toBe("Sample");
    expect(flag?.(edited)).toBeNull();
    expect(flag?.(own)).toBeNull();
    expect(flag?.({ name: 42 })).toBeNull();
  });
});
