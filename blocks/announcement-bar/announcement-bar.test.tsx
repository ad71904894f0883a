import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne } from "../testing/blockContract.tsx";
import { announcementBarBlock } from ".";

describeBlockContract(announcementBarBlock);

describe("announcement-bar", () => {
  it("is a labelled region with its link", () => {
    const r = renderOne("announcement-bar", {});
    expect([attr(r.root!, "role"), attr(r.root!, "aria-label")]).toEqual([
      "region",
      "Announcement",
    ]);
    expect(r.text).toBe("Free shipping on US orders over $75 Shop now");
    expect(attr(r.one("a")!, "href")).toBe("/s/juniper-oak/shop");
    expect(r.css).toContain(
      "background-color:var(--pg-color-text);color:var(--pg-color-background)",
    );
  });

  it("disappears for shoppers when there is nothing to announce", () => {
    expect(renderOne("announcement-bar", { text: " " }).html).toBe("");
  });
});
