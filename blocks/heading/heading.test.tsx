import { describe, expect, it } from "vitest";
import { createTestRenderContext } from "../render/testing.ts";
import { describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { headingBlock } from ".";

describeBlockContract(headingBlock);

describe("heading", () => {
  it("is an h2 by default, so the page's h1 stays with its hero", () => {
    const r = renderOne("heading", { text: "Our bakers" });
    expect(r.all("h2").map(textOf)).toEqual(["Our bakers"]);
    expect(r.all("h1")).toEqual([]);
  });

  it("uses the chosen level and shows the small text above it", () => {
    const r = renderOne("heading", { text: "Visit the shop", level: 3, eyebrow: "Oakland" });
    expect(r.all("h3").map(textOf)).toEqual(["Visit the shop"]);
    expect(r.byClass("pg-heading__eyebrow").map(textOf)).toEqual(["Oakland"]);
  });

  it("escapes what the merchant typed", () => {
    expect(renderOne("heading", { text: "<b>Bold</b> & brave" }).html).toContain(
      "&lt;b&gt;Bold&lt;/b&gt; &amp; brave",
    );
  });

  it("asks for text in the editor when empty and prints no empty heading", () => {
    expect(renderOne("heading", { text: "  " }).all("h2")).toEqual([]);
    expect(
      renderOne("heading", { text: "" }, createTestRenderContext({ mode: "editor" })).text,
    ).toBe("Type a heading.");
  });
});
