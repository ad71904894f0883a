import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne } from "../testing/blockContract.tsx";
import { spacerBlock } from ".";

describeBlockContract(spacerBlock);

describe("spacer", () => {
  it("is invisible to screen readers and sized from the spacing scale", () => {
    const r = renderOne("spacer", { height: { mobile: "sm", desktop: "2xl" } });
    expect(attr(r.root!, "aria-hidden")).toBe("true");
    expect(r.css).toContain('[data-block-id="blk"]{height:var(--pg-space-sm)}');
    expect(r.css).toContain(
      '@media (min-width: 768px){[data-block-id="blk"]{height:var(--pg-space-2xl)}}',
    );
  });
});
