import { describe, expect, it } from "vitest";
import { factsOf, lostFacts } from "./facts.ts";

describe("facts a rewrite must keep", () => {
  it("reads a capital inside a sentence as a name, never a line's or a sentence's first word", () => {
    const text = "Why people come back\nWrite to us. Prices stay fair in Bristol.\nMade by Anna";
    expect(factsOf(text).map((f) => f.text)).toEqual(["Bristol", "Anna"]);
  });

  it("counts a dropped list item's opening word as nothing lost", () => {
    expect(lostFacts("Fresh bread\nThe best loaves", "Fresh bread")).toEqual([]);
    expect(lostFacts("Fresh bread\nLoaves from Lyon", "Fresh bread")).toEqual([
      { kind: "name", text: "Lyon" },
    ]);
  });
});
