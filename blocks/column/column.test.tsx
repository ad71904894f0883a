import { describe, expect, it } from "vitest";
import { renderBlocks } from "../render/testing.ts";
import { describeBlockContract } from "../testing/blockContract.tsx";
import { columnBlock } from ".";

describe("column", () => {
  it("cannot be placed directly on a page", () => {
    const { html, problems } = renderBlocks([{ id: "c", type: "column", props: {} }]);
    expect(html).toBe("");
    expect(problems[0]!.message).toBe("a column block cannot sit directly on a page");
  });

  it("spans the tracks it is given, per screen size", () => {
    const { css } = renderBlocks([
      {
        id: "row",
        type: "columns",
        props: { columns: 3 },
        children: [{ id: "wide", type: "column", props: { span: { mobile: 1, desktop: 2 } } }],
      },
    ]);
    expect(css).toContain('[data-block-id="wide"]{--pg-span:1');
    // Tablets follow the desktop value unless given their own.
    expect(css).toMatch(/@media \(min-width: 768px\)\{.*\[data-block-id="wide"\]\{--pg-span:2\}\}/);
  });
});

// A column renders only inside columns, so the shared contract renders it through a columns block.
describe("column inside columns", () => {
  it("renders with its own data-block-id", () => {
    const { html, problems } = renderBlocks([
      {
        id: "row",
        type: "columns",
        props: {},
        children: [{ id: "col", type: "column", props: columnBlock.defaultProps }],
      },
    ]);
    expect(problems).toEqual([]);
    expect(html).toContain('<div data-block-id="col" class="pg-column">');
  });
});

describeBlockContract(columnBlock, { placeIn: "columns" });
