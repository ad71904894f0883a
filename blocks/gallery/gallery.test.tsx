import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { galleryBlock } from ".";

describeBlockContract(galleryBlock, { emptyUntilFilled: true });

describe("gallery", () => {
  it("lists its images with captions, skipping unsafe ones", () => {
    const r = renderOne("gallery", {
      items: [
        { image: { src: "/media/wheel.jpg", alt: "Potter's wheel" }, caption: "The wheel" },
        { image: { src: "javascript:alert(1)", alt: "x" }, caption: "bad" },
        {
          image: { src: "https://images.unsplash.com/photo-9?fit=crop", alt: "", decorative: true },
          caption: "",
        },
      ],
    });
    expect(r.all("img").map((i) => attr(i, "alt"))).toEqual(["Potter's wheel", ""]);
    expect(r.all("figcaption").map(textOf)).toEqual(["The wheel"]);
    expect(attr(r.all("img")[1]!, "srcset")).toContain("w=360&auto=format 360w");
    expect(attr(r.root!, "aria-labelledby")).toBe("blk-title");
  });
});
