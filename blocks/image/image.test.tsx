import { describe, expect, it } from "vitest";
import { createTestRenderContext } from "../render/testing.ts";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { imageBlock } from ".";

describeBlockContract(imageBlock, { emptyUntilFilled: true });

describe("image", () => {
  it("prints size, alt text, srcset for resizable sources, and a caption", () => {
    const r = renderOne("image", {
      image: { src: "/media/kiln.jpg", alt: "The kiln at dusk", width: 2400, height: 1600 },
      caption: "Our wood-fired kiln",
    });
    const img = r.one("img")!;
    expect(attr(img, "alt")).toBe("The kiln at dusk");
    expect([attr(img, "width"), attr(img, "height")]).toEqual(["2400", "1600"]);
    expect(attr(img, "srcset")).toContain("/media/kiln.jpg?w=640 640w");
    expect(attr(img, "sizes")).toBe("100vw");
    expect(textOf(r.one("figcaption")!)).toBe("Our wood-fired kiln");
  });

  it("uses alt='' only for images marked decorative", () => {
    const decorative = renderOne("image", {
      image: { src: "/media/x.jpg", alt: "ignored", decorative: true },
    });
    expect(attr(decorative.one("img")!, "alt")).toBe("");
    const unnamed = renderOne("image", {
      image: { src: "/media/x.jpg", alt: "" },
      caption: "Glaze tests",
    });
    expect(attr(unnamed.one("img")!, "alt")).toBe("Glaze tests");
    const bare = renderOne("image", { image: { src: "/media/x.jpg", alt: "" } });
    expect(attr(bare.one("img")!, "alt")).toBe("Juniper & Oak");
  });

  it("never prints an unsafe source", () => {
    for (const src of [
      "javascript:alert(1)",
      "data:image/svg+xml,<svg onload=alert(1)>",
      "//evil.example/x.png",
    ]) {
      expect(renderOne("image", { image: { src, alt: "x" } }).html).toBe("");
      const editor = renderOne(
        "image",
        { image: { src, alt: "x" } },
        createTestRenderContext({ mode: "editor" }),
      );
      expect(editor.all("img")).toEqual([]);
      expect(editor.text).toBe("Choose an image");
    }
  });

  it("wraps the image in its link, mapped to the site's pages", () => {
    const r = renderOne("image", { image: { src: "/media/x.jpg", alt: "Mugs" }, link: "/shop" });
    expect(attr(r.one("a")!, "href")).toBe("/s/juniper-oak/shop");
  });
});
