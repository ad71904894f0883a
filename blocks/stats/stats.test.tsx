import { describe, expect, it } from "vitest";
import { describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { statsBlock } from ".";

describeBlockContract(statsBlock);

describe("stats", () => {
  it("pairs each number with what it counts in a description list", () => {
    const r = renderOne("stats", {});
    expect(r.all("dt").map(textOf)).toEqual([
      "orders packed by hand",
      "average review",
      "making things in Portland",
    ]);
    expect(r.all("dd").map(textOf)).toEqual(["12,000+", "4.9/5", "2016"]);
  });
});
