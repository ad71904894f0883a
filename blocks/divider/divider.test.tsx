import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne } from "../testing/blockContract.tsx";
import { dividerBlock } from ".";

describeBlockContract(dividerBlock);

describe("divider", () => {
  it("is a real <hr> with its line style, width and colour", () => {
    const r = renderOne("divider", {
      lineStyle: "dashed",
      length: "short",
      color: "#A0522D",
      thickness: 3,
    });
    expect(r.root!.tagName).toBe("hr");
    expect(attr(r.root!, "class")).toBe("pg-divider pg-divider--dashed pg-divider--short");
    expect(r.css).toContain("--pg-line-color:#a0522d;--pg-line-width:3px");
  });

  it("uses theme colours by reference", () => {
    expect(renderOne("divider", { color: "muted" }).css).toContain(
      "--pg-line-color:var(--pg-color-muted)",
    );
  });
});
