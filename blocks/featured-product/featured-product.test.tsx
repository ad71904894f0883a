import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { createTestRenderContext } from "../render/testing.ts";
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

describe("featured-product in the store's language", () => {
  const french = () =>
    createTestRenderContext({
      site: { name: "Boutique", slug: "boutique", currency: "EUR", locale: "fr-FR" },
    });

  it("words the default details link and button in French, keeps the merchant's own words", () => {
    const r = renderOne("featured-product", { productId: "prod_mug" }, french());
    const details = r.byClass("pg-featured-product__details")[0]!;
    expect(textOf(details)).toBe("Voir le produit");
    expect(textOf(r.one("button")!)).toBe("Ajouter au panier");
    const own = renderOne(
      "featured-product",
      { productId: "prod_mug", detailsLabel: "Tout savoir" },
      french(),
    );
    expect(textOf(own.byClass("pg-featured-product__details")[0]!)).toBe("Tout savoir");
  });
});
