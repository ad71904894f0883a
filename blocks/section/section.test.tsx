import { describe, expect, it } from "vitest";
import { renderBlocks } from "../render/testing.ts";
import { attr, describeBlockContract, topLevelElements } from "../testing/blockContract.tsx";
import { sectionBlock } from ".";

describeBlockContract(sectionBlock, {
  sampleChildren: [{ id: "h1", type: "heading", props: {} }],
});

describe("section", () => {
  it("is a named landmark with an anchor when the merchant gives both", () => {
    const { html } = renderBlocks([
      { id: "s1", type: "section", props: { label: "Opening hours", anchor: "Visit Us!" } },
    ]);
    const [root] = topLevelElements(html);
    expect(root?.tagName).toBe("section");
    expect(attr(root!, "aria-label")).toBe("Opening hours");
    expect(attr(root!, "id")).toBe("visit-us");
  });

  it("registers its spacing and background as responsive CSS for its own id", () => {
    const { css } = renderBlocks([
      {
        id: "s1",
        type: "section",
        props: { background: "primary", paddingBlock: { mobile: "md", desktop: "2xl" } },
      },
    ]);
    expect(css).toContain(
      '[data-block-id="s1"]{background-color:var(--pg-color-primary);color:var(--pg-color-on-primary)',
    );
    expect(css).toContain("padding-block:var(--pg-space-md)");
    expect(css).toMatch(
      /@media \(min-width: 768px\)\{\[data-block-id="s1"\]\{padding-block:var\(--pg-space-2xl\)\}\}/,
    );
  });
});
