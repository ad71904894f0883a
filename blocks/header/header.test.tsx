import { describe, expect, it } from "vitest";
import { createTestRenderContext } from "../render/testing.ts";
import {
  attr,
  descendants,
  describeBlockContract,
  renderOne,
  textOf,
} from "../testing/blockContract.tsx";
import { headerBlock } from ".";

describeBlockContract(headerBlock);

describe("header", () => {
  it("is the page's <header> with the site name linking home", () => {
    const r = renderOne("header", {});
    expect(r.root!.tagName).toBe("header");
    const brand = r.byClass("pg-header__brand")[0]!;
    expect([attr(brand, "href"), textOf(brand)]).toEqual(["/s/juniper-oak/", "Juniper & Oak"]);
  });

  it("renders the site menu with sub-items and marks the current page", () => {
    const ctx = createTestRenderContext({ currentSlug: "about" });
    const r = renderOne("header", {}, ctx);
    const desktop = r.all("nav")[0]!;
    expect(attr(desktop, "aria-label")).toBe("Main");
    const links = descendants(desktop).filter((e) => e.tagName === "a");
    expect(links.map((a) => [textOf(a), attr(a, "href")])).toEqual([
      ["Shop", "/s/juniper-oak/shop"],
      ["Kitchen", "/s/juniper-oak/collections/kitchen"],
      ["Our story", "/s/juniper-oak/about"],
      ["Contact", "/s/juniper-oak/contact"],
    ]);
    const current = r
      .all("a")
      .filter((a) => attr(a, "aria-current") === "page")
      .map(textOf);
    expect(current).toEqual(["Our story", "Our story"]);
  });

  it("has a mobile menu that opens without JavaScript", () => {
    const r = renderOne("header", {});
    const details = r.one("details")!;
    expect(attr(details, "data-island")).toBe("menu");
    expect(textOf(r.one("summary")!)).toBe("Menu");
    expect(r.all("nav")).toHaveLength(2);
  });

  it("counts cart items for the cart link", () => {
    const cart = renderOne("header", {}).byClass("pg-header__cart")[0]!;
    expect(attr(cart, "aria-label")).toBe("Cart, 3 items");
    expect(attr(cart, "href")).toBe("/s/juniper-oak/cart");
    expect(attr(cart, "data-island")).toBe("cart");
  });

  it("uses the logo with the shop's name as alt text", () => {
    const img = renderOne("header", { logo: { src: "/media/logo.png", alt: "" } }).one("img")!;
    expect(attr(img, "alt")).toBe("Juniper & Oak");
  });

  it("drops menu links that are unsafe but keeps their labels", () => {
    const ctx = createTestRenderContext({
      nav: [{ id: "n", label: "Sale", href: "javascript:alert(1)" }],
    });
    const r = renderOne("header", {}, ctx);
    expect(r.html).not.toContain("javascript");
    expect(r.text).toContain("Sale");
  });
});

describe("header in the store's language", () => {
  it("says Panier with a French count label and menu in a French store", () => {
    const ctx = createTestRenderContext({
      site: { name: "Boutique", slug: "boutique", currency: "EUR", locale: "fr-FR" },
    });
    const r = renderOne("header", {}, ctx);
    const cart = r.byClass("pg-header__cart")[0]!;
    expect(textOf(cart)).toMatch(/^Panier\s*3$/);
    expect(attr(cart, "aria-label")).toBe("Panier, 3 articles");
    expect([attr(cart, "data-label-one"), attr(cart, "data-label-other")]).toEqual([
      "Panier, 1 article",
      "Panier, 2 articles",
    ]);
    expect(attr(r.all("nav")[0]!, "aria-label")).toBe("Principal");
  });
});
