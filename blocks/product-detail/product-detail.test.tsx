import { describe, expect, it } from "vitest";
import { createTestRenderContext, sampleProducts } from "../render/testing.ts";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { productDetailBlock } from ".";

describeBlockContract(productDetailBlock);

describe("product-detail", () => {
  it("shows the page's product with its title as the page's h1", () => {
    const ctx = createTestRenderContext({
      data: { ...createTestRenderContext().data, currentProductId: "prod_mug" },
    });
    const r = renderOne("product-detail", {}, ctx);
    expect(r.all("h1").map(textOf)).toEqual(["Speckled Stoneware Mug"]);
  });

  it("posts variant and quantity to the cart, without JavaScript", () => {
    const r = renderOne("product-detail", { productId: "prod_apron" });
    const form = r.one("form")!;
    expect([attr(form, "method"), attr(form, "action"), attr(form, "data-island")]).toEqual([
      "post",
      "/api/cart/add",
      "add-to-cart",
    ]);
    const select = r.one("select")!;
    expect(attr(select, "name")).toBe("variantId");
    const label = r.all("label").find((l) => attr(l, "for") === attr(select, "id"))!;
    expect(textOf(label)).toBe("Colour");
    expect(r.all("option").map((o) => [textOf(o), attr(o, "disabled") !== undefined])).toEqual([
      ["Sage — $48.00", false],
      ["Charcoal — sold out", true],
      ["Rust — $52.00", false],
    ]);
    const quantity = r.all("input").find((i) => attr(i, "name") === "quantity")!;
    expect([attr(quantity, "type"), attr(quantity, "min"), attr(quantity, "value")]).toEqual([
      "number",
      "1",
      "1",
    ]);
    expect(textOf(r.one("button")!)).toBe("Add to cart");
  });

  it("shows the compare-at price of the selected variant", () => {
    const r = renderOne("product-detail", { productId: "prod_apron" });
    expect(textOf(r.byClass("pg-ui-price")[0]!)).toBe("Sale price $48.00 Regular price $60.00");
  });

  it("disables buying a sold-out product", () => {
    const r = renderOne("product-detail", {
      productId: "prod_candle",
      soldOutLabel: "Back in spring",
    });
    const button = r.one("button")!;
    expect(attr(button, "disabled")).toBe("");
    expect(textOf(button)).toBe("Back in spring");
  });

  it("sanitises the product description", () => {
    const hostile = {
      ...sampleProducts[1]!,
      descriptionHtml:
        '<p onclick="x()">Glazed <b>twice</b></p><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:x">link</a>',
    };
    const ctx = createTestRenderContext({ data: { products: [hostile], collections: [] } });
    const r = renderOne("product-detail", {}, ctx);
    const description = r.byClass("pg-product-detail__description")[0]!;
    expect(textOf(description)).toBe("Glazed twicelink");
    expect(r.html).toContain("<p>Glazed <strong>twice</strong></p>link");
    expect(r.html).not.toMatch(/<script|onerror|onclick|javascript:/);
  });

  it("renders every photo, the first one eagerly", () => {
    const imgs = renderOne("product-detail", { productId: "prod_apron" }).all("img");
    expect(imgs.map((i) => [attr(i, "alt"), attr(i, "loading")])).toEqual([
      ["Sage linen apron on a hook", "eager"],
      ["Crossed straps at the back", "lazy"],
    ]);
  });
});

describe("product-detail in the store's language", () => {
  it("says Add to cart, Quantity and sold out in French, with 12,50 € style prices", () => {
    const ctx = createTestRenderContext({
      site: { name: "Boutique", slug: "boutique", currency: "EUR", locale: "fr-FR" },
    });
    const r = renderOne(
      "product-detail",
      { productId: "prod_apron", showQuantity: true, buttonLabel: "", soldOutLabel: "" },
      ctx,
    );
    expect(textOf(r.one("button")!)).toBe("Ajouter au panier");
    expect(r.text).toContain("Quantité");
    expect(r.text).toMatch(/48,00\s€/);
    expect(r.text).toContain("— épuisé");
  });
});
