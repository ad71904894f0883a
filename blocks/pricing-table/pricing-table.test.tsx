import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract";
import { pricingTableBlock } from ".";

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
