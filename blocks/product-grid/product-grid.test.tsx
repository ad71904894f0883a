import { describe, expect, it } from "vitest";
import { createTestRenderContext } from "../render/testing.ts";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { productGridBlock } from ".";

describeBlockContract(productGridBlock);

const titles = (r: ReturnType<typeof renderOne>) => r.all("h3").map(textOf);

describe("product-grid", () => {
  it("shows every product when no collection is chosen", () => {
    expect(titles(renderOne("product-grid", {}))).toEqual([
      "Linen Work Apron",
      "Speckled Stoneware Mug",
      "Cedar & Smoke Candle",
    ]);
  });

  it("shows a collection's products, or the page's collection when none is chosen", () => {
    expect(titles(renderOne("product-grid", { collectionId: "col_home" }))).toEqual([
      "Cedar & Smoke Candle",
    ]);
    const onCollectionPage = createTestRenderContext({
      data: { ...createTestRenderContext().data, currentCollectionId: "col_kitchen" },
    });
    expect(titles(renderOne("product-grid", {}, onCollectionPage))).toEqual([
      "Linen Work Apron",
      "Speckled Stoneware Mug",
    ]);
  });

  it("keeps the merchant's order for hand-picked products, once each, within the limit", () => {
    const r = renderOne("product-grid", {
      source: "products",
      productIds: ["prod_mug", "prod_missing", "prod_apron", "prod_mug", "prod_candle"],
      limit: 2,
    });
    expect(titles(r)).toEqual(["Speckled Stoneware Mug", "Linen Work Apron"]);
  });

  it("can leave out sold-out products and prices", () => {
    const r = renderOne("product-grid", { showSoldOut: false, showPrice: false });
    expect(titles(r)).toEqual(["Linen Work Apron", "Speckled Stoneware Mug"]);
    expect(r.byClass("pg-ui-price")).toEqual([]);
  });

  it("prints sale prices with the regular price struck through, and links to product pages", () => {
    const r = renderOne("product-grid", {});
    const apronPrice = textOf(r.byClass("pg-ui-price")[0]!);
    expect(apronPrice).toBe("Sale price From $48.00 Regular price $60.00");
    expect(textOf(r.all("s")[0]!)).toBe("$60.00");
    expect(attr(r.all("a")[0]!, "href")).toBe("/s/juniper-oak/products/linen-apron");
    expect(r.text).toContain("Sold out");
  });

  it("says so when there is nothing to show", () => {
    const r = renderOne("product-grid", { collectionId: "col_missing" });
    expect(r.byClass("pg-product-grid__empty").map(textOf)).toEqual([
      "New pieces are on their way. Check back soon.",
    ]);
  });
});
