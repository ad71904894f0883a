import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { collectionListBlock } from ".";

describeBlockContract(collectionListBlock);

describe("collection-list", () => {
  it("links every collection, using a product photo as its cover", () => {
    const r = renderOne("collection-list", {});
    expect(r.all("a").map((a) => [textOf(a), attr(a, "href")])).toEqual([
      ["Kitchen", "/s/juniper-oak/collections/kitchen"],
      ["Home & Scent", "/s/juniper-oak/collections/home"],
    ]);
    expect(r.all("img").map((i) => attr(i, "src"))).toEqual(["/media/apron-front.jpg"]);
  });

  it("shows only the chosen collections, in order", () => {
    const r = renderOne("collection-list", {
      collectionIds: ["col_home", "col_gone", "col_kitchen"],
    });
    expect(r.all("h3").map(textOf)).toEqual(["Home & Scent", "Kitchen"]);
  });
});
