import { describe, expect, it } from "vitest";
import { createTestRenderContext } from "../render/testing.ts";
import { describeBlockContract, renderOne } from "../testing/blockContract.tsx";
import { gridBlock } from ".";

describeBlockContract(gridBlock, {
  sampleChildren: [
    { id: "i1", type: "image", props: { image: { src: "/media/a.jpg", alt: "Kiln" } } },
    { id: "t1", type: "heading", props: { text: "Glazes" } },
  ],
});

describe("grid", () => {
  it("goes from one to three items per row as the screen grows", () => {
    const { css } = renderOne("grid", {});
    expect(css).toContain(
      '[data-block-id="blk"]{--pg-columns:1;--pg-gap:var(--pg-space-lg);align-items:stretch}',
    );
    expect(css).toContain('@media (min-width: 768px){[data-block-id="blk"]{--pg-columns:2}}');
    expect(css).toContain('@media (min-width: 1024px){[data-block-id="blk"]{--pg-columns:3}}');
  });

  it("shows the editor where to drop blocks when empty, and nothing to shoppers", () => {
    expect(renderOne("grid", {}).text).toBe("");
    expect(renderOne("grid", {}, createTestRenderContext({ mode: "editor" })).text).toBe(
      "Drag blocks into this grid.",
    );
  });
});
