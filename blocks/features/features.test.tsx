import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { featuresBlock } from ".";

describeBlockContract(featuresBlock);

describe("features", () => {
  it("names its section by its heading and gives each feature an h3 and a hidden icon", () => {
    const r = renderOne("features", {});
    expect(attr(r.root!, "aria-labelledby")).toBe("blk-title");
    expect(textOf(r.one("h2")!)).toBe("Why people come back");
    expect(r.all("h3").map(textOf)).toEqual([
      "Free shipping over $75",
      "30-day returns",
      "Natural materials",
    ]);
    expect(r.all("svg").every((svg) => attr(svg, "aria-hidden") === "true")).toBe(true);
  });

  it("has no label when there is no heading", () => {
    expect(attr(renderOne("features", { heading: "" }).root!, "aria-labelledby")).toBeUndefined();
  });
});
