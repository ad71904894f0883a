import { describe, expect, it } from "vitest";
import { createTestRenderContext } from "../render/testing.ts";
import {
  attr,
  descendants,
  describeBlockContract,
  renderOne,
  textOf,
} from "../testing/blockContract.tsx";
import { cartBlock } from ".";

describeBlockContract(cartBlock);

describe("cart", () => {
  it("lists the server's cart lines with prices it was given", () => {
    const r = renderOne("cart", {});
    expect(attr(r.root!, "data-island")).toBe("cart");
    const rows = r.all("tr").slice(1);
    const cells = rows.map((row) =>
      descendants(row)
        .filter((e) => e.tagName === "th" || e.tagName === "td")
        .map((cell) =>
          cell.tagName === "th"
            ? textOf(cell)
            : textOf(cell).replace(/Quantity.*/, "(quantity form)"),
        ),
    );
    expect(cells).toEqual([
      ["Linen Work ApronSage", "$48.00", "(quantity form)", "$96.00"],
      ["Speckled Stoneware Mug", "$24.00", "(quantity form)", "$24.00"],
    ]);
    expect(textOf(r.byClass("pg-cart__subtotal")[0]!)).toBe("Subtotal $120.00");
  });

  it("changes, removes and checks out with plain form posts", () => {
    const r = renderOne("cart", {});
    expect(r.all("form").map((f) => [attr(f, "method"), attr(f, "action")])).toEqual([
      ["post", "/api/cart/update"],
      ["post", "/api/cart/remove"],
      ["post", "/api/cart/update"],
      ["post", "/api/cart/remove"],
      ["post", "/api/checkout"],
    ]);
    const quantity = r.all("input").find((i) => attr(i, "name") === "quantity")!;
    expect(attr(quantity, "value")).toBe("2");
    expect(r.all("label").some((l) => attr(l, "for") === attr(quantity, "id"))).toBe(true);
    expect(attr(r.all("button")[1]!, "aria-label")).toBe("Remove Linen Work Apron");
  });

  it("invites the shopper back when the cart is empty", () => {
    const ctx = createTestRenderContext({ data: { products: [], collections: [] } });
    const r = renderOne("cart", {}, ctx);
    expect(r.all("table")).toEqual([]);
    expect(textOf(r.one("p")!)).toBe("Your cart is empty. A good excuse to have a look around.");
    expect(attr(r.one("a")!, "href")).toBe("/s/juniper-oak/shop");
  });
});
