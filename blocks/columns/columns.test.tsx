import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne } from "../testing/blockContract.tsx";
import { columnsBlock } from ".";

describeBlockContract(columnsBlock, {
  sampleChildren: [
    { id: "c1", type: "column", props: {} },
    { id: "c2", type: "column", props: {} },
  ],
});

describe("columns", () => {
  it("holds only columns", () => {
    const r = renderOne("columns", {}, undefined, [
      {
        id: "c1",
        type: "column",
        props: {},
        children: [{ id: "h", type: "heading", props: { text: "Left" } }],
      },
      { id: "stray", type: "heading", props: { text: "Not in a column" } },
    ]);
    expect(r.text).toContain("Left");
    expect(r.text).not.toContain("Not in a column");
    expect(r.problems).toEqual([expect.objectContaining({ blockId: "stray" })]);
    expect(attr(r.root!, "class")).toBe("pg-columns");
  });

  it("stacks on phones and sits side by side from tablets by default", () => {
    const r = renderOne("columns", {});
    expect(r.css).toContain('[data-block-id="blk"]{--pg-columns:1;');
    expect(r.css).toContain('@media (min-width: 768px){[data-block-id="blk"]{--pg-columns:2;');
  });
});
