import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { featuredProductBlock } from ".";

describeBlockContract(featuredProductBlock);

describe("featured-product", () => {
  it("features the chosen product with a link to its page and an add-to-cart form", () => {
    const r = renderOne("featured-product", { productId: "prod_mug" });
    const title = r.one("h2")!;
    expect(textOf(title)).toBe("Speckled Stoneware Mug");
    expect(attr(r.one("a")!, "href")).toBe("/s/juniper-oak/products/stoneware-mug");
    expect(attr(r.one("form")!, "action")).toBe("/api/cart/add");
    const variant = r.all("input").find((i) => attr(i, "name") === "variantId")!;
    expect([attr(variant, "type"), attr(variant, "value")]).toEqual(["hidden", "var_mug"]);
  });

  it("picks the first product a shopper can buy when none is chosen", () => {
    expect(textOf(renderOne("featured-product", {}).one("h2")!)).toBe("Linen Work Apron");
  });

  it("shows nothing to shoppers for a product that no longer exists", () => {
    expect(renderOne("featured-product", { productId: "prod_gone" }).html).toBe("");
  });
});
