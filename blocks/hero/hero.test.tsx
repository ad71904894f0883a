import { describe, expect, it } from "vitest";
import { parseBlockProps } from "../registry.ts";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import heroV1 from "./fixtures/hero-props-v1.json";
import { heroBlock } from ".";
import { heroV1toV2 } from "./schema.ts";

describeBlockContract(heroBlock);

describe("hero", () => {
  it("holds the page's h1 by default, naming its section", () => {
    const r = renderOne("hero", {});
    expect(r.all("h1").map(textOf)).toEqual(["Slow mornings, well made"]);
    expect(attr(r.root!, "aria-labelledby")).toBe(attr(r.one("h1")!, "id"));
  });

  it("can step down to h2 for a second hero", () => {
    const r = renderOne("hero", { headingLevel: 2 });
    expect(r.all("h1")).toEqual([]);
    expect(r.all("h2")).toHaveLength(1);
  });

  it("shows both buttons, primary first", () => {
    const links = renderOne("hero", {}).all("a");
    expect(links.map((a) => [textOf(a), attr(a, "href")])).toEqual([
      ["Shop the collection", "/s/juniper-oak/shop"],
      ["Our story", "/s/juniper-oak/about"],
    ]);
  });

  it("loads its image first and eagerly", () => {
    const r = renderOne("hero", {
      image: { src: "/media/loaves.jpg", alt: "Loaves", width: 1800, height: 1200 },
    });
    const img = r.one("img")!;
    expect([attr(img, "loading"), attr(img, "fetchpriority"), attr(img, "alt")]).toEqual([
      "eager",
      "high",
      "Loaves",
    ]);
    expect(attr(r.root!, "class")).toBe("pg-hero pg-hero--image-right");
  });

  it("falls back to centred text when there is no image", () => {
    expect(attr(renderOne("hero", { layout: "image-left" }).root!, "class")).toBe(
      "pg-hero pg-hero--centered",
    );
  });

  it("puts a background image behind a darkened overlay, keeping its alt unless marked decorative", () => {
    const r = renderOne("hero", {
      layout: "background",
      overlay: 60,
      image: { src: "/media/x.jpg", alt: "Bakery" },
    });
    expect(attr(r.one("img")!, "alt")).toBe("Bakery");
    expect(r.css).toContain("--pg-overlay:0.6");
    const decorative = renderOne("hero", {
      layout: "background",
      image: { src: "/media/x.jpg", alt: "Bakery", decorative: true },
    });
    expect(attr(decorative.one("img")!, "alt")).toBe("");
  });
});

describe("hero props migration v1 -> v2 (fixture)", () => {
  it("turns CTA pairs into buttons and left into start", () => {
    const parsed = parseBlockProps("hero", heroV1, 1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.props.buttons).toEqual([
      { label: "Order for pickup", href: "/order", variant: "primary" },
      { label: "See the menu", href: "/menu", variant: "outline" },
    ]);
    expect(parsed.props.align).toBe("start");
    expect(parsed.props.image).toEqual({
      src: "/media/loaves.jpg",
      alt: "Three sourdough loaves cooling on a rack",
      decorative: false,
    });
    expect(parsed.props.heading).toBe("Sourdough, baked at dawn");
  });

  it("is pure and leaves v2 props alone", () => {
    const copy = structuredClone(heroV1);
    heroV1toV2(copy);
    expect(copy).toEqual(heroV1);
    const v2 = heroBlock.defaultProps;
    expect(heroV1toV2(v2)).toEqual(v2);
  });

  it("reads v1 props without a CTA as a hero without buttons", () => {
    expect(heroV1toV2({ heading: "Hi" })).toEqual({ heading: "Hi", buttons: [] });
  });
});
